// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/PostgresStatement.h"

#include "core/db/Libpq.h"
#include "core/db/PostgresRowBatch.h"

#include <QAtomicInteger>
#include <QSqlDriver>

#include <cstdlib>

namespace ff {

namespace {
/// libpq's functions: every caller holds a connection from PostgresStatement::handleOf, which
/// is one only when they could be resolved.
const Libpq& pq() { return *Libpq::get(); }
} // namespace

namespace {
// PostgreSQL's type oids (catalog/pg_type.dat), fixed since its first releases.
constexpr Oid kBool = 16;
constexpr Oid kBytea = 17;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kOid = 26;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kNumeric = 1700;

/// Statement names unique in the process, so two statements never share one on a connection
/// (QPSQL names its own `qpsqlpstmt_…`).
QByteArray nextName()
{
    static QAtomicInteger<quint64> counter;
    return "ff_stmt_" + QByteArray::number(++counter);
}
} // namespace

pg_conn* PostgresStatement::handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6.4 names the type by libpq's struct (pg_conn*), other versions by its typedef.
    if (!v.isValid() || (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    if (!Libpq::get())
        return nullptr; // QPSQL without libpq's functions here: its statements go through QPSQL
    return *static_cast<PGconn* const*>(v.data());
}

bool PostgresStatement::isReading(const QSqlDatabase& db)
{
    PGconn* conn = handleOf(db);
    return conn && pq().PQtransactionStatus(conn) == PQTRANS_ACTIVE;
}

bool PostgresStatement::inFailedTransaction(const QSqlDatabase& db)
{
    PGconn* conn = handleOf(db);
    return conn && pq().PQtransactionStatus(conn) == PQTRANS_INERROR;
}

QString PostgresStatement::numberedPlaceholders(const QString& sql, int* count)
{
    QString out;
    out.reserve(sql.size() + 16);
    int number = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar(); // a doubled quote closes and opens again: the same text
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++number);
            continue;
        }
        out += c;
    }
    if (count)
        *count = number;
    return out;
}

PostgresStatement::PostgresStatement(const QSqlDatabase& db, const QString& sql, Mode mode)
    : m_db(db), m_conn(handleOf(db)), m_name(mode == Mode::Prepared ? nextName() : QByteArray()), m_mode(mode)
{
    if (!m_conn) {
        m_error = QStringLiteral("not a PostgreSQL connection");
        return;
    }
    int parameters = 0;
    m_sql = numberedPlaceholders(sql, &parameters).toUtf8();
    m_values.resize(size_t(parameters));
    m_pointers.resize(size_t(parameters), nullptr);
    m_lengths.resize(size_t(parameters), 0);
    m_formats.resize(size_t(parameters), 0);
    m_types.resize(size_t(parameters), 0);
    if (m_mode == Mode::Unnamed)
        m_prepared = true; // sent with its values by each execute()
    else
        prepare();
}

bool PostgresStatement::prepare()
{
    if (m_prepared || !m_conn)
        return m_prepared;
    if (pq().PQtransactionStatus(m_conn) == PQTRANS_ACTIVE) {
        m_error = QStringLiteral("another query on this connection is still reading its rows");
        return false;
    }
    PGresult* prepared = pq().PQprepare(m_conn, m_name.constData(), m_sql.constData(), 0, nullptr);
    m_prepared = prepared && pq().PQresultStatus(prepared) == PGRES_COMMAND_OK;
    m_error = m_prepared ? QString()
                         : QString::fromUtf8(prepared ? pq().PQresultErrorMessage(prepared)
                                                      : pq().PQerrorMessage(m_conn))
                               .trimmed();
    pq().PQclear(prepared);
    return m_prepared;
}

PostgresStatement::~PostgresStatement()
{
    pq().PQclear(m_result);
    // Only on the connection it was prepared on, and only while that is open: a statement that
    // outlives its connection (closed by Database::close) has nothing left to free.
    if (m_prepared && m_mode == Mode::Prepared && m_db.isOpen() && handleOf(m_db) == m_conn &&
        pq().PQtransactionStatus(m_conn) != PQTRANS_ACTIVE) {
        // In a failed transaction the server refuses it; the name is never used again.
        pq().PQclear(pq().PQexec(m_conn, ("DEALLOCATE " + m_name).constData()));
    }
}

void PostgresStatement::bind(int index, const QByteArray& value, int format, bool null, unsigned int type)
{
    const size_t i = size_t(index - 1);
    if (index < 1 || i >= m_values.size())
        return;
    m_values[i] = value;
    m_formats[i] = format;
    m_lengths[i] = int(value.size());
    m_pointers[i] = null ? nullptr : m_values[i].constData();
    m_types[i] = type;
}

