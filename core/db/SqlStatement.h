// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlDatabase;
class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace ff {

class Database;
class PostgresStatement;

/// One prepared statement on the SQLite C API, for the hot write paths (import, replay) where
/// QSqlQuery's per-call bookkeeping costs more than the statement itself.
///
/// On the county's PostgreSQL store (docs/postgresql.md) the same statement is prepared through
/// libpq (PostgresStatement: its values sent as parameters, blobs as bytes), on a connection of any
/// other driver a prepared QSqlQuery: the same calls, the same values (null as an invalid
/// QVariant, whole numbers as qint64, blobs as QByteArray), so the layers above write it once.
///
/// Binding is positional from 1. run() steps once and resets, so the statement never holds a read
/// cursor open between calls; for queries, step() and the column accessors, then reset().
class SqlStatement
{
    Q_DISABLE_COPY_MOVE(SqlStatement)

public:
    SqlStatement(sqlite3* db, const char* sql);
    SqlStatement(sqlite3* db, const QString& sql);
    /// On the C API when `db` is a SQLite connection, else as a prepared QSqlQuery.
    SqlStatement(const QSqlDatabase& db, const QString& sql);
    SqlStatement(Database& db, const QString& sql);
    ~SqlStatement();

    /// The C handle under a QSQLITE connection (null for any other driver).
    static sqlite3* handleOf(const QSqlDatabase& db);

    bool isValid() const;
    /// Prepares sql again if this statement could not be prepared (the file was busy or locked);
    /// true when it is valid.
    bool prepareIfInvalid(const QString& sql);

    SqlStatement& bind(int index, const QString& text);
    SqlStatement& bind(int index, const QByteArray& utf8Text);
    SqlStatement& bind(int index, qint64 value);
    SqlStatement& bindBlob(int index, const QByteArray& bytes);
    /// Bind without a copy, for the hottest statements: the bytes must stay unchanged until the
    /// statement has run (run() or the last step()).
    SqlStatement& bindTextInPlace(int index, const QByteArray& utf8Text);
    SqlStatement& bindBlobInPlace(int index, const char* data, qsizetype size);
    /// Binds a field value the way QtSql does: null, whole numbers and booleans as integers,
    /// doubles, byte arrays as blobs, everything else as its text.
    SqlStatement& bindValue(int index, const QVariant& value);

    /// Steps once and resets; true when the statement completed (SQLITE_DONE or a row).
    bool run();
    /// Steps; true while there is a row to read.
    bool step();
    /// Whether the last run() or step() failed (rather than completed or ran out of rows).
    bool failed() const { return m_failed; }
    void reset();

    QByteArray columnBytes(int column) const;
    /// Whether the column is NULL (columnBytes() gives an empty array for NULL and for '' alike).
    bool columnIsNull(int column) const;
    QString columnText(int column) const;
    qint64 columnInt(int column) const;
    /// The column as QtSql's SQLite driver gives it: null as an invalid QVariant, integers as
    /// qint64, reals as double, text as QString, blobs as QByteArray.
    QVariant columnValue(int column) const;

    /// Rows changed by the last run() on the connection.
    int changes() const;
    /// The connection's last error, with the statement's text, for Error::detail.
    QString error() const;

private:
    /// The QSqlQuery fallback and PostgreSQL: runs the statement if it has not run since its binds.
    bool execQuery();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_lastError;
    /// Set on PostgreSQL (prepared or not); then m_db, m_stmt and m_query are null.
    std::unique_ptr<PostgresStatement> m_pg;
    /// Set when there is neither a SQLite nor a PostgreSQL handle; then m_db and m_stmt are null.
    std::unique_ptr<QSqlQuery> m_query;
    QString m_sql;
    bool m_executed = false;
    bool m_failed = false;
    int m_changes = 0;
};

} // namespace ff
