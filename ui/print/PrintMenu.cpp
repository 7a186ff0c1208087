// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/PrintMenu.h"

#include "core/db/Database.h"
#include "core/indicators/ReportStations.h"
#include "ui/households/HouseholdListPage.h"
#include "ui/main/MainWindow.h"
#include "ui/print/HouseholdFileDocument.h"
#include "ui/print/IndicatorReportDocument.h"
#include "ui/print/ReportPrintDialog.h"

#include <QAtomicInt>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent>

namespace ff {

PrintMenu::PrintMenu(Database& db, MainWindow& window, QMenu* fileMenu, QAction* before, QAction* menuBefore)
    : QObject(&window), m_db(db), m_window(window), m_printHouseholdAction(new QAction(this)),
      m_saveHouseholdAction(new QAction(this)), m_reportsMenu(new QMenu(&window)),
      m_stationReportAction(new QAction(this)), m_countySummaryAction(new QAction(this))
{
    m_printHouseholdAction->setObjectName(QStringLiteral("printHouseholdAction"));
    m_printHouseholdAction->setShortcut(QKeySequence::Print);
    m_saveHouseholdAction->setObjectName(QStringLiteral("saveHouseholdPdfAction"));
    m_reportsMenu->setObjectName(QStringLiteral("reportsMenu"));
    m_stationReportAction->setObjectName(QStringLiteral("stationReportAction"));
    m_countySummaryAction->setObjectName(QStringLiteral("countySummaryAction"));
    fileMenu->insertAction(before, m_printHouseholdAction);
    fileMenu->insertAction(before, m_saveHouseholdAction);
    fileMenu->insertSeparator(before);
    m_reportsMenu->addAction(m_stationReportAction);
    m_reportsMenu->addAction(m_countySummaryAction);
    window.menuBar()->insertMenu(menuBefore, m_reportsMenu);
    connect(m_printHouseholdAction, &QAction::triggered, this, [this] { printHousehold(false); });
    connect(m_saveHouseholdAction, &QAction::triggered, this, [this] { printHousehold(true); });
    connect(m_stationReportAction, &QAction::triggered, this, [this] { printReport(false); });
    connect(m_countySummaryAction, &QAction::triggered, this, [this] { printReport(true); });
    connect(window.listPage(), &HouseholdListPage::selectionChanged, this, &PrintMenu::updateActions);
    retranslate();
    updateActions();
}

void PrintMenu::retranslate()
{
    m_printHouseholdAction->setText(tr("&Print household file…"));
    m_printHouseholdAction->setToolTip(
        tr("Print the selected household's file with every tab's records, to be signed at a visit"));
    m_saveHouseholdAction->setText(tr("Save household file as P&DF…"));
    m_reportsMenu->setTitle(tr("&Reports"));
    m_stationReportAction->setText(tr("&Monthly station report…"));
    m_countySummaryAction->setText(tr("&County summary…"));
}

void PrintMenu::updateActions()
{
    const bool selected = !m_window.listPage()->currentHouseholdId().isEmpty();
    m_printHouseholdAction->setEnabled(selected);
    m_saveHouseholdAction->setEnabled(selected);
    const Role role = m_window.session().role();
    m_reportsMenu->menuAction()->setVisible(role == Role::Supervisor || role == Role::County);
    m_countySummaryAction->setVisible(role == Role::County);
}

void PrintMenu::output(QWidget* parent, const PrintedDocument& document, bool pdf,
                       const QString& suggestedName)
{
    if (pdf) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString path = QFileDialog::getSaveFileName(
            parent, tr("Save as PDF"), QDir(folder).filePath(suggestedName), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
        if (Status s = document.savePdf(path); !s)
            QMessageBox::warning(parent, tr("Save as PDF"), s.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(document.title()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (document.print(printer) == 0)
        QMessageBox::warning(parent, tr("Print"), tr("The printer could not be started."));
}

void PrintMenu::printHousehold(bool pdf)
{
    const QString id = m_window.listPage()->currentHouseholdId();
    if (id.isEmpty())
        return;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_window.session().clock().nowMs());
    const std::optional<PrintedDocument> document = HouseholdFileDocument::build(m_db, id, now);
    if (!document) {
        QMessageBox::warning(&m_window, tr("Print household file"),
                             tr("This household is no longer on file."));
        return;
    }
    output(&m_window, *document, pdf, document->title() + QStringLiteral(".pdf"));
}

void PrintMenu::printReport(bool county)
{
    const Session who = m_window.session();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(who.clock().nowMs());
    QList<IndicatorScope> scopes;
    if (county)
        scopes.append(IndicatorScope::county());
    const QString own = who.actor().station.trimmed();
    if (!county && !own.isEmpty())
        scopes.append(IndicatorScope::station(own));
    if (!county || who.role() == Role::County) {
        for (const QString& station : ReportStations::of(m_db))
            if (station != own || county)
                scopes.append(IndicatorScope::station(station));
    }
    if (scopes.isEmpty()) {
        QMessageBox::information(&m_window, tr("Monthly station report"),
                                 tr("No household on this computer is assigned to a station yet."));
        return;
    }
    const QString title = county ? tr("County summary") : tr("Monthly station report");
    ReportPrintDialog dialog(title, scopes, county ? ReportPeriod::Kind::Quarter : ReportPeriod::Kind::Month,
                             ReportPeriod::countyDay(now), &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const IndicatorScope scope = dialog.scope();
    const ReportPeriod period = dialog.period();

    // Counted on a worker thread with its own connection: a county summary counts every station.
    QProgressDialog progress(tr("Counting the indicators of %1, %2…").arg(scope.label(), period.label()),
                             tr("Stop"), 0, 0, &m_window);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QAtomicInt cancelled(0);
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled.storeRelaxed(1); });
    using Built = std::optional<PrintedDocument>;
    QFutureWatcher<Built> watcher;
    connect(&watcher, &QFutureWatcher<Built>::progressRangeChanged, &progress, &QProgressDialog::setRange);
    connect(&watcher, &QFutureWatcher<Built>::progressValueChanged, &progress, &QProgressDialog::setValue);
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<Built>::finished, &loop, &QEventLoop::quit);
    const QString path = m_db.path();
    watcher.setFuture(QtConcurrent::run([path, scope, period, now, &cancelled](QPromise<Built>& promise) {
        Database db;
        if (Status s = db.open(path); !s) {
            promise.addResult(Built());
            return;
        }
        promise.addResult(IndicatorReportDocument::build(db, scope, period, now, [&](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            return cancelled.loadRelaxed() == 0;
        }));
    }));
    loop.exec();
    progress.reset();
    if (cancelled.loadRelaxed() != 0)
        return;
    const Built document = watcher.future().resultCount() > 0 ? watcher.result() : Built();
    if (!document) {
        QMessageBox::warning(&m_window, title, tr("The report could not be counted."));
        return;
    }
    output(&m_window, *document, dialog.output() == ReportPrintDialog::Output::Pdf,
           QStringLiteral("%1 %2 %3.pdf").arg(title, scope.name(), period.code()).simplified());
}

} // namespace ff
