// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/Database.h"

#include "core/db/Migrations.h"
#include "core/db/SqlStatement.h"
#include "core/db/StatementCache.h"
#include "core/util/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

namespace ff {

Database::Database() : m_db(std::make_unique<QSqlDatabase>()) {}

Database::~Database() { close(); }

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("fieldfile.db"));
}

Status Database::open(const QString& path)
{
    close();
    m_path = path;
    if (path != QStringLiteral(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error{tr("Could not create the folder for the database: %1").arg(info.absolutePath()), {}};
    }

    m_connectionName = QStringLiteral("ff-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    *m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db->setDatabaseName(path);
    m_db->setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db->open()) {
        const QString detail = m_db->lastError().text();
        close();
        return Error{tr("Could not open the database file %1.").arg(path), detail};
    }

    // Every connection gets the same pragmas; this is also where an encrypting VFS will be set up.
    // temp_store=MEMORY keeps sort and index temp data off the disk; mmap stays off.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),    QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA mmap_size = 0"),        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    QSqlQuery q(*m_db);
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma)) {
            const QString detail = q.lastError().text();
            close();
            return Error{tr("The file %1 is not a Fieldfile database or is damaged.").arg(path), detail};
        }
    }
    q.finish();
    // A file (and its WAL) made before files were created private, or by another program.
    if (path != QStringLiteral(":memory:")) {
        for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            PrivateFiles::makePrivate(file);
    }

    if (Status migrated = Migrations::run(*m_db, path); !migrated) {
        close();
        return migrated;
    }
    m_statements = std::make_unique<StatementCache>(handle());
    return Status::ok();
}

void Database::close()
{
    m_statements.reset();
    if (m_connectionName.isEmpty())
        return;
    m_db->close();
    *m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const { return m_db->isOpen(); }

QString Database::lastErrorText() const { return m_db->lastError().text(); }

sqlite3* Database::handle() const { return SqlStatement::handleOf(*m_db); }

int Database::schemaVersion() const
{
    QSqlQuery q(*m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString Database::meta(const QString& key, const QString& fallback) const
{
    if (m_statements) {
        // Read for every commit (the device's sequence, the clock): a kept statement.
        SqlStatement& s = m_statements->get(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        s.bind(1, key);
        const QString value = s.step() ? s.columnText(0) : fallback;
        s.reset();
        return value;
    }
    QSqlQuery q(*m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Database::setMeta(const QString& key, const QString& value)
{
    if (m_statements) {
        SqlStatement& s =
            m_statements->get(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO "
                                             "UPDATE SET value = excluded.value"));
        s.bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value); // null would bind NULL
        return s.run();
    }
    QSqlQuery q(*m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString would bind NULL
    return q.exec();
}

} // namespace ff
