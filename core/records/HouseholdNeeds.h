// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forms/IdentifiedNeeds.h"

namespace ff {

class Database;

/// The needs of a household on file: its submitted assessments read from the database and
/// evaluated by IdentifiedNeeds with the form version each was made with.
class HouseholdNeeds
{
public:
    /// The needs of a household, ordered by service category, then date, then person. Only the
    /// latest submitted assessment per form and person counts (IdentifiedNeeds).
    static QList<IdentifiedNeed> forHousehold(Database& db, const QString& householdId);
    /// The label of the need a key names, even after a reassessment replaced it; empty when the
    /// assessment or its form version is unknown on this device.
    static QString labelOf(Database& db, const QString& key);
};

} // namespace ff
