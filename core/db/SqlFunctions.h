// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace ff {

/// The SQL functions that layers above core/db lend to the migrations, so that a migration adding
/// a derived column fills it the way its projection does, in the step's own transaction.
///
/// The pinyin sort key of a village (schema 17) is computed by core/records, which core/db cannot
/// include; the records layer installs it here when a program starts
/// (RecordProjections::install()), and Migrations::run() registers every installed function on the
/// connection it migrates. A function a step needs that was not installed fails only when called:
/// a new file (no rows) is made by any program, and a file with data migrated by a program that
/// did not install it fails that step and is left as it was.
class SqlFunctions
{
public:
    /// A function of one text argument (null for SQL NULL); a null result is SQL NULL.
    using TextFunction = QString (*)(const QString&);

    /// Makes `name(text)` available to every migration from now on; installing a name again
    /// replaces its function. Call before any connection is opened (not thread-safe).
    static void install(const QString& name, TextFunction function);
    /// Registers every installed function on one connection, as deterministic, and each name of
    /// `needed` that was not installed as one that fails with a message naming it when called.
    [[nodiscard]] static Status registerOn(sqlite3* handle, const QStringList& needed = {});
};

} // namespace ff
