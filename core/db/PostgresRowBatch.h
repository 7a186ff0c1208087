// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <vector>

class QSqlDatabase;
struct pg_conn;

namespace ff {

class Database;

/// New rows for a few tables of a county database in PostgreSQL, held back and written together
/// instead of one round trip for each row: a table with no conflict clause through
/// `COPY … FROM STDIN (FORMAT binary)`, the others in one `INSERT … VALUES (…), (…) ON CONFLICT …`
/// (the tables in one statement through data-modifying `WITH`). COPY measured faster than a
/// multi-row INSERT for the import's journal rows and heads (tests/bench/README.md).
///
/// Held rows are written before any other statement runs on the connection — core/db's
/// PostgresStatement, Query, WriteTransaction, ReadTransaction and Database::meta call
/// sendHeldRows() first — so every statement, commit or savepoint sees them as if each had been
/// written at once: whoever holds rows back needs only know the outcome each would have had. In a
/// table given no conflict clause a row that turns out not to be new (the holder's knowledge was
/// wrong) fails the COPY, and with it the statement it was sent before and the transaction
/// (WriteTransaction::commit refuses a failed one): never kept with a different outcome. One statement must
/// not upsert a row twice: the holder replaces a row it holds already (setBlob) rather than hold a second.
///
/// Only for a connection's own thread (as the connection itself); rows still held when the batch
/// is destroyed are written then if they can be (errors then end the transaction at its next
/// statement).
class PostgresRowBatch
{
    Q_DISABLE_COPY_MOVE(PostgresRowBatch)

public:
    /// Registers the batch with `db`'s connection (a PostgreSQL one; otherwise isValid() is false).
    explicit PostgresRowBatch(Database& db);
    ~PostgresRowBatch();

    bool isValid() const { return m_conn != nullptr; }

    /// A table rows are held for: `columns` as in the INSERT's column list, `onConflict` what
    /// follows the VALUES (e.g. `ON CONFLICT DO NOTHING`; none: a plain INSERT); its index for row().
    int addTable(const QByteArray& table, const QList<QByteArray>& columns,
                 const QByteArray& onConflict = {});

    /// Starts a row of `table`, then one value for each of its columns, in order.
    PostgresRowBatch& row(int table);
    PostgresRowBatch& text(QByteArrayView utf8);
    PostgresRowBatch& blob(QByteArrayView bytes);
    PostgresRowBatch& number(qint64 value);

    /// The index of the last row started in `table` (until the next send()).
    int lastRow(int table) const { return m_tables[size_t(table)].rows - 1; }
    /// Replaces one value of a row still held.
    void setBlob(int table, int row, int column, QByteArrayView bytes);
    /// Counts the sends: a row index is good only while it stays the same.
    quint64 generation() const { return m_generation; }

    int heldRows() const;
    /// Writes the held rows now; false (and error()) when it failed or a row was not new.
    bool send();
    QString error() const { return m_error; }

    /// Writes the rows held on `db`'s connection by this thread's batches, if any; false (and
    /// `error`) when that failed. Every statement core/db runs on PostgreSQL calls it first.
    static bool sendHeldRows(const QSqlDatabase& db, QString* error = nullptr);
    static bool sendHeldRows(pg_conn* conn, QString* error = nullptr);

private:
    struct Table
    {
        QByteArray name;
        QList<QByteArray> columns;
        QByteArray onConflict;
        int rows = 0;
    };
    void value(QByteArrayView bytes, int format);
    /// Writes the held rows of table `t` with COPY … FROM STDIN (FORMAT binary).
    bool copy(size_t t);
    /// Forgets the held rows of table t (sent, or failed with the rest), or of every table.
    void drop(size_t t);
    void dropAll();

    Database& m_db;
    pg_conn* m_conn = nullptr;
    std::vector<Table> m_tables;
    // The parameters of the held rows, in the order they appear in the statement: every row of
    // the first table, then every row of the second …
    std::vector<std::vector<QByteArray>> m_values;
    std::vector<std::vector<int>> m_formats;
    int m_current = -1;
    quint64 m_generation = 0;
    bool m_sending = false;
    QString m_error;
};

} // namespace ff
