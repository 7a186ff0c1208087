// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/ServiceLogTab.h"

#include "core/model/CodeList.h"
#include "core/records/HouseholdRepository.h"
#include "ui/casework/ServiceSessionDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ff {

namespace {
const QColor kOverdue(0xb0, 0x00, 0x20);
} // namespace

ServiceLogTab::ServiceLogTab(Database& db, const Session& session, const QString& householdId,
                             QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_householdId(householdId), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("serviceLogTab"));
    m_summary->setObjectName(QStringLiteral("serviceSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_table->setObjectName(QStringLiteral("serviceLogTableWidget"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Method"), tr("Category"), tr("Minutes"),
                                        tr("Members"), tr("What was done"), tr("Outcome"), tr("Follow-up")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // What was done and its outcome share the room left; the other columns fit their contents.
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    // Columns as wide as their longest value in the UI language, so the two texts get the rest.
    const QFontMetrics fm = m_table->fontMetrics();
    const auto widest = [&fm](const QStringList& texts) {
        int w = 0;
        for (const QString& t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w + 20;
    };
    const auto header = [this](int column) { return m_table->horizontalHeaderItem(column)->text(); };
    QStringList methods, categories;
    for (const QString& code : CodeList::serviceMethods().codes())
        methods << tr("%1 (%n households)", nullptr, 12).arg(CodeList::serviceMethods().label(code));
    for (const QString& code : CodeList::serviceCategories().codes())
        categories << CodeList::serviceCategories().label(code);
    const int dateWidth = widest({QStringLiteral("2026-05-31"), header(0)}) + 4;
    m_table->setColumnWidth(0, dateWidth);
    m_table->setColumnWidth(1, widest(methods << header(1)));
    m_table->setColumnWidth(2, widest(categories << header(2)));
    m_table->setColumnWidth(3, widest({QStringLiteral("0000"), header(3)}) + 4);
    m_table->setColumnWidth(4, widest({QStringLiteral("欧阳小明、张小雨"), header(4)}));
    // The date and the warning icon of an overdue follow-up.
    m_table->setColumnWidth(7, std::max(dateWidth + fm.height() + 8, widest({header(7)})));

    auto* add = new QPushButton(tr("&Add service…"), this);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    auto* remove = new QPushButton(tr("Re&move"), this);
    add->setObjectName(QStringLiteral("addServiceButton"));
    edit->setObjectName(QStringLiteral("editServiceButton"));
    remove->setObjectName(QStringLiteral("removeServiceButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ServiceLogTab::addService);
    connect(edit, &QPushButton::clicked, this, &ServiceLogTab::editCurrent);
    connect(remove, &QPushButton::clicked, this, &ServiceLogTab::removeCurrent);
    connect(m_table, &QTableWidget::cellActivated, this, &ServiceLogTab::editCurrent);
    reload();
}

void ServiceLogTab::reload()
{
    m_logs = ServiceLogRepository(m_db, m_session).forHousehold(m_householdId);
    QHash<QString, QString> names;
    if (const auto file = HouseholdRepository(m_db, m_session).load(m_householdId)) {
        for (const QVariantMap& m : file->members)
            names.insert(m.value(QStringLiteral("id")).toString(),
                         m.value(QStringLiteral("name")).toString());
    }
    m_table->setRowCount(int(m_logs.size()));
    const QDate today = m_session.today();
    const QStringList overdue = ServiceLogRepository::overdueFollowUps(m_logs, today);
    m_overdue = int(overdue.size());
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int minutes = 0;
    for (int r = 0; r < m_logs.size(); ++r) {
        const ServiceLog& l = m_logs.at(r);
        minutes += l.durationMin;
        QString method = CodeList::serviceMethods().label(l.method);
        if (l.households > 1)
            method = tr("%1 (%n households)", nullptr, l.households).arg(method);
        QStringList members;
        for (const QString& id : l.memberIds)
            members << names.value(id, tr("(former member)"));
        QString activity = l.activity;
        activity.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QString outcome = l.outcome;
        outcome.replace(QLatin1Char('\n'), QLatin1Char(' '));
        const QStringList cells = {l.servedOn.toString(Qt::ISODate),
                                   method,
                                   CodeList::serviceCategories().label(l.category),
                                   QString::number(l.durationMin),
                                   members.join(QCoreApplication::translate("Codes", ", ", "list separator")),
                                   activity,
                                   outcome,
                                   l.followUpOn.toString(Qt::ISODate)};
        const bool late = overdue.contains(l.id);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 5)
                item->setToolTip(l.activity);
            if (c == 6)
                item->setToolTip(l.outcome);
            if (c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (late) {
                item->setForeground(kOverdue);
                if (c == 7) {
                    item->setIcon(warning);
                    item->setToolTip(tr("Follow-up due %1: %n day(s) overdue, no service since.", nullptr,
                                        int(l.followUpOn.daysTo(today)))
                                         .arg(l.followUpOn.toString(Qt::ISODate)));
                    item->setData(Qt::AccessibleDescriptionRole, tr("Follow-up overdue"));
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
            }
            m_table->setItem(r, c, item);
        }
    }
    QString summary = m_logs.isEmpty()
                          ? tr("No services recorded yet.").toHtmlEscaped()
                          : (tr("%n service(s)", nullptr, int(m_logs.size())) + QStringLiteral(" · ") +
                             tr("%1 hours in all").arg(QLocale().toString(minutes / 60.0, 'f', 1)))
                                .toHtmlEscaped();
    if (m_overdue > 0) {
        summary += QStringLiteral(" · <span style=\"color:#b00020; font-weight:bold\">%1</span>")
                       .arg(tr("%n follow-up(s) overdue", nullptr, m_overdue).toHtmlEscaped());
    }
    m_summary->setText(summary);
    emit overdueChanged(m_overdue);
}

void ServiceLogTab::addService()
{
    ServiceSession s;
    s.servedOn = m_session.today();
    s.households = {{m_householdId, {}, {}}};
    ServiceSessionDialog dialog(m_db, m_session, s, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ServiceLogTab::editCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_logs.size())
        return;
    const auto session = ServiceLogRepository(m_db, m_session).loadSession(m_logs.at(row).sessionId);
    if (!session)
        return;
    ServiceSessionDialog dialog(m_db, m_session, *session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ServiceLogTab::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_logs.size())
        return;
    const ServiceLog& log = m_logs.at(row);
    const QString question = log.households > 1
                                 ? tr("Remove this session from all %1 households that took part? The "
                                      "removal is kept in the history.")
                                       .arg(log.households)
                                 : tr("Remove this service log? The removal is kept in the history.");
    if (QMessageBox::question(this, tr("Remove"), question) != QMessageBox::Yes)
        return;
    ServiceLogRepository repo(m_db, m_session);
    if (const auto session = repo.loadSession(log.sessionId)) {
        if (Status s = repo.remove(*session); !s)
            QMessageBox::warning(this, tr("Remove"), s.error().message);
    }
    reload();
}

} // namespace ff
