// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/PostgresRowBatch.h"

#include "core/db/Database.h"
#include "core/db/Libpq.h"
#include "core/db/PostgresStatement.h"

#include <QSqlDatabase>

#include <algorithm>

namespace ff {

namespace {
/// libpq's functions: every caller holds a connection from PostgresStatement::handleOf, which
/// is one only when they could be resolved.
const Libpq& pq() { return *Libpq::get(); }
} // namespace

namespace {
/// This thread's batches (a connection, and so its batches, belong to one thread).
thread_local std::vector<PostgresRowBatch*> t_batches;

/// PostgreSQL takes at most 65,535 parameters in one statement: sent before that.
constexpr size_t kMaxParameters = 60'000;
/// What a held value is: text and numbers go as text to INSERT, blobs as bytes.
constexpr int kText = 0;
constexpr int kBlob = 1;
constexpr int kNumber = 2;

void appendInt(QByteArray& out, qint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((quint64(value) >> (8 * i)) & 0xff));
}
} // namespace

PostgresRowBatch::PostgresRowBatch(Database& db) : m_db(db), m_conn(PostgresStatement::handleOf(db.sql()))
{
    if (m_conn)
        t_batches.push_back(this);
}

PostgresRowBatch::~PostgresRowBatch()
{
    // Rows held inside a transaction still belong to it; outside one (it ended) they are dropped,
    // never written on their own.
    if (m_conn && heldRows() > 0 && m_db.isOpen() && PostgresStatement::handleOf(m_db.sql()) == m_conn &&
        pq().PQtransactionStatus(m_conn) == PQTRANS_INTRANS)
        send();
    t_batches.erase(std::remove(t_batches.begin(), t_batches.end(), this), t_batches.end());
}

int PostgresRowBatch::addTable(const QByteArray& table, const QList<QByteArray>& columns,
                               const QByteArray& onConflict)
{
    m_tables.push_back({table, columns, onConflict, 0});
    m_values.emplace_back();
    m_formats.emplace_back();
    return int(m_tables.size()) - 1;
}

int PostgresRowBatch::heldRows() const
{
    int rows = 0;
    for (const Table& t : m_tables)
        rows += t.rows;
    return rows;
}

PostgresRowBatch& PostgresRowBatch::row(int table)
{
    size_t parameters = 0;
    for (const std::vector<QByteArray>& v : m_values)
        parameters += v.size();
    if (parameters + size_t(m_tables[size_t(table)].columns.size()) > kMaxParameters)
        send();
    m_current = table;
    ++m_tables[size_t(table)].rows;
    return *this;
}

void PostgresRowBatch::setBlob(int table, int row, int column, QByteArrayView bytes)
{
    const size_t i = size_t(row) * size_t(m_tables[size_t(table)].columns.size()) + size_t(column);
    m_values[size_t(table)][i] = QByteArray(bytes.data(), bytes.size());
    m_formats[size_t(table)][i] = kBlob;
}

void PostgresRowBatch::value(QByteArrayView bytes, int format)
{
    m_values[size_t(m_current)].emplace_back(bytes.data(), bytes.size());
    m_formats[size_t(m_current)].push_back(format);
}

PostgresRowBatch& PostgresRowBatch::text(QByteArrayView utf8)
{
    value(utf8, kText);
    return *this;
}

PostgresRowBatch& PostgresRowBatch::blob(QByteArrayView bytes)
{
    value(bytes, kBlob);
    return *this;
}

PostgresRowBatch& PostgresRowBatch::number(qint64 value)
{
    this->value(QByteArray::number(value), kNumber);
    return *this;
}

