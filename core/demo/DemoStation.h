// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QDate>
#include <QStringList>

namespace ff {

class Database;

/// What a demo station's records are, for the casework that links to them.
struct DemoStationRecords
{
    QString projectId;
    QDate projectStart;
    QDate projectEnd;
    QStringList volunteerIds;
};

/// The invented records of one social-work station: a few volunteers of its roster and one 三区计划
/// purchased-service project running through the demo's last year, written by the station's
/// supervisor through the real repositories.
class DemoStation
{
public:
    /// Writes station `station`'s records at the clock's time; `index` varies the names between
    /// stations. `out` receives their ids.
    [[nodiscard]] static Status write(Database& db, const QString& station, int index, QDate today,
                                      const Clock& clock, DemoStationRecords* out);
};

} // namespace ff
