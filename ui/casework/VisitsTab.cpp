// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/VisitsTab.h"

#include "core/db/Database.h"
#include "core/model/CodeList.h"
#include "core/model/VisitRules.h"
#include "core/records/DueVisitQuery.h"
#include "core/records/HouseholdRepository.h"
#include "ui/casework/VisitDialog.h"
#include "ui/records/RecordTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ff {

namespace {
/// A visit as a row of the list.
QVariantMap record(const Visit& v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("status"), v.status},
            {QStringLiteral("planned_on"), v.plannedOn},
            {QStringLiteral("purpose"), v.purpose},
            {QStringLiteral("visited_on"), v.visitedOn},
            {QStringLiteral("met_member_ids"), v.metMemberIds},
            {QStringLiteral("met_others"), v.metOthers},
            {QStringLiteral("notes"), v.notes}};
}

bool isDone(const QVariantMap& v)
{
    return v.value(QStringLiteral("status")).toString() == QLatin1String("done");
}
} // namespace

VisitsTab::VisitsTab(Database& db, const Session& session, QWidget* parent)
    : RecordTab(QStringLiteral("visit"), db, session, parent),
      m_model(new RecordTableModel(QStringLiteral("visit"), this)), m_due(new QLabel(this)),
      m_table(makeView(m_model, QStringLiteral("visitTableWidget")))
{
    setObjectName(QStringLiteral("visitsTab"));
    m_due->setObjectName(QStringLiteral("visitDueLabel"));
    m_due->setWordWrap(true);
    // A done visit by its day, a planned one by the day it is planned for.
    const QString date = QStringLiteral("visited_on");
    const QString met = QStringLiteral("met_member_ids");
    const QString notes = QStringLiteral("notes");
    m_model->setColumns({QStringLiteral("status"), date, QStringLiteral("purpose"), met, notes});
    m_model->setHeader(QStringLiteral("status"), tr("Status"));
    m_model->setHeader(date, tr("Date"));
    m_model->setHeader(met, tr("Met"));
    m_model->setHeader(notes, tr("Notes"));
    m_model->setDisplay(date, [](const QVariantMap& v) {
        return v.value(isDone(v) ? QStringLiteral("visited_on") : QStringLiteral("planned_on"))
            .toDate()
            .toString(Qt::ISODate);
    });
    m_model->setDisplay(met, [this, met](const QVariantMap& v) {
        QStringList names;
        for (const QString& id : v.value(met).toStringList())
            names << m_names.value(id, tr("(former member)"));
        if (const QString others = v.value(QStringLiteral("met_others")).toString(); !others.isEmpty())
            names << others;
        return names.join(QCoreApplication::translate("Codes", ", ", "list separator"));
    });
    m_model->setDisplay(notes, [notes](const QVariantMap& v) {
        return isDone(v) ? v.value(notes).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')) : QString();
    });
    // A planned visit in italics, in red once its day has passed.
    m_model->setStyle([this, notes](const QVariantMap& v, const QString& column, int role) -> QVariant {
        if (role == Qt::ToolTipRole && column == notes)
            return v.value(notes);
        if (isDone(v))
            return {};
        const QDate planned = v.value(QStringLiteral("planned_on")).toDate();
        if (role == Qt::FontRole) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (role == Qt::ForegroundRole && planned.isValid() && planned < this->session().today())
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    });
    m_table->setAlternatingRowColors(true);
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
    permit(plan, true, mayCreate());
    permit(record, true, mayCreate());
    permit(remove, true, mayRemove());
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
    connect(m_table, &QTableView::activated, this, &VisitsTab::editCurrent);
}

QString VisitsTab::title() const { return tr("Visits"); }

QString VisitsTab::dueText() const { return m_due->text(); }

void VisitsTab::load()
{
    m_visits = VisitRepository(db(), session()).forHousehold(householdId());
    m_names.clear();
    for (const auto& [id, name] : HouseholdRepository(db()).memberNames(householdId()))
        m_names.insert(id, name);
    QList<QVariantMap> records;
    for (const Visit& v : std::as_const(m_visits))
        records << record(v);
    m_model->setRecords(records);
    m_due->setText(due());
    setCounts(int(m_visits.size()), 0);
}

QString VisitsTab::due() const
{
    const QDate today = session().today();
    QString usedFile;
    const VisitRules rules = VisitRules::forDatabase(db().path(), nullptr, &usedFile);
    const auto due = DueVisitQuery(db(), rules).forHousehold(householdId(), today);
    if (!due)
        return tr("No regular visits are required for this household by the visit rules.");
    const QString why = due->ruleGroup.isEmpty() ? tr("every household") : rules.reason(due->ruleGroup);
    QString text =
        tr("Visit at least every %n day(s) (%1).", nullptr, due->intervalDays).arg(why) + QLatin1Char(' ');
    if (due->neverVisited())
        text += QStringLiteral("<b style=\"color:#b00020\">%1</b>").arg(tr("Never visited: due now."));
    else if (due->daysOverdue > 0)
        text += QStringLiteral("<b style=\"color:#b00020\">%1</b>")
                    .arg(tr("Last visit %1; next was due %2 — %n day(s) overdue.", nullptr, due->daysOverdue)
                             .arg(due->lastVisit.toString(Qt::ISODate), due->nextDue.toString(Qt::ISODate)));
    else
        text += tr("Last visit %1; next due %2 (in %n day(s)).", nullptr, -due->daysOverdue)
                    .arg(due->lastVisit.toString(Qt::ISODate), due->nextDue.toString(Qt::ISODate));
    return text;
}

void VisitsTab::edit(const Visit& visit)
{
    VisitDialog dialog(db(), session(), visit, this);
    if (dialog.exec() == QDialog::Accepted)
        recordSaved();
}

void VisitsTab::planVisit()
{
    Visit v;
    v.householdId = householdId();
    v.plannedOn = session().today().addDays(1);
    edit(v);
}

void VisitsTab::recordVisit()
{
    // Recording a planned visit that is due: that plan becomes the visit done.
    Visit v;
    for (const Visit& planned : std::as_const(m_visits)) {
        if (planned.status == QLatin1String("planned") && planned.plannedOn <= session().today()) {
            v = planned;
            break;
        }
    }
    v.householdId = householdId();
    v.status = QStringLiteral("done");
    v.visitedOn = session().today();
    edit(v);
}

void VisitsTab::editCurrent()
{
    const int row = m_table->currentIndex().row();
    if (row >= 0 && row < m_visits.size())
        edit(m_visits.at(row));
}

void VisitsTab::removeCurrent()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_visits.size())
        return;
    if (QMessageBox::question(this, tr("Remove"),
                              tr("Remove this visit? The removal is kept in the history.")) !=
        QMessageBox::Yes)
        return;
    if (Status s = VisitRepository(db(), session()).remove(m_visits.at(row)); !s) {
        QMessageBox::warning(this, tr("Remove"), s.error().message);
        reload();
        return;
    }
    recordSaved();
}

} // namespace ff
