// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace ff {

class Database;

/// What the supervisors and the county had decided, as this laptop knew it at one moment: taken
/// before a sync and again after, the two say what the sync brought (ReviewArrivals).
struct ReviewSnapshot
{
    /// Decided note reviews (returned or approved): id → state and when it was decided.
    QHash<QString, QString> notes;
    /// Status reviews with a step above the caseworker: id → the station's recommendation and the
    /// county's decision.
    QHash<QString, QString> statusReviews;

    /// Reads both from `db` (two index-backed scans; a station's caseload holds a few thousand).
    static ReviewSnapshot take(Database& db);
};

} // namespace ff
