// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/ReportStations.h"

#include "core/db/Query.h"

namespace ff {

QStringList ReportStations::of(Database& db)
{
    QStringList stations;
    Query q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT trim(station) AS s FROM household WHERE deleted = 0 AND "
                               "trim(coalesce(station, '')) <> '' ORDER BY s")))
        return stations;
    while (q.next())
        stations.append(q.value(0).toString());
    return stations;
}

} // namespace ff
