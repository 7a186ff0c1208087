// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/Query.h"

#include "core/db/Database.h"
#include "core/db/PostgresRowBatch.h"
#include "core/db/PostgresStatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ff {

namespace {
/// Whether Qt Sql binds `value` as NULL: an invalid variant, and a null text, blob or date too.
bool boundAsNull(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    default:
        return false;
    }
}
} // namespace

struct Query::Postgres
{
    QSqlDatabase db;
    bool forwardOnly = false;
    /// The prepared statement (null when it is QPSQL's), its text and values.
    std::unique_ptr<PostgresStatement> statement;
    QString sql;
    QVariantList values;
    int nextValue = 0;
    /// Whether the last exec() ran through libpq (its result is the statement's).
    bool ran = false;
};

Query::Query(Database& db) : m_query(std::make_unique<QSqlQuery>(db.sql()))
{
    if (db.dialect().isPostgres()) {
        m_pg = std::make_unique<Postgres>();
        m_pg->db = db.sql();
    }
}

Query::Query(Query&& other) noexcept = default;

Query& Query::operator=(Query&& other) noexcept = default;

Query::~Query() = default;

void Query::setForwardOnly(bool forward)
{
    m_query->setForwardOnly(forward);
    if (!m_pg)
        return;
    m_pg->forwardOnly = forward;
    if (forward && m_pg->statement)
        prepareInQt();
}

void Query::prepareInQt()
{
    m_pg->statement.reset();
    m_pg->ran = false;
    m_query->prepare(m_pg->sql);
    // Every value bound so far, as QSqlQuery keeps them: those bound since the last exec() in
    // order (the next addBindValue() goes after them), those of an earlier exec() by position.
    for (int i = 0; i < m_pg->values.size(); ++i) {
        if (i < m_pg->nextValue)
            m_query->addBindValue(m_pg->values.at(i));
        else
            m_query->bindValue(i, m_pg->values.at(i));
    }
}

bool Query::prepare(const QString& sql)
{
    if (!m_pg)
        return m_query->prepare(sql);
    m_pg->ran = false;
    m_pg->values.clear();
    m_pg->nextValue = 0;
    m_pg->sql = sql;
    if (m_pg->forwardOnly) {
        m_pg->statement.reset();
        return m_query->prepare(sql);
    }
    m_query->finish();
    m_pg->statement = std::make_unique<PostgresStatement>(m_pg->db, sql, PostgresStatement::Mode::Unnamed);
    return m_pg->statement->isValid();
}

void Query::addBindValue(const QVariant& value)
{
    if (!m_pg || !m_pg->statement) {
        m_query->addBindValue(value);
        return;
    }
    // As QSqlQuery: values bound after an exec() replace the earlier ones from the first.
    if (m_pg->nextValue < m_pg->values.size())
        m_pg->values[m_pg->nextValue] = value;
    else
        m_pg->values.append(value);
    ++m_pg->nextValue;
}

void Query::addBindList(const QStringList& values)
{
    addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact)));
}

bool Query::exec()
{
    if (!m_pg || !m_pg->statement) {
        if (m_pg) {
            m_pg->ran = false;
            if (!PostgresRowBatch::sendHeldRows(m_pg->db))
                return false;
        }
        return m_query->exec();
    }
    // A QPSQL query still reading its rows holds the connection: run as QPSQL would.
    if (PostgresStatement::isReading(m_pg->db)) {
        prepareInQt();
        m_pg->nextValue = 0;
        return PostgresRowBatch::sendHeldRows(m_pg->db) && m_query->exec();
    }
    PostgresStatement& statement = *m_pg->statement;
    statement.reset();
    for (int i = 0; i < m_pg->values.size(); ++i) {
        const QVariant& value = m_pg->values.at(i);
        if (boundAsNull(value))
            statement.bindNull(i + 1);
        else
            statement.bindValue(i + 1, value);
    }
    m_pg->nextValue = 0;
    m_pg->ran = true;
    return statement.execute();
}

bool Query::exec(const QString& sql)
{
    if (m_pg) {
        m_pg->statement.reset();
        m_pg->ran = false;
        m_pg->values.clear();
        m_pg->nextValue = 0;
        if (!PostgresRowBatch::sendHeldRows(m_pg->db))
            return false;
    }
    return m_query->exec(sql);
}

bool Query::next() { return m_pg && m_pg->ran ? m_pg->statement->next() : m_query->next(); }

QVariant Query::value(int column) const
{
    return m_pg && m_pg->ran ? m_pg->statement->value(column) : m_query->value(column);
}

int Query::columnCount() const
{
    return m_pg && m_pg->ran ? m_pg->statement->columnCount() : m_query->record().count();
}

int Query::numRowsAffected() const
{
    return m_pg && m_pg->ran ? m_pg->statement->changes() : m_query->numRowsAffected();
}

QString Query::lastErrorText() const
{
    if (m_pg && m_pg->statement && (m_pg->ran || !m_pg->statement->isValid()))
        return m_pg->statement->error();
    return m_query->lastError().text();
}

void Query::finish()
{
    if (m_pg && m_pg->ran)
        m_pg->statement->reset();
    m_query->finish();
}

} // namespace ff
