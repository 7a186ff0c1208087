// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/CountyBackup.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/server/CountyKeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

namespace ff {

namespace {
const QString kEpoch = QStringLiteral("county_epoch");
const QString kCountyId = QStringLiteral("county_id");

QString newEpoch() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

/// Copies `from` to `to` through a temporary file renamed into place, 0600.
bool copyInPlace(const QString& from, const QString& to)
{
    const QString temporary = to + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(from, temporary))
        return false;
    QFile::setPermissions(temporary, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(to);
    return QFile::rename(temporary, to);
}
} // namespace

QString CountyBackup::epoch(Database& db) { return db.meta(kEpoch); }

Status CountyBackup::renewEpoch(Database& db)
{
    if (!db.setMeta(kEpoch, newEpoch()))
        return Error{tr("The county's epoch could not be written."), db.lastErrorText()};
    return Status::ok();
}

Status CountyBackup::ensureEpoch(Database& db) { return epoch(db).isEmpty() ? renewEpoch(db) : Status::ok(); }

QString CountyBackup::serveLockPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".serving");
}

Status CountyBackup::backup(Database& db, const QString& folder, Summary* summary)
{
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error{tr("The folder %1 could not be made.").arg(folder), {}};
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString copy = dir.filePath(QStringLiteral("county.db"));
    const QString keys = dir.filePath(QStringLiteral("county.db.keys"));
    if (QFileInfo::exists(copy) || QFileInfo::exists(keys))
        return Error{
            tr("%1 holds a backup already: choose an empty folder, so that no backup is overwritten.")
                .arg(folder),
            {}};
    // One snapshot of the whole database, written while imports and pulls go on (they wait for
    // nothing: the copy reads, as a pull does).
    Query q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(copy);
    if (!q.exec())
        return Error{tr("The database could not be copied to %1.").arg(copy), q.lastErrorText()};
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QFile::copy(CountyKeyFile::pathFor(db.path()), keys)) {
        QFile::remove(copy);
        return Error{tr("The county's key file could not be copied to %1.").arg(keys), {}};
    }
    QFile::setPermissions(keys, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (summary) {
        summary->database = copy;
        summary->keys = keys;
        summary->bytes = QFileInfo(copy).size();
        Database copied;
        if (copied.open(copy)) {
            Query end(copied);
            if (end.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal")) && end.next())
                summary->journalEnd = end.value(0).toLongLong();
        }
    }
    return Status::ok();
}

Status CountyBackup::restore(const QString& folder, const QString& databasePath)
{
    const QDir dir(folder);
    const QString copy = dir.filePath(QStringLiteral("county.db"));
    const QString keys = dir.filePath(QStringLiteral("county.db.keys"));
    if (!QFileInfo::exists(copy) || !QFileInfo::exists(keys))
        return Error{
            tr("%1 holds no backup: it needs county.db and county.db.keys, as fieldfile-server backup "
               "writes them.")
                .arg(folder),
            {}};
    QLockFile serving(serveLockPath(databasePath));
    if (!serving.tryLock(0))
        return Error{
            tr("A county server is serving %1: stop it first (systemctl stop fieldfile-server), then "
               "restore.")
                .arg(databasePath),
            {}};
    QString county;
    {
        Database backup;
        if (Status s = backup.open(copy); !s)
            return Error{tr("The backup %1 cannot be opened: %2").arg(copy, s.error().message), {}};
        county = backup.meta(kCountyId);
    }
    if (county.isEmpty())
        return Error{tr("%1 is not the backup of a county.").arg(copy), {}};
    if (QFileInfo::exists(databasePath)) {
        Database current;
        if (current.open(databasePath) && !current.meta(kCountyId).isEmpty() &&
            current.meta(kCountyId) != county)
            return Error{tr("The backup is of county %1, but %2 holds county %3: nothing was restored.")
                             .arg(county, databasePath, current.meta(kCountyId)),
                         {}};
    }
    // The database's write-ahead log belongs to the data being replaced.
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    if (!copyInPlace(copy, databasePath) || !copyInPlace(keys, CountyKeyFile::pathFor(databasePath)))
        return Error{tr("The backup could not be copied to %1.").arg(databasePath), {}};
    Database restored;
    if (Status s = restored.open(databasePath); !s)
        return s;
    return renewEpoch(restored);
}

} // namespace ff