void PostgresStatement::bindNull(int index) { bind(index, {}, 0, true); }

void PostgresStatement::bindText(int index, const QByteArray& utf8)
{
    // constData() of a null QByteArray is "": the empty text, as SQLite's C API binds it.
    bind(index, utf8, 0, false);
}

void PostgresStatement::bindBlob(int index, const QByteArray& bytes) { bind(index, bytes, 1, false); }

void PostgresStatement::bindValue(int index, const QVariant& value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        // '1' and '0' read as a boolean and as a number alike.
        bindText(index, value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        bind(index, QByteArray::number(value.toLongLong()), 0, false, m_mode == Mode::Unnamed ? kInt8 : 0);
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        bind(index, QByteArray::number(value.toDouble(), 'g', 17), 0, false,
             m_mode == Mode::Unnamed ? kFloat8 : 0);
        break;
    case QMetaType::QByteArray:
        bindBlob(index, value.toByteArray());
        break;
    default:
        bindText(index, value.toString().toUtf8());
    }
}

bool PostgresStatement::execute()
{
    pq().PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_changes = 0;
    if (!m_prepared) {
        m_error = m_error.isEmpty() ? QStringLiteral("the statement was not prepared") : m_error;
        return false;
    }
    if (pq().PQtransactionStatus(m_conn) == PQTRANS_ACTIVE) {
        m_error = QStringLiteral("another query on this connection is still reading its rows");
        return false;
    }
    // Rows held back on the connection are written first, as if they had been at once.
    if (!PostgresRowBatch::sendHeldRows(m_conn, &m_error))
        return false;
    m_result = m_mode == Mode::Unnamed
                   ? pq().PQexecParams(m_conn, m_sql.constData(), int(m_values.size()), m_types.data(),
                                       m_pointers.data(), m_lengths.data(), m_formats.data(), 0)
                   : pq().PQexecPrepared(m_conn, m_name.constData(), int(m_values.size()), m_pointers.data(),
                                         m_lengths.data(), m_formats.data(), 0);
    const ExecStatusType status = m_result ? pq().PQresultStatus(m_result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        m_error =
            QString::fromUtf8(m_result ? pq().PQresultErrorMessage(m_result) : pq().PQerrorMessage(m_conn))
                .trimmed();
        pq().PQclear(m_result);
        m_result = nullptr;
        return false;
    }
    m_changes = std::atoi(pq().PQcmdTuples(m_result));
    return true;
}

bool PostgresStatement::next()
{
    if (!m_result || m_row + 1 >= pq().PQntuples(m_result))
        return false;
    ++m_row;
    return true;
}

void PostgresStatement::reset()
{
    pq().PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    for (size_t i = 0; i < m_values.size(); ++i) {
        m_values[i] = QByteArray();
        m_pointers[i] = nullptr;
        m_lengths[i] = 0;
        m_formats[i] = 0;
        m_types[i] = 0;
    }
}

int PostgresStatement::columnCount() const { return m_result ? pq().PQnfields(m_result) : 0; }

bool PostgresStatement::isNull(int column) const
{
    return !m_result || m_row < 0 || column < 0 || column >= pq().PQnfields(m_result) ||
           pq().PQgetisnull(m_result, m_row, column);
}

QByteArray PostgresStatement::bytes(int column) const
{
    if (isNull(column))
        return {};
    const char* text = pq().PQgetvalue(m_result, m_row, column);
    const int length = pq().PQgetlength(m_result, m_row, column);
    if (pq().PQftype(m_result, column) != kBytea)
        return QByteArray(text, length);
    size_t size = 0;
    unsigned char* raw = pq().PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
    const QByteArray bytes(reinterpret_cast<const char*>(raw), qsizetype(size));
    pq().PQfreemem(raw);
    return bytes;
}

QVariant PostgresStatement::value(int column) const
{
    if (isNull(column))
        return {};
    const char* text = pq().PQgetvalue(m_result, m_row, column);
    switch (pq().PQftype(m_result, column)) {
    case kBool:
        return QVariant(qint64(text[0] == 't' ? 1 : 0));
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
        return QVariant(qint64(std::strtoll(text, nullptr, 10)));
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return QVariant(QByteArray::fromRawData(text, pq().PQgetlength(m_result, m_row, column)).toDouble());
    case kBytea:
        return bytes(column);
    default:
        return QString::fromUtf8(text, pq().PQgetlength(m_result, m_row, column));
    }
}

} // namespace ff
