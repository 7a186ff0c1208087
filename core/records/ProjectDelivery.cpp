// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/ProjectDelivery.h"

#include "core/db/Database.h"
#include "core/db/Query.h"

#include <QMap>

namespace ff {

namespace {
QDate firstOfMonth(QDate day) { return QDate(day.year(), day.month(), 1); }
} // namespace

ProjectDeliveryQuery::ProjectDeliveryQuery(Database& db) : m_db(db) {}

int ProjectDeliveryQuery::monthsOf(const ServiceProject& p)
{
    if (!p.startsOn.isValid() || !p.endsOn.isValid() || p.endsOn < p.startsOn)
        return 0;
    return (p.endsOn.year() - p.startsOn.year()) * 12 + p.endsOn.month() - p.startsOn.month() + 1;
}

ProjectDelivery ProjectDeliveryQuery::of(const ServiceProject& project) const
{
    ProjectDelivery d;
    d.project = project;
    QMap<QDate, ProjectMonth> months;
    const int count = monthsOf(project);
    for (int i = 0; i < count; ++i) {
        const QDate m = firstOfMonth(project.startsOn).addMonths(i);
        months.insert(m, {m, 0, 0, project.contractedHours / count});
    }
    // Hours: once per session, in the month of its day.
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT min(served_on), max(duration_min) FROM service_log"
                             " WHERE project_id = ? AND deleted = 0 GROUP BY session_id"));
    q.addBindValue(project.id);
    int minutes = 0;
    QMap<QDate, int> monthMinutes;
    if (q.exec()) {
        while (q.next()) {
            const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            if (!day.isValid())
                continue;
            minutes += q.value(1).toInt();
            monthMinutes[firstOfMonth(day)] += q.value(1).toInt();
        }
    }
    q.finish();
    // Households: once per month, and once in all.
    q.prepare(QStringLiteral("SELECT substr(served_on, 1, 7) || '-01', count(DISTINCT household_id)"
                             " FROM service_log WHERE project_id = ? AND deleted = 0 GROUP BY 1"));
    q.addBindValue(project.id);
    QMap<QDate, int> monthHouseholds;
    if (q.exec()) {
        while (q.next())
            monthHouseholds.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt());
    }
    q.finish();
    q.prepare(QStringLiteral(
        "SELECT count(DISTINCT household_id) FROM service_log WHERE project_id = ? AND deleted = 0"));
    q.addBindValue(project.id);
    if (q.exec() && q.next())
        d.householdsServed = q.value(0).toInt();

    d.deliveredHours = minutes / 60.0;
    for (auto it = monthMinutes.cbegin(); it != monthMinutes.cend(); ++it) {
        ProjectMonth& m = months[it.key()];
        m.month = it.key();
        m.deliveredHours = it.value() / 60.0;
    }
    for (auto it = monthHouseholds.cbegin(); it != monthHouseholds.cend(); ++it) {
        if (!it.key().isValid())
            continue;
        ProjectMonth& m = months[it.key()];
        m.month = it.key();
        m.households = it.value();
    }
    d.months = months.values();
    return d;
}

} // namespace ff
