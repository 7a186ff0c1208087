// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schema/StationScope.h"

namespace ff {

QString StationScope::prefix() { return QStringLiteral("station:"); }

QString StationScope::scopeId(const QString& station) { return prefix() + station.trimmed(); }

bool StationScope::isStationScope(const QString& householdId) { return householdId.startsWith(prefix()); }

bool StationScope::isStationScope(const QByteArray& householdId)
{
    return householdId.startsWith("station:");
}

QString StationScope::stationOf(const QString& scopeId)
{
    return isStationScope(scopeId) ? scopeId.mid(prefix().size()) : QString();
}

QString StationScope::refusal() { return QStringLiteral("station_record_not_authorised"); }

} // namespace ff
