// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/VolunteerHours.h"

#include "core/db/Database.h"
#include "core/db/Query.h"

#include <QSet>

namespace ff {

namespace {
/// The period's condition on served_on, with its binds.
QString period(QDate from, QDate to, QVariantList* binds)
{
    QString where;
    if (from.isValid()) {
        where += QStringLiteral(" AND served_on >= ?");
        *binds << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND served_on <= ?");
        *binds << to.toString(Qt::ISODate);
    }
    return where;
}
} // namespace

VolunteerHours::VolunteerHours(Database& db) : m_db(db) {}

QList<VolunteerService> VolunteerHours::services(const QString& volunteerId, QDate from, QDate to) const
{
    QList<VolunteerService> out;
    QVariantList binds{volunteerId};
    const QString where = period(from, to, &binds);
    Query q(m_db);
    q.setForwardOnly(true);
    // One row per session: its records share the date and what was done; the largest duration
    // stands should offline edits disagree.
    q.prepare(
        QStringLiteral("SELECT session_id, min(served_on), max(duration_min), min(method), min(category),"
                       " min(activity), max(project_id), count(DISTINCT household_id) FROM service_log"
                       " WHERE deleted = 0 AND instr(';' || volunteer_ids || ';', ';' || ? || ';') > 0%1"
                       " GROUP BY session_id ORDER BY min(served_on) DESC, session_id")
            .arg(where));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next()) {
        VolunteerService s;
        s.sessionId = q.value(0).toString();
        s.servedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        s.durationMin = q.value(2).toInt();
        s.method = q.value(3).toString();
        s.category = q.value(4).toString();
        s.activity = q.value(5).toString();
        s.projectId = q.value(6).toString();
        s.households = q.value(7).toInt();
        out.append(s);
    }
    return out;
}

double VolunteerHours::hours(const QString& volunteerId, QDate from, QDate to) const
{
    int minutes = 0;
    for (const VolunteerService& s : services(volunteerId, from, to))
        minutes += s.durationMin;
    return minutes / 60.0;
}

QHash<QString, double> VolunteerHours::hoursByVolunteer(QDate from, QDate to) const
{
    QVariantList binds;
    const QString where = period(from, to, &binds);
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT session_id, max(duration_min), group_concat(volunteer_ids, ';')"
                             " FROM service_log WHERE deleted = 0 AND volunteer_ids IS NOT NULL%1"
                             " GROUP BY session_id")
                  .arg(where));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    QHash<QString, int> minutes;
    if (q.exec()) {
        while (q.next()) {
            // Each volunteer of the session once, whichever of its records name them.
            const QStringList ids = q.value(2).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString& id : QSet<QString>(ids.cbegin(), ids.cend()))
                minutes[id] += q.value(1).toInt();
        }
    }
    QHash<QString, double> out;
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it)
        out.insert(it.key(), it.value() / 60.0);
    return out;
}

} // namespace ff
