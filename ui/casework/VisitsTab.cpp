// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/VisitsTab.h"

#include "core/db/Database.h"
#include "core/model/CodeList.h"
#include "core/model/VisitRules.h"
#include "core/records/DueVisitQuery.h"
#include "core/records/HouseholdRepository.h"
#include "ui/casework/VisitDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ff {

VisitsTab::VisitsTab(Database& db, const Session& session, const QString& householdId, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_householdId(householdId), m_due(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("visitsTab"));
    m_due->setObjectName(QStringLiteral("visitDueLabel"));
    m_due->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("visitTableWidget"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Status"), tr("Date"), tr("Purpose"), tr("Met"), tr("Notes")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(0, fm.horizontalAdvance(QStringLiteral("Planned")) + 32);
    m_table->setColumnWidth(1, fm.horizontalAdvance(QStringLiteral("2026-05-31")) + 24);
    m_table->setColumnWidth(2, fm.horizontalAdvance(QStringLiteral("Guardianship follow-up")) + 24);
    m_table->setColumnWidth(3, fm.horizontalAdvance(QStringLiteral("张小雨、王秀英、村委会")) + 20);

    auto* plan = new QPushButton(tr("&Plan a visit…"), this);
    auto* record = new QPushButton(tr("&Record a visit…"), this);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    auto* remove = new QPushButton(tr("Re&move"), this);
    plan->setObjectName(QStringLiteral("planVisitButton"));
    record->setObjectName(QStringLiteral("recordVisitButton"));
    edit->setObjectName(QStringLiteral("editVisitButton"));
    remove->setObjectName(QStringLiteral("removeVisitButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(plan);
    buttons->addWidget(record);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_due);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(plan, &QPushButton::clicked, this, &VisitsTab::planVisit);
    connect(record, &QPushButton::clicked, this, &VisitsTab::recordVisit);
    connect(edit, &QPushButton::clicked, this, &VisitsTab::editCurrent);
    connect(remove, &QPushButton::clicked, this, &VisitsTab::removeCurrent);
    connect(m_table, &QTableWidget::cellActivated, this, &VisitsTab::editCurrent);
    reload();
}

QString VisitsTab::dueText() const { return m_due->text(); }

QDate VisitsTab::storedLastVisit() const
{
    return QDate::fromString(
        HouseholdRepository(m_db).value(m_householdId, QStringLiteral("last_visit")).toString(), Qt::ISODate);
}

void VisitsTab::reload()
{
    const QDate today = m_session.today();
    m_visits = VisitRepository(m_db, m_session).forHousehold(m_householdId);
    QHash<QString, QString> names;
    if (const auto file = HouseholdRepository(m_db, m_session).load(m_householdId)) {
        for (const QVariantMap& m : file->members)
            names.insert(m.value(QStringLiteral("id")).toString(),
                         m.value(QStringLiteral("name")).toString());
    }
    const QString separator = QCoreApplication::translate("Codes", ", ", "list separator");
    m_table->setRowCount(int(m_visits.size()));
    for (int r = 0; r < m_visits.size(); ++r) {
        const Visit& v = m_visits.at(r);
        const bool done = v.status == QLatin1String("done");
        QStringList met;
        for (const QString& id : v.metMemberIds)
            met << names.value(id, tr("(former member)"));
        if (!v.metOthers.isEmpty())
            met << v.metOthers;
        QString notes = done ? v.notes : QString();
        notes.replace(QLatin1Char('\n'), QLatin1Char(' '));
        const QStringList cells = {CodeList::visitStatus().label(v.status),
                                   (done ? v.visitedOn : v.plannedOn).toString(Qt::ISODate), v.purpose,
                                   met.join(separator), notes};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 4)
                item->setToolTip(v.notes);
            if (!done) {
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
                if (v.plannedOn.isValid() && v.plannedOn < today)
                    item->setForeground(QColor(0xb0, 0x00, 0x20));
            }
            m_table->setItem(r, c, item);
        }
    }

    // The rule, in words, and how this household stands.
    QString usedFile;
    const VisitRules rules = VisitRules::forDatabase(m_db.path(), nullptr, &usedFile);
    const auto due = DueVisitQuery(m_db, rules).forHousehold(m_householdId, today);
    QString text;
    if (!due) {
        text = tr("No regular visits are required for this household by the visit rules.");
    } else {
        const QString why = due->ruleGroup.isEmpty() ? tr("every household") : rules.reason(due->ruleGroup);
        text = tr("Visit at least every %n day(s) (%1).", nullptr, due->intervalDays).arg(why) +
               QLatin1Char(' ');
        if (due->neverVisited())
            text += QStringLiteral("<b style=\"color:#b00020\">%1</b>").arg(tr("Never visited: due now."));
        else if (due->daysOverdue > 0)
            text +=
                QStringLiteral("<b style=\"color:#b00020\">%1</b>")
                    .arg(tr("Last visit %1; next was due %2 — %n day(s) overdue.", nullptr, due->daysOverdue)
                             .arg(due->lastVisit.toString(Qt::ISODate), due->nextDue.toString(Qt::ISODate)));
        else
            text += tr("Last visit %1; next due %2 (in %n day(s)).", nullptr, -due->daysOverdue)
                        .arg(due->lastVisit.toString(Qt::ISODate), due->nextDue.toString(Qt::ISODate));
    }
    m_due->setText(text);
}

void VisitsTab::edit(const Visit& visit)
{
    const QDate before = storedLastVisit();
    VisitDialog dialog(m_db, m_session, visit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    if (const QDate after = storedLastVisit(); after != before)
        emit lastVisitChanged(after);
}

void VisitsTab::planVisit()
{
    Visit v;
    v.householdId = m_householdId;
    v.plannedOn = m_session.today().addDays(1);
    edit(v);
}

void VisitsTab::recordVisit()
{
    // Recording a planned visit that is due: that plan becomes the visit done.
    Visit v;
    for (const Visit& planned : std::as_const(m_visits)) {
        if (planned.status == QLatin1String("planned") && planned.plannedOn <= m_session.today()) {
            v = planned;
            break;
        }
    }
    v.householdId = m_householdId;
    v.status = QStringLiteral("done");
    v.visitedOn = m_session.today();
    edit(v);
}

void VisitsTab::editCurrent()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_visits.size())
        edit(m_visits.at(row));
}

void VisitsTab::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_visits.size())
        return;
    if (QMessageBox::question(this, tr("Remove"),
                              tr("Remove this visit? The removal is kept in the history.")) !=
        QMessageBox::Yes)
        return;
    const QDate before = storedLastVisit();
    if (Status s = VisitRepository(m_db, m_session).remove(m_visits.at(row)); !s)
        QMessageBox::warning(this, tr("Remove"), s.error().message);
    reload();
    if (const QDate after = storedLastVisit(); after != before)
        emit lastVisitChanged(after);
}

} // namespace ff
