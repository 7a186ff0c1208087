// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/ServiceProject.h"

#include <QList>
#include <QString>

namespace ff {

class Database;

/// One month of a project: what was delivered against the month's share of the contract.
struct ProjectMonth
{
    QDate month; ///< its first day
    double deliveredHours = 0;
    int households = 0;         ///< households served that month
    double contractedHours = 0; ///< the contracted hours spread evenly over the project's months
};

/// A purchased-service project's delivery: hours and households served against the contract, in
/// all and per month (every month of its period, and any other month with a service).
struct ProjectDelivery
{
    ServiceProject project;
    double deliveredHours = 0;
    int householdsServed = 0;
    QList<ProjectMonth> months;

    /// The share of the contracted hours delivered (0 when no hours were contracted).
    double hoursShare() const
    {
        return project.contractedHours > 0 ? deliveredHours / project.contractedHours : 0;
    }
};

/// Reads a project's delivery from the service logs linked to it (service_log.project_id): a
/// session's duration counts once however many households it served (the largest duration of its
/// records, should offline edits disagree); a household counts once per month and once in all.
class ProjectDeliveryQuery
{
public:
    explicit ProjectDeliveryQuery(Database& db);

    ProjectDelivery of(const ServiceProject& project) const;
    /// How many months the project's period touches, the first and the last included (its
    /// contracted hours are spread evenly over them).
    static int monthsOf(const ServiceProject& project);

private:
    Database& m_db;
};

} // namespace ff
