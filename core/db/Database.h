// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/SqlDialect.h"
#include "core/util/Result.h"

#include <memory>
#include <QCoreApplication>
#include <QString>

class QSqlDatabase;
struct sqlite3;

namespace ff {

class StatementCache;

/// Owns one connection to a Fieldfile database file; the one place where connections are opened.
///
/// Opening sets the pragmas every connection needs (WAL, foreign keys, in-memory temp store) and
/// brings the schema up to date, taking a backup copy first when an existing file must migrate.
/// A file whose key is registered with storage::EncryptedVfs is opened through the encrypting VFS
/// (core/storage/README.md); every other file opens as a plain SQLite file.
/// A connection belongs to the thread that opened it; work on another thread opens its own.
///
/// The county's store may instead be a PostgreSQL database, named by a URL
/// (`postgresql://user@host:port/name`, docs/postgresql.md): opened through Qt's QPSQL driver with
/// the county's tables (PostgresSchema); the same Query, SqlStatement and transactions work on it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    Database();
    ~Database();

    /// Opens (creating if needed) the database at path and migrates it. A PostgreSQL URL opens
    /// that database instead (isPostgresUrl), with `localPath` the path the files kept beside
    /// the database start with (localPath(): the county's key file, …); it is required there.
    [[nodiscard]] Status open(const QString& path, const QString& localPath = {});
    /// Whether `location` names a PostgreSQL database (postgresql:// or postgres://) rather
    /// than a file.
    static bool isPostgresUrl(const QString& location);
    void close();

    bool isOpen() const;
    /// The Qt Sql connection, for core/db's own classes (Query, Migrations, WriteTransaction)
    /// and tests; the layers above run SQL through Query and SqlStatement.
    QSqlDatabase& sql() { return *m_db; }
    /// The connection's last error, for Error::detail (for an encrypted file, with what the
    /// encrypting VFS saw: a page that did not authenticate, a refused write).
    QString lastErrorText() const;
    /// Whether the file is open through the encrypting VFS (its key is registered with
    /// storage::EncryptedVfs).
    bool isEncrypted() const { return m_encrypted && isOpen(); }
    /// For an encrypted file: the user's words for what the VFS last found wrong with it (a wrong
    /// key, a damaged or tampered page naming the file and page), with a machine-readable detail
    /// ("wrong-key", "damaged: page N …"); an empty Error when nothing is known. A query that
    /// failed on such a page has only SQLite's words ("disk I/O error"); this says which.
    Error storageError() const;
    /// The file, or for PostgreSQL the URL (without a password).
    const QString& path() const { return m_path; }
    /// Where the files that belong with the database go, as a path to add a suffix to (the
    /// county's `<localPath>.keys`): the file's own path, or the one given to open() for PostgreSQL.
    const QString& localPath() const { return m_localPath; }
    /// The SQL the connection speaks where the two stores differ.
    const SqlDialect& dialect() const { return m_dialect; }
    /// Transactions open on a PostgreSQL connection (for WriteTransaction and ReadTransaction,
    /// which nest: SQLite says this itself).
    int& openTransactions() { return m_openTransactions; }
    /// The C handle under QSQLITE, for hot write paths and file controls.
    sqlite3* handle() const;
    /// Whether a transaction is open on the connection (SQLite: not in autocommit mode; PostgreSQL:
    /// one of ours, openTransactions()).
    bool inTransaction() const;
    /// The rows this connection has changed since it was opened (SQLite's total_changes(), read
    /// without a statement; -1 on PostgreSQL or while closed): what it reads may be kept while this
    /// stays the same and no other connection writes.
    qint64 totalChanges() const;
    /// Statements prepared once for this connection (null while closed); see StatementCache.
    StatementCache* statements() const { return m_statements.get(); }
    /// On lock: finalizes the kept statements (and the values last bound to them) and empties the
    /// connection's page cache (sqlite3_db_release_memory), so that SQLite keeps no decrypted page
    /// of this connection; what it frees is wiped when storage::EncryptedVfs::install() came first
    /// (EncryptedVfs::wipesFreedMemory()). Call it with no statement running (none is, between
    /// two events of the app's thread). Returns the bytes SQLite still counts for the cache: its
    /// fixed part (about one page), plus the pages of a statement still running.
    qint64 releaseMemory();

    /// Schema version of the open file (PRAGMA user_version).
    int schemaVersion() const;

    /// Reads and writes small settings that belong to the data (device id, sequence, clock).
    QString meta(const QString& key, const QString& fallback = {}) const;
    [[nodiscard]] bool setMeta(const QString& key, const QString& value);

    /// Where the caseload lives unless --database says otherwise.
    static QString defaultPath();

private:
    static Error storageError(const QString& path, const QString& sqliteError);

    std::unique_ptr<QSqlDatabase> m_db;
    /// Finalized before the connection closes.
    std::unique_ptr<StatementCache> m_statements;
    QString m_connectionName;
    [[nodiscard]] Status openPostgres(const QString& url);

    QString m_path;
    QString m_localPath;
    SqlDialect m_dialect{SqlDialect::Kind::Sqlite};
    int m_openTransactions = 0;
    bool m_encrypted = false;
};

} // namespace ff
