// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <vector>

struct pg_conn;
struct pg_result;

namespace ff {

/// One statement prepared on PostgreSQL through libpq, on the connection under a QPSQL
/// QSqlDatabase (its `PGconn*`, from QSqlDriver::handle()): what SqlStatement is on a county
/// database in PostgreSQL (docs/postgresql.md).
///
/// QPSQL runs a prepared query as the text `EXECUTE name(value, …)`, every value formatted into
/// it (a blob as an escaped hex literal) and the whole text parsed again by the server each time.
/// Here the statement runs with PQexecPrepared: values go as parameters, blobs as their bytes
/// (binary format), nothing is parsed again. Results come as text and are read as QPSQL reads
/// them (bytea unescaped, booleans and whole numbers as integers).
///
/// `?` placeholders are numbered `$1`, `$2`, … (outside quotes). Runs on the connection's current
/// transaction, as QPSQL's queries do; a QPSQL forward-only query still reading its rows on the
/// connection makes run() fail with an error saying so rather than cut that query short.
class PostgresStatement
{
    Q_DISABLE_COPY_MOVE(PostgresStatement)

public:
    /// The libpq connection under a QPSQL connection (null for any other driver).
    static pg_conn* handleOf(const QSqlDatabase& db);
    /// `sql` with its `?` placeholders numbered `$1`, `$2`, … (those inside quotes left alone);
    /// `count` receives how many there were.
    static QString numberedPlaceholders(const QString& sql, int* count = nullptr);
    /// Whether a query on `db`'s connection is still reading its rows (a QPSQL forward-only one).
    static bool isReading(const QSqlDatabase& db);
    /// Whether a statement of the transaction open on `db`'s connection failed, ending it.
    static bool inFailedTransaction(const QSqlDatabase& db);

    enum class Mode
    {
        /// Prepared once on the server (PQprepare), run by name: for statements kept and run often.
        Prepared,
        /// Never prepared by name: each execute() sends the text with its values (PQexecParams),
        /// one round trip, nothing to deallocate. For a statement run once or a few times, where
        /// preparing and deallocating would be two more round trips.
        Unnamed
    };

    /// Prepares `sql` on `db`'s connection (one round trip, none when Unnamed); isValid() says
    /// whether it did.
    PostgresStatement(const QSqlDatabase& db, const QString& sql, Mode mode = Mode::Prepared);
    /// Deallocates the statement on the server while the connection is still open.
    ~PostgresStatement();

    bool isValid() const { return m_prepared; }
    /// Prepares the statement again if it could not be prepared (the connection was busy, or in a
    /// failed transaction); true when it is prepared.
    bool prepare();

    /// Binding is positional from 1. A null text is NULL; a null blob is the empty bytea. On an
    /// Unnamed statement bindValue() also types whole numbers as bigint and floating point as
    /// double precision, as a literal number in the text would be; anything else the server types
    /// from its place.
    void bindNull(int index);
    void bindText(int index, const QByteArray& utf8);
    void bindBlob(int index, const QByteArray& bytes);
    void bindValue(int index, const QVariant& value);

    /// Runs the statement with the values bound (one round trip); true when it succeeded.
    bool execute();
    /// Moves to the next row of the executed statement's result; false after the last.
    bool next();
    /// Frees the result and the bound values, ready to be bound and run again.
    void reset();
    bool executed() const { return m_result != nullptr; }

    /// The column of the current row: null as an invalid QVariant, whole numbers and booleans
    /// as qint64, floating point as double, bytea as QByteArray, anything else as its text.
    QVariant value(int column) const;
    QByteArray bytes(int column) const;
    bool isNull(int column) const;

    /// Columns of the executed statement's result.
    int columnCount() const;
    /// Rows the last execute() changed.
    int changes() const { return m_changes; }
    QString error() const { return m_error; }

private:
    void bind(int index, const QByteArray& value, int format, bool null, unsigned int type = 0);

    QSqlDatabase m_db;
    pg_conn* m_conn = nullptr;
    QByteArray m_name;
    QByteArray m_sql; ///< with numbered placeholders
    bool m_prepared = false;
    Mode m_mode = Mode::Prepared;
    std::vector<QByteArray> m_values;
    std::vector<const char*> m_pointers;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    std::vector<unsigned int> m_types; ///< parameter type oids (0: from its place); Unnamed only
    pg_result* m_result = nullptr;
    int m_row = -1;
    int m_changes = 0;
    QString m_error;
};

} // namespace ff
