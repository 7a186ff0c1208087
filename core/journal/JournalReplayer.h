// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace ff {

class Database;

/// Rebuilds every record table, heads, conflicts and search keys from the journal alone.
///
/// The journal is the truth and the tables are its materialised view; a rebuild in one
/// transaction gives exactly the live tables (tests/core/ReplayTest.cpp proves it), which is also
/// how a damaged table is repaired.
class JournalReplayer
{
    Q_DECLARE_TR_FUNCTIONS(JournalReplayer)

public:
    [[nodiscard]] static Status rebuild(Database& db);
    /// Tables the replay rewrites, in deletion order.
    static QStringList derivedTables();
};

} // namespace ff
