// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/Database.h"

#include "core/db/Migrations.h"
#include "core/db/PostgresLocalPaths.h"
#include "core/db/PostgresRowBatch.h"
#include "core/db/PostgresSchema.h"
#include "core/db/SqlStatement.h"
#include "core/db/StatementCache.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/PlainFileEncryptor.h"
#include "core/util/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
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

bool Database::isPostgresUrl(const QString& location)
{
    return location.startsWith(QStringLiteral("postgresql://")) ||
           location.startsWith(QStringLiteral("postgres://"));
}

Status Database::openPostgres(const QString& location)
{
    const QUrl url(location, QUrl::StrictMode);
    m_path = url.toString(QUrl::RemovePassword);
    const QString name = url.path().mid(1);
    if (!url.isValid() || name.isEmpty() || name.contains(QLatin1Char('/')))
        return Error{tr("“%1” is not a PostgreSQL database address: use "
                        "postgresql://user@host:port/database.")
                         .arg(m_path),
                     url.errorString()};
    if (m_localPath.isEmpty())
        return Error{tr("A PostgreSQL county database needs a local path for its key file."), {}};
    m_dialect = SqlDialect(SqlDialect::Kind::Postgres);
    m_openTransactions = 0;
    m_connectionName = QStringLiteral("ff-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    *m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db->isValid()) {
        close();
        return Error{tr("This computer cannot reach PostgreSQL: Qt's PostgreSQL driver is not installed "
                        "(Debian: libqt6sql6-psql)."),
                     {}};
    }
    m_db->setDatabaseName(name);
    if (!url.host().isEmpty())
        m_db->setHostName(url.host());
    if (url.port() > 0)
        m_db->setPort(url.port());
    if (!url.userName().isEmpty())
        m_db->setUserName(url.userName());
    if (!url.password().isEmpty())
        m_db->setPassword(url.password());
    m_db->setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!m_db->open()) {
        const QString detail = m_db->lastError().text();
        close();
        return Error{tr("Could not open the PostgreSQL database %1.").arg(m_path), detail};
    }
    QSqlQuery q(*m_db);
    // Notices (an index that exists …) are not errors. A writer waits for another's lock 5 s at
    // most, as a SQLite connection waits for a busy file: then "busy, try again".
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")) ||
        !q.exec(QStringLiteral("SET lock_timeout = '5s'"))) {
        const QString detail = q.lastError().text();
        close();
        return Error{tr("Could not open the PostgreSQL database %1.").arg(m_path), detail};
    }
    q.finish();
    if (Status s = PostgresSchema::run(*m_db); !s) {
        close();
        return s;
    }
    m_statements = std::make_unique<StatementCache>(*this);
    return Status::ok();
}

