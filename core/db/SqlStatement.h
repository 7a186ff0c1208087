// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace ff {

class Database;

/// One prepared statement on the SQLite C API, for the hot write paths (import, replay) where
/// QSqlQuery's per-call bookkeeping costs more than the statement itself.
///
/// Binding is positional from 1. run() steps once and resets, so the statement never holds a read
/// cursor open between calls; for queries, step() and the column accessors, then reset().
class SqlStatement
{
    Q_DISABLE_COPY_MOVE(SqlStatement)

public:
    SqlStatement(sqlite3* db, const char* sql);
    SqlStatement(sqlite3* db, const QString& sql);
    ~SqlStatement();

    /// The C handle under a QSQLITE connection (null for any other driver).
    static sqlite3* handleOf(const QSqlDatabase& db);

    bool isValid() const { return m_stmt != nullptr; }
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
    void reset();

    QByteArray columnBytes(int column) const;
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
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_lastError;
};

} // namespace ff
