// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ff {

/// The scope of a record that belongs to a social-work station rather than to a household (a
/// volunteer, a purchased-service project; RecordType::Scope::Station). Such a record's changes
/// carry the station's scope id where other records carry their household id: "station:" and the
/// station's name, or "station:" alone for a county-wide record. The journal, the merge state, the
/// pull and the county's write scope select by it as they select by household
/// (docs/sync-protocol.md §9.7).
class StationScope
{
public:
    /// The scope id of `station` ("station:" alone for county-wide).
    static QString scopeId(const QString& station);
    /// Whether `householdId` is a station's scope id rather than a household's.
    static bool isStationScope(const QString& householdId);
    static bool isStationScope(const QByteArray& householdId);
    /// The station a scope id names (empty for county-wide).
    static QString stationOf(const QString& scopeId);
    /// The prefix of every station scope id.
    static QString prefix();
    /// The reason code a change of a station record is refused with when its author is not a
    /// supervisor of that station nor county staff.
    static QString refusal();
};

} // namespace ff
