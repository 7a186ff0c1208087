// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HouseholdScope.h"

namespace ff {

HouseholdScope HouseholdScope::of(Role role, const QString& user, const QString& station)
{
    if (role == Role::Caseworker)
        return {QStringLiteral("SELECT household_id FROM server_assignment WHERE caseworker = ?"), {user}};
    if (role == Role::Supervisor)
        return {
            QStringLiteral(
                "SELECT a.household_id FROM server_assignment a JOIN server_user u ON u.name = a.caseworker"
                " WHERE u.station = ?"),
            {station}};
    return {};
}

} // namespace ff
