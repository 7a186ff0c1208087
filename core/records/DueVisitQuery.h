// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/VisitRules.h"

#include <optional>
#include <QDate>
#include <QList>
#include <QString>

namespace ff {

class Database;

/// When one household must next be visited.
struct VisitDue
{
    QString householdId;
    QString householdNo;
    QString headName;
    QString village;
    QString specialGroups;
    /// The group whose rule decided the interval (the strictest); empty when the default applied.
    QString ruleGroup;
    int intervalDays = 0;
    /// The latest done visit (the household's last_visit or a recorded visit, whichever is later).
    QDate lastVisit;
    /// lastVisit + interval; invalid when never visited (due at once).
    QDate nextDue;
    /// Days past nextDue (negative: days left). For a household never visited: the interval.
    int daysOverdue = 0;
    /// The earliest planned visit not yet done, if any.
    QDate plannedOn;

    bool neverVisited() const { return !lastVisit.isValid(); }
    bool isOverdue() const { return neverVisited() || daysOverdue > 0; }
};

/// Computes, for every household of the caseload, the visit interval its members' special groups
/// require (the strictest rule), its last visit, next due date and days overdue.
class DueVisitQuery
{
public:
    DueVisitQuery(Database& db, VisitRules rules) : m_db(db), m_rules(std::move(rules)) {}

    /// Every household that has a required interval, in no particular order.
    QList<VisitDue> all(QDate today) const;
    /// One household's due date; nothing when its members need no visits by the rules.
    std::optional<VisitDue> forHousehold(const QString& householdId, QDate today) const;
    /// Households overdue or due within `withinDays`, grouped by village (the village with the most
    /// overdue household first), most overdue first within a village; never visited count as most
    /// overdue.
    QList<VisitDue> due(QDate today, int withinDays) const;

    /// The order of due(): by village urgency, then most overdue first.
    static void sortForRoutes(QList<VisitDue>& list);

private:
    QList<VisitDue> compute(QDate today, const QString& householdId) const;

    Database& m_db;
    VisitRules m_rules;
};

} // namespace ff
