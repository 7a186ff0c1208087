// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace ff {

class Database;

/// One service a volunteer took part in: a session, however many households it involved.
struct VolunteerService
{
    QString sessionId;
    QDate servedOn;
    int durationMin = 0;
    QString method;
    QString category;
    QString activity;
    QString projectId;
    int households = 1; ///< households of the session on this laptop
};

/// What the station's volunteers did, from the service logs (core/records/README.md, "Volunteers
/// and purchased services"): a service log's duration counts for each volunteer linked to it, and
/// a group or community session (one log per household, one session id) counts once, not once per
/// household. A period is the days from `from` to `to`, both included; an invalid date leaves that
/// side open.
class VolunteerHours
{
public:
    explicit VolunteerHours(Database& db);

    /// The sessions `volunteerId` took part in within the period, the newest first.
    QList<VolunteerService> services(const QString& volunteerId, QDate from = {}, QDate to = {}) const;
    /// Their hours within the period.
    double hours(const QString& volunteerId, QDate from = {}, QDate to = {}) const;
    /// The hours of every volunteer with any within the period, by volunteer id.
    QHash<QString, double> hoursByVolunteer(QDate from = {}, QDate to = {}) const;

private:
    Database& m_db;
};

} // namespace ff
