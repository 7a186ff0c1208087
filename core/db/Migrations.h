// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace ff {

class Database;

/// Brings a database's schema to the current version, one numbered step at a time.
///
/// The version lives in PRAGMA user_version. Before any step runs on a file that already holds
/// data, a consistent copy is written beside it (name.v<old>.bak, via VACUUM INTO); each step runs
/// in its own transaction together with the version bump, so a failed step leaves the file as it was.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    /// One step: SQL statements that take the schema from version N-1 to N (N = index + 1).
    using Step = QStringList;

    /// The product's steps; the version the code expects is their count.
    static const QList<Step>& steps();
    /// The count of steps(), from the versions the declarations name, without writing the steps'
    /// statements.
    static int latestVersion();

    /// Migrates db (opened on path) through the product's steps; refuses files from a newer
    /// Fieldfile. A file already at the latest version is left as it is without the steps being
    /// written out (a part of every start).
    [[nodiscard]] static Status run(QSqlDatabase& db, const QString& path);
    /// Migrates db (opened on path) through `steps`; refuses files from a newer Fieldfile.
    [[nodiscard]] static Status run(QSqlDatabase& db, const QString& path, const QList<Step>& steps);
    /// Where the backup taken before migrating from version `from` goes.
    static QString backupPath(const QString& path, int from);
};

} // namespace ff
