// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ff {

class Database;

/// The social-work stations a database's live households are assigned to, for choosing a
/// report's scope and for the county summary's per-station breakdown.
class ReportStations
{
public:
    /// Every station name a live household holds now, sorted; households without one are left out.
    static QStringList of(Database& db);
};

} // namespace ff