bool PostgresRowBatch::copy(size_t t)
{
    const Table& table = m_tables[t];
    const QByteArray sql =
        "COPY " + table.name + '(' + table.columns.join(", ") + ") FROM STDIN (FORMAT binary)";
    PGresult* started = pq().PQexec(m_conn, sql.constData());
    const bool copying = started && pq().PQresultStatus(started) == PGRES_COPY_IN;
    if (!copying)
        m_error =
            QString::fromUtf8(started ? pq().PQresultErrorMessage(started) : pq().PQerrorMessage(m_conn))
                .trimmed();
    pq().PQclear(started);
    if (!copying)
        return false;
    QByteArray data("PGCOPY\n\xff\r\n\0", 11);
    appendInt(data, 0, 4); // flags
    appendInt(data, 0, 4); // header extension
    const qsizetype width = table.columns.size();
    for (int r = 0; r < table.rows; ++r) {
        appendInt(data, width, 2);
        for (qsizetype c = 0; c < width; ++c) {
            const size_t i = size_t(r) * size_t(width) + size_t(c);
            const QByteArray& v = m_values[t][i];
            if (m_formats[t][i] == kNumber) {
                appendInt(data, 8, 4);
                appendInt(data, v.toLongLong(), 8);
            } else {
                appendInt(data, v.size(), 4);
                data.append(v);
            }
        }
    }
    appendInt(data, -1, 2);
    bool ok = pq().PQputCopyData(m_conn, data.constData(), int(data.size())) == 1 &&
              pq().PQputCopyEnd(m_conn, nullptr) == 1;
    if (!ok)
        m_error = QString::fromUtf8(pq().PQerrorMessage(m_conn)).trimmed();
    while (PGresult* result = pq().PQgetResult(m_conn)) {
        if (pq().PQresultStatus(result) != PGRES_COMMAND_OK) {
            if (ok)
                m_error = QString::fromUtf8(pq().PQresultErrorMessage(result)).trimmed();
            ok = false;
        }
        pq().PQclear(result);
    }
    return ok;
}

bool PostgresRowBatch::send()
{
    if (!m_conn || heldRows() == 0)
        return true;
    m_sending = true;
    ++m_generation;
    {
        // Tables without a conflict clause through COPY (measured faster than one multi-row
        // INSERT: tests/bench/README.md); the others in one INSERT below.
        bool copied = true;
        for (size_t t = 0; t < m_tables.size() && copied; ++t) {
            if (m_tables[t].rows == 0 || !m_tables[t].onConflict.isEmpty())
                continue;
            copied = copy(t);
            drop(t);
        }
        if (!copied || heldRows() == 0) {
            dropAll();
            m_sending = false;
            return copied;
        }
    }
    // WITH t0 AS (INSERT INTO parked_change(…) VALUES ($1, …), (…) ON CONFLICT …), t1 AS (…) SELECT 1
    QByteArray sql = "WITH ";
    std::vector<const char*> pointers;
    std::vector<int> lengths;
    std::vector<int> formats;
    int number = 0;
    bool first = true;
    for (size_t t = 0; t < m_tables.size(); ++t) {
        const Table& table = m_tables[t];
        if (table.rows == 0)
            continue;
        if (!first)
            sql += ", ";
        first = false;
        sql += 't' + QByteArray::number(qulonglong(t)) + " AS (INSERT INTO " + table.name + '(' +
               table.columns.join(", ") + ") VALUES ";
        const qsizetype width = table.columns.size();
        for (int r = 0; r < table.rows; ++r) {
            sql += r == 0 ? "(" : ", (";
            for (qsizetype c = 0; c < width; ++c)
                sql += (c == 0 ? "$" : ", $") + QByteArray::number(++number);
            sql += ')';
        }
        if (!table.onConflict.isEmpty())
            sql += ' ' + table.onConflict;
        sql += ')';
        for (size_t i = 0; i < m_values[t].size(); ++i) {
            pointers.push_back(m_values[t][i].constData());
            lengths.push_back(int(m_values[t][i].size()));
            formats.push_back(m_formats[t][i] == kBlob ? 1 : 0);
        }
    }
    sql += " SELECT 1";
    PGresult* result = pq().PQexecParams(m_conn, sql.constData(), number, nullptr, pointers.data(),
                                         lengths.data(), formats.data(), 0);
    const bool ok = result && pq().PQresultStatus(result) == PGRES_TUPLES_OK;
    m_error = ok ? QString()
                 : QString::fromUtf8(result ? pq().PQresultErrorMessage(result) : pq().PQerrorMessage(m_conn))
                       .trimmed();
    pq().PQclear(result);
    dropAll();
    m_sending = false;
    return ok;
}

void PostgresRowBatch::drop(size_t t)
{
    m_tables[t].rows = 0;
    m_values[t].clear();
    m_formats[t].clear();
}

void PostgresRowBatch::dropAll()
{
    for (size_t t = 0; t < m_tables.size(); ++t)
        drop(t);
}

bool PostgresRowBatch::sendHeldRows(const QSqlDatabase& db, QString* error)
{
    if (t_batches.empty())
        return true;
    return sendHeldRows(PostgresStatement::handleOf(db), error);
}

bool PostgresRowBatch::sendHeldRows(pg_conn* conn, QString* error)
{
    for (PostgresRowBatch* batch : t_batches) {
        if (batch->m_conn != conn || batch->m_sending || batch->heldRows() == 0)
            continue;
        if (!batch->send()) {
            if (error)
                *error = batch->m_error;
            return false;
        }
    }
    return true;
}

} // namespace ff
