// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/Query.h"

#include "core/db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ff {

Query::Query(Database& db) : m_query(std::make_unique<QSqlQuery>(db.sql())) {}

Query::Query(Query&& other) noexcept = default;

Query& Query::operator=(Query&& other) noexcept = default;

Query::~Query() = default;

void Query::setForwardOnly(bool forward) { m_query->setForwardOnly(forward); }

bool Query::prepare(const QString& sql) { return m_query->prepare(sql); }

void Query::addBindValue(const QVariant& value) { m_query->addBindValue(value); }

void Query::addBindList(const QStringList& values)
{
    m_query->addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact)));
}

bool Query::exec() { return m_query->exec(); }

bool Query::exec(const QString& sql) { return m_query->exec(sql); }

bool Query::next() { return m_query->next(); }

QVariant Query::value(int column) const { return m_query->value(column); }

int Query::columnCount() const { return m_query->record().count(); }

int Query::numRowsAffected() const { return m_query->numRowsAffected(); }

QString Query::lastErrorText() const { return m_query->lastError().text(); }

void Query::finish() { m_query->finish(); }

} // namespace ff
