// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/SqlStatement.h"

#include "core/db/Database.h"
#include "core/db/PostgresStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ff {

SqlStatement::SqlStatement(sqlite3* db, const char* sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" in ") + QString::fromUtf8(sql);
        m_stmt = nullptr;
    }
}

SqlStatement::SqlStatement(sqlite3* db, const QString& sql) : SqlStatement(db, sql.toUtf8().constData()) {}

SqlStatement::SqlStatement(const QSqlDatabase& db, const QString& sql) : m_db(handleOf(db)), m_sql(sql)
{
    if (m_db) {
        prepareIfInvalid(sql);
        return;
    }
    if (PostgresStatement::handleOf(db)) {
        m_pg = std::make_unique<PostgresStatement>(db, sql);
        if (!m_pg->isValid())
            m_lastError = m_pg->error();
        return;
    }
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        m_lastError = query->lastError().text() + QStringLiteral(" in ") + sql;
        return;
    }
    m_query = std::move(query);
}

SqlStatement::SqlStatement(Database& db, const QString& sql) : SqlStatement(db.sql(), sql) {}

bool SqlStatement::isValid() const
{
    return m_stmt != nullptr || m_query != nullptr || (m_pg && m_pg->isValid());
}

bool SqlStatement::prepareIfInvalid(const QString& sql)
{
    if (m_pg) {
        const bool prepared = m_pg->prepare();
        m_lastError = prepared ? QString() : m_pg->error();
        return prepared;
    }
    if (m_stmt || m_query)
        return true;
    if (!m_db)
        return false; // a QSqlQuery that did not prepare: the connection is gone
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
        SQLITE_OK) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" in ") + sql;
        m_stmt = nullptr;
        return false;
    }
    m_lastError.clear();
    return true;
}

sqlite3* SqlStatement::handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

SqlStatement::~SqlStatement() { sqlite3_finalize(m_stmt); }

bool SqlStatement::execQuery()
{
    if (m_executed)
        return true;
    m_executed = true;
    if (m_pg) {
        const bool ok = m_pg->execute();
        m_changes = ok ? m_pg->changes() : 0;
        if (!ok)
            m_lastError = m_pg->error();
        return ok;
    }
    if (!m_query->exec()) {
        m_lastError = m_query->lastError().text();
        m_changes = 0;
        return false;
    }
    m_changes = m_query->numRowsAffected();
    return true;
}

SqlStatement& SqlStatement::bind(int index, const QString& text)
{
    if (m_pg) {
        if (text.isNull())
            m_pg->bindNull(index);
        else
            m_pg->bindText(index, text.toUtf8());
        return *this;
    }
    if (m_query) {
        m_query->bindValue(index - 1, text);
        return *this;
    }
    if (text.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QByteArray& utf8Text)
{
    if (m_pg) {
        m_pg->bindText(index, utf8Text); // a null one as the empty text, as the C API binds it
        return *this;
    }
    if (m_query) {
        // As the C API binds a null QByteArray: the empty text, not NULL.
        m_query->bindValue(index - 1, utf8Text.isNull() ? QStringLiteral("") : QString::fromUtf8(utf8Text));
        return *this;
    }
    sqlite3_bind_text(m_stmt, index, utf8Text.constData(), int(utf8Text.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement& SqlStatement::bindBlob(int index, const QByteArray& bytes)
{
    if (m_pg) {
        m_pg->bindBlob(index, bytes); // a null one as the empty blob, as the C API binds it
        return *this;
    }
    if (m_query) {
        // As the C API binds a null QByteArray: the empty blob, not NULL.
        m_query->bindValue(index - 1, bytes.isNull() ? QByteArray("", 0) : bytes);
        return *this;
    }
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement& SqlStatement::bindTextInPlace(int index, const QByteArray& utf8Text)
{
    if (m_query || m_pg)
        return bind(index, utf8Text);
    sqlite3_bind_text(m_stmt, index, utf8Text.constData(), int(utf8Text.size()), SQLITE_STATIC);
    return *this;
}

SqlStatement& SqlStatement::bindBlobInPlace(int index, const char* data, qsizetype size)
{
    if (m_pg) {
        m_pg->bindBlob(index, QByteArray::fromRawData(data ? data : "", size));
        return *this;
    }
    if (m_query)
        return bindBlob(index, QByteArray(data, size));
    sqlite3_bind_blob(m_stmt, index, data, int(size), SQLITE_STATIC);
    return *this;
}

SqlStatement& SqlStatement::bind(int index, qint64 value)
{
    if (m_pg) {
        m_pg->bindText(index, QByteArray::number(value));
        return *this;
    }
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return *this;
    }
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqlStatement& SqlStatement::bindValue(int index, const QVariant& value)
{
    if (m_pg) {
        m_pg->bindValue(index, value);
        return *this;
    }
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return *this;
    }
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        break;
    case QMetaType::QByteArray:
        bindBlob(index, value.toByteArray());
        break;
    default:
        bind(index, value.toString());
    }
    return *this;
}

bool SqlStatement::run()
{
    if (m_query || m_pg) {
        const bool ok = execQuery();
        m_failed = !ok;
        reset();
        return ok;
    }
    if (!m_stmt && !m_db)
        return false;
    const int rc = m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE;
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    m_failed = !ok;
    if (!ok)
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
    reset();
    return ok;
}

bool SqlStatement::step()
{
    if (m_pg || m_query) {
        m_failed = !execQuery();
        return !m_failed && (m_pg ? m_pg->next() : m_query->next());
    }
    m_failed = !m_stmt;
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    if (m_failed)
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
    return rc == SQLITE_ROW;
}

void SqlStatement::reset()
{
    if (m_pg) {
        m_pg->reset();
        m_executed = false;
        return;
    }
    if (m_query) {
        m_query->finish();
        m_executed = false;
        return;
    }
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

QByteArray SqlStatement::columnBytes(int column) const
{
    if (m_pg)
        return m_pg->bytes(column);
    if (m_query)
        return m_query->value(column).toByteArray();
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool SqlStatement::columnIsNull(int column) const
{
    if (m_pg)
        return m_pg->isNull(column);
    if (m_query)
        return m_query->value(column).isNull();
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqlStatement::columnText(int column) const
{
    if (m_pg)
        return m_pg->isNull(column) ? QString() : QString::fromUtf8(m_pg->bytes(column));
    if (m_query) {
        const QVariant v = m_query->value(column);
        return v.isNull() ? QString() : v.toString();
    }
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 SqlStatement::columnInt(int column) const
{
    if (m_pg)
        return m_pg->value(column).toLongLong();
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

QVariant SqlStatement::columnValue(int column) const
{
    if (m_pg)
        return m_pg->value(column);
    if (m_query) {
        // As the C API path gives them: null invalid, every whole number a qint64.
        const QVariant v = m_query->value(column);
        if (v.isNull())
            return {};
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return QVariant(v.toLongLong());
        default:
            return v;
        }
    }
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB:
        return columnBytes(column);
    default:
        return columnText(column);
    }
}

int SqlStatement::changes() const { return m_query || m_pg ? m_changes : sqlite3_changes(m_db); }

QString SqlStatement::error() const
{
    if (!m_db)
        return m_lastError + (m_lastError.contains(m_sql) ? QString() : QStringLiteral(" in ") + m_sql);
    const char* sql = m_stmt ? sqlite3_sql(m_stmt) : nullptr;
    return m_lastError + (sql ? QStringLiteral(" in ") + QString::fromUtf8(sql) : QString());
}

} // namespace ff
