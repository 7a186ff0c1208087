// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/gui/SyncScreenshots.h"

namespace ff {
class Database;
}

namespace ff::shots {

/// The dashboard as a station supervisor sees it (their station, last month) on `station`, the
/// list behind one of its bars, and the dashboard of county staff (the county) on `county`, a
/// never-enrolled demo tried as county staff. In the language already applied; file names end in
/// `-<language>.png`.
bool takeDashboardScreenshots(Database& station, Database& county, const QDir& out, const QString& language,
                              const Save& save);

} // namespace ff::shots
