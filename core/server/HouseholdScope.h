// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schema/Role.h"

#include <QString>
#include <QVariantList>

namespace ff {

/// The households a user sees (docs/sync-protocol.md §9.2), as a query to use inside another: a
/// caseworker's own, a supervisor's station's; for county staff every household (`sql` empty).
struct HouseholdScope
{
    /// `SELECT household_id …` of the households in scope; empty for every household.
    QString sql;
    /// The values of its `?`, in order.
    QVariantList binds;

    static HouseholdScope of(Role role, const QString& user, const QString& station);
    bool isEverything() const { return sql.isEmpty(); }
};

} // namespace ff