Status Database::open(const QString& path, const QString& localPath)
{
    close();
    m_dialect = SqlDialect(SqlDialect::Kind::Sqlite);
    if (isPostgresUrl(path)) {
        m_localPath = localPath;
        if (m_localPath.isEmpty())
            m_localPath = PostgresLocalPaths::of(path);
        return openPostgres(path);
    }
    m_path = path;
    m_localPath = path;
    m_encrypted = false;
    const bool onDisk = path != QStringLiteral(":memory:");
    if (onDisk) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error{tr("Could not create the folder for the database: %1").arg(info.absolutePath()), {}};
        // An encryption of this file cut short (core/storage/README.md): finished, or rolled back to
        // the plain file, before anything reads it; with or without a key.
        if (storage::PlainFileEncryptor::isInterrupted(path)) {
            if (Status recovered = storage::PlainFileEncryptor::recover(path); !recovered)
                return recovered;
        }
    }
    const bool encrypted = onDisk && storage::EncryptedVfs::hasKey(path);
    if (encrypted) {
        if (Status installed = storage::EncryptedVfs::install(); !installed)
            return installed;
        if (storage::PlainFileEncryptor::isPlain(path)) {
            return Error{
                tr("The database file %1 is not encrypted yet.").arg(path),
                QStringLiteral("not-encrypted: encrypt it first (PlainFileEncryptor::encryptInPlace)")};
        }
        storage::EncryptedVfs::clearFailure(path);
    }

    m_connectionName = QStringLiteral("ff-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    *m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (encrypted) {
        // Through the encrypting VFS, named in the URI; the key never is (it is found by path).
        m_db->setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        m_db->setDatabaseName(storage::EncryptedVfs::uri(path));
    } else {
        m_db->setDatabaseName(path);
        m_db->setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!m_db->open()) {
        const QString detail = m_db->lastError().text();
        close();
        if (encrypted) {
            if (Error e = storageError(path, detail); !e.message.isEmpty())
                return e;
        }
        return Error{tr("Could not open the database file %1.").arg(path), detail};
    }
    m_encrypted = encrypted;

    if (encrypted) {
        // Right after opening, before anything is written: the VFS is really in use, and a new
        // file gets 40 reserved bytes per page for each page's nonce and tag.
        if (Status prepared = storage::EncryptedVfs::prepareConnection(handle(), path); !prepared) {
            close();
            return prepared;
        }
        // The key is checked here, on page 1, before any statement can write (and before a hot
        // WAL is recovered: under a wrong key it stays as it is).
        QSqlQuery probe(*m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
            const QString detail = probe.lastError().text();
            probe.finish();
            const Error e = storageError(path, detail);
            close();
            if (!e.message.isEmpty())
                return e;
            return Error{tr("The file %1 is not a Fieldfile database or is damaged.").arg(path), detail};
        }
    }

    // Every connection gets the same pragmas. temp_store=MEMORY keeps sort and index temp data
    // off the disk (the encrypting VFS refuses temporary files); mmap stays off. The page cache is
    // 32 MB, and 64 MB for an encrypted file, each of whose pages is decrypted whenever it is read
    // from the file (about 4 µs a page on the 2-CPU development machine): with 32 MB, four of the
    // seven kinds of search on a 200,000-household caseload took 1.19-1.30 times as long as on the
    // plain file; with 64 MB, 0.85-1.17 (tests/bench/README.md, "Encryption").
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA mmap_size = 0"),
        encrypted ? QStringLiteral("PRAGMA cache_size = -65536")
                  : QStringLiteral("PRAGMA cache_size = -32768"),
    };
    QSqlQuery q(*m_db);
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma)) {
            const QString detail = q.lastError().text();
            q.finish();
            const Error e = encrypted ? storageError(path, detail) : Error{};
            close();
            if (!e.message.isEmpty())
                return e;
            return Error{tr("The file %1 is not a Fieldfile database or is damaged.").arg(path), detail};
        }
    }
    if (encrypted && q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() &&
        q.value(0).toString() != QStringLiteral("wal")) {
        const QString mode = q.value(0).toString();
        q.finish();
        close();
        return Error{tr("The database file %1 cannot be opened encrypted.").arg(path),
                     QStringLiteral("journal_mode is %1, not wal").arg(mode)};
    }
    q.finish();
    if (encrypted && storage::EncryptedVfs::reserveOf(handle()) != storage::EncryptedVfs::reserveBytes()) {
        close();
        return Error{tr("The database file %1 cannot be opened encrypted.").arg(path),
                     QStringLiteral("the file has no %1 reserved bytes per page")
                         .arg(storage::EncryptedVfs::reserveBytes())};
    }
    // A file (and its WAL) made before files were created private, or by another program.
    if (onDisk) {
        const QString wal = encrypted ? storage::EncryptedVfs::walPath(path) : path + QStringLiteral("-wal");
        for (const QString& file : {path, wal, path + QStringLiteral("-shm")})
            PrivateFiles::makePrivate(file);
    }

    if (Status migrated = Migrations::run(*m_db, path); !migrated) {
        const Error e = encrypted ? storageError(path, migrated.error().detail) : Error{};
        close();
        if (!e.message.isEmpty())
            return e;
        return migrated;
    }
    m_statements = std::make_unique<StatementCache>(*this);
    return Status::ok();
}

Error Database::storageError(const QString& path, const QString& sqliteError)
{
    const storage::EncryptedVfs::Failure failure = storage::EncryptedVfs::lastFailure(path);
    return storage::EncryptedVfs::errorFor(failure, path, sqliteError);
}

Error Database::storageError() const
{
    if (!m_encrypted)
        return {};
    return storageError(m_path, m_db->isValid() ? m_db->lastError().text() : QString());
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

qint64 Database::releaseMemory()
{
    if (!isOpen() || !handle())
        return 0;
    // Prepared again on first use after.
    if (m_statements)
        m_statements = std::make_unique<StatementCache>(*this);
    sqlite3* h = handle();
    sqlite3_db_release_memory(h);
    int cached = 0;
    int highest = 0;
    if (sqlite3_db_status(h, SQLITE_DBSTATUS_CACHE_USED, &cached, &highest, 0) != SQLITE_OK)
        return -1;
    return cached;
}

QString Database::lastErrorText() const
{
    const QString text = m_db->lastError().text();
    if (m_encrypted) {
        // What the VFS saw (a page that did not authenticate, a refused write), for the log.
        if (const Error e = storageError(m_path, {}); !e.detail.isEmpty())
            return text + QStringLiteral(" [") + e.detail + QLatin1Char(']');
    }
    return text;
}

sqlite3* Database::handle() const { return SqlStatement::handleOf(*m_db); }

qint64 Database::totalChanges() const
{
    sqlite3* h = m_dialect.isPostgres() ? nullptr : handle();
    return h ? sqlite3_total_changes64(h) : -1;
}

bool Database::inTransaction() const
{
    if (m_dialect.isPostgres())
        return m_openTransactions > 0;
    sqlite3* h = handle();
    return h && sqlite3_get_autocommit(h) == 0;
}

int Database::schemaVersion() const
{
    if (m_dialect.isPostgres())
        return PostgresSchema::version(*m_db);
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
    PostgresRowBatch::sendHeldRows(*m_db);
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
    if (!PostgresRowBatch::sendHeldRows(*m_db))
        return false;
    QSqlQuery q(*m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString would bind NULL
    return q.exec();
}

} // namespace ff
