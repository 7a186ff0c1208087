// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/DueVisitQuery.h"

#include "core/db/Query.h"

#include <QHash>

#include <algorithm>
#include <climits>

namespace ff {

QList<VisitDue> DueVisitQuery::all(QDate today) const { return compute(today, {}); }

std::optional<VisitDue> DueVisitQuery::forHousehold(const QString& householdId, QDate today) const
{
    const QList<VisitDue> one = compute(today, householdId);
    return one.isEmpty() ? std::nullopt : std::optional<VisitDue>(one.first());
}

QList<VisitDue> DueVisitQuery::compute(QDate today, const QString& householdId) const
{
    QList<VisitDue> out;
    Query q(m_db);
    q.setForwardOnly(true);
    // One pass over the households; the visit subqueries use visit(household_id, visited_on).
    q.prepare(
        QStringLiteral("SELECT h.id, h.household_no, h.head_name, h.village, h.special_groups, h.last_visit,"
                       " (SELECT max(v.visited_on) FROM visit v WHERE v.household_id = h.id AND v.deleted = 0"
                       "   AND v.status = 'done'),"
                       " (SELECT min(v.planned_on) FROM visit v WHERE v.household_id = h.id AND v.deleted = 0"
                       "   AND v.status = 'planned')"
                       " FROM household h WHERE h.deleted = 0") +
        (householdId.isEmpty() ? QString() : QStringLiteral(" AND h.id = ?")));
    if (!householdId.isEmpty())
        q.addBindValue(householdId);
    if (!q.exec())
        return out;
    while (q.next()) {
        VisitDue d;
        const QStringList groups = q.value(4).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        d.intervalDays = m_rules.requiredInterval(groups, &d.ruleGroup);
        if (d.intervalDays <= 0)
            continue;
        d.householdId = q.value(0).toString();
        d.householdNo = q.value(1).toString();
        d.headName = q.value(2).toString();
        d.village = q.value(3).toString();
        d.specialGroups = q.value(4).toString();
        const QDate stored = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        const QDate recorded = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        d.lastVisit = std::max(stored, recorded); // an invalid QDate compares below every valid one
        d.plannedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        if (d.lastVisit.isValid()) {
            d.nextDue = d.lastVisit.addDays(d.intervalDays);
            d.daysOverdue = int(d.nextDue.daysTo(today));
        } else {
            d.daysOverdue = d.intervalDays;
        }
        out.append(d);
    }
    return out;
}

void DueVisitQuery::sortForRoutes(QList<VisitDue>& list)
{
    // Never visited first, then by days overdue; the same key orders villages by their worst case.
    auto urgency = [](const VisitDue& d) { return d.neverVisited() ? INT_MAX : d.daysOverdue; };
    QHash<QString, int> villageUrgency;
    for (const VisitDue& d : std::as_const(list)) {
        auto it = villageUrgency.find(d.village);
        if (it == villageUrgency.end())
            villageUrgency.insert(d.village, urgency(d));
        else
            *it = std::max(*it, urgency(d));
    }
    std::sort(list.begin(), list.end(), [&](const VisitDue& a, const VisitDue& b) {
        if (a.village != b.village) {
            const int ua = villageUrgency.value(a.village), ub = villageUrgency.value(b.village);
            return ua != ub ? ua > ub : a.village < b.village;
        }
        if (urgency(a) != urgency(b))
            return urgency(a) > urgency(b);
        return a.householdNo < b.householdNo;
    });
}

QList<VisitDue> DueVisitQuery::due(QDate today, int withinDays) const
{
    QList<VisitDue> out;
    for (const VisitDue& d : all(today)) {
        if (d.neverVisited() || d.daysOverdue >= -withinDays)
            out.append(d);
    }
    sortForRoutes(out);
    return out;
}

} // namespace ff
