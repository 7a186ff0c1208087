// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/PrintJobs.h"

#include "core/db/Database.h"
#include "core/indicators/ReportStations.h"
#include "ui/main/MainWindow.h"
#include "ui/print/HouseholdFileDocument.h"
#include "ui/print/IndicatorReportDocument.h"
#include "ui/print/ReportPrintDialog.h"
#include "ui/widgets/ProgressTask.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>

namespace ff {

void PrintJobs::output(QWidget* parent, const PrintedDocument& document, bool pdf,
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

void PrintJobs::printHousehold(Database& db, MainWindow& window, bool pdf)
{
    const QString id = window.currentHouseholdId();
    if (id.isEmpty())
        return;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(window.session().clock().nowMs());
    const std::optional<PrintedDocument> document = HouseholdFileDocument::build(db, id, now);
    if (!document) {
        QMessageBox::warning(&window, tr("Print household file"), tr("This household is no longer on file."));
        return;
    }
    output(&window, *document, pdf, document->title() + QStringLiteral(".pdf"));
}

void PrintJobs::printReport(Database& db, MainWindow& window, bool county)
{
    const Session who = window.session();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(who.clock().nowMs());
    QList<IndicatorScope> scopes;
    if (county)
        scopes.append(IndicatorScope::county());
    const QString own = who.actor().station.trimmed();
    if (!county && !own.isEmpty())
        scopes.append(IndicatorScope::station(own));
    if (!county || who.role() == Role::County) {
        for (const QString& station : ReportStations::of(db))
            if (station != own || county)
                scopes.append(IndicatorScope::station(station));
    }
    if (scopes.isEmpty()) {
        QMessageBox::information(&window, tr("Monthly station report"),
                                 tr("No household on this computer is assigned to a station yet."));
        return;
    }
    const QString title = county ? tr("County summary") : tr("Monthly station report");
    ReportPrintDialog dialog(title, scopes, county ? ReportPeriod::Kind::Quarter : ReportPeriod::Kind::Month,
                             ReportPeriod::countyDay(now), &window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const IndicatorScope scope = dialog.scope();
    const ReportPeriod period = dialog.period();

    // Counted on a worker thread with its own connection: a county summary counts every station.
    QProgressDialog progress(tr("Counting the indicators of %1, %2…").arg(scope.label(), period.label()),
                             tr("Stop"), 0, 0, &window);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    using Built = std::optional<PrintedDocument>;
    const QString path = db.path();
    ProgressTask::Ending ending = ProgressTask::Ending::Finished;
    const Built document = ProgressTask::run<Built>(
        progress,
        [path, scope, period, now](const ProgressTask::Report& report) -> Built {
            Database own;
            if (Status s = own.open(path); !s)
                return Built();
            return IndicatorReportDocument::build(own, scope, period, now, report);
        },
        &ending);
    progress.reset();
    if (ending == ProgressTask::Ending::Stopped)
        return;
    if (ending == ProgressTask::Ending::Interrupted) {
        // The lock came (or the app is closing): nothing opens over the lock; said once unlocked.
        window.tellOnceUnlocked(
            title, tr("%1 was not finished: Fieldfile locked while it was being counted. Ask for it again.")
                       .arg(title));
        return;
    }
    if (!document) {
        QMessageBox::warning(&window, title, tr("The report could not be counted."));
        return;
    }
    output(&window, *document, dialog.output() == ReportPrintDialog::Output::Pdf,
           QStringLiteral("%1 %2 %3.pdf").arg(title, scope.name(), period.code()).simplified());
}

} // namespace ff
