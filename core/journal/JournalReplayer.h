// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

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

    /// Marks the file as holding changes whose record rows were not written (the county server
    /// imports that way). Call inside the writing transaction.
    [[nodiscard]] static Status markStale(Database& db);
    /// Before the app shows a marked file: rebuild(), which also clears the mark. Does nothing on a
    /// file that is not marked.
    [[nodiscard]] static Status rebuildIfStale(Database& db);
    /// Tables the replay rewrites, in deletion order.
    static QStringList derivedTables();
};

} // namespace ff
