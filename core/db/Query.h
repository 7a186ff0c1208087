// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSqlQuery;

namespace ff {

class Database;

/// One SQL statement on a Database, for every layer above core/db: the only way they run SQL
/// (core/db is the only layer that uses Qt Sql or SQLite directly, so the file's encryption and
/// a second store for the county each have one place to go). Positional `?` parameters, bound in
/// order; values as Qt Sql gives them (null as an invalid QVariant, integers as qint64 …).
///
/// The hot write paths use SqlStatement instead (the C API, kept per connection).
///
/// On PostgreSQL a prepared query runs through libpq (PostgresStatement, Unnamed: PQexecParams,
/// the text and its values in one round trip) rather than QPSQL's PREPARE, EXECUTE and DEALLOCATE
/// (three round trips, every value formatted into the text); values come back as SqlStatement
/// gives them there (whole numbers and booleans as qint64). A forward-only query, which QPSQL
/// reads a row at a time, and exec(sql) stay QPSQL's, as do queries run while a forward-only one
/// on the connection is still reading its rows.
class Query
{
    Q_DISABLE_COPY(Query)

public:
    explicit Query(Database& db);
    Query(Query&& other) noexcept;
    Query& operator=(Query&& other) noexcept;
    ~Query();

    /// Reads rows one way only (saves memory on large results).
    void setForwardOnly(bool forward);
    bool prepare(const QString& sql);
    /// Binds the next `?` of the prepared statement.
    void addBindValue(const QVariant& value);
    /// Binds the next `?` to `values` as one JSON array, for `IN (SELECT value FROM json_each(?))`:
    /// one statement, whatever their number.
    void addBindList(const QStringList& values);
    /// Runs the prepared statement with the values bound since.
    bool exec();
    /// Prepares and runs `sql` at once.
    bool exec(const QString& sql);
    /// Moves to the next row; false after the last.
    bool next();
    QVariant value(int column) const;
    /// Columns of the current result.
    int columnCount() const;
    /// Rows the last statement changed.
    int numRowsAffected() const;
    /// The text of the last error, for Error::detail.
    QString lastErrorText() const;
    /// Ends the read of the current result (frees the statement's read lock).
    void finish();

private:
    /// On PostgreSQL: the prepared statement run through libpq, and its values (Query.cpp).
    struct Postgres;
    /// Moves a statement prepared for libpq to QPSQL, with the values bound so far.
    void prepareInQt();

    std::unique_ptr<QSqlQuery> m_query;
    std::unique_ptr<Postgres> m_pg; ///< null on SQLite
};

} // namespace ff
