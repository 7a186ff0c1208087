// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ff {

class Database;

/// Backing up a county and restoring it (`fieldfile-server backup` and `restore`), and the county's
/// **epoch**: a random id the county's data carries, sent with every pull page
/// (docs/sync-protocol.md §8.6, `X-Fieldfile-Epoch`). A restore gives the data a new epoch; a
/// laptop that sees another epoch than the one it stored knows the county went back in time, and
/// sends all its own changes again and pulls from the start, so nothing written since the backup
/// is lost (the county takes again what it lacks and skips what it has).
class CountyBackup
{
    Q_DECLARE_TR_FUNCTIONS(CountyBackup)

public:
    /// The county's epoch (empty for a county from before epochs).
    static QString epoch(Database& db);
    /// Gives the county a new epoch.
    [[nodiscard]] static Status renewEpoch(Database& db);
    /// Gives the county an epoch if it has none (a county from before epochs, when it starts serving).
    [[nodiscard]] static Status ensureEpoch(Database& db);

    /// What a backup wrote.
    struct Summary
    {
        QString database; ///< the copy of the database
        QString keys;     ///< the copy of the county's key file
        qint64 bytes = 0;
        qint64 journalEnd = 0; ///< the last journal position the copy holds
    };
    /// Writes a consistent copy of the county's database (one snapshot, while the server goes on
    /// serving) and of its key file into `folder` (made if missing, 0700), as `county.db` and
    /// `county.db.keys` (0600). Refuses a folder that holds a backup already.
    [[nodiscard]] static Status backup(Database& db, const QString& folder, Summary* summary = nullptr);
    /// Puts the backup in `folder` in place of the county at `databasePath` (its database and key
    /// file), with a new epoch. Refused while a server serves that database (serveLockPath), for a
    /// folder without a backup of a county, or one of another county than the database holds.
    [[nodiscard]] static Status restore(const QString& folder, const QString& databasePath);
    /// The lock `serve` holds while it serves `databasePath`.
    static QString serveLockPath(const QString& databasePath);
};

} // namespace ff
