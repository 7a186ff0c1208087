// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/WriteTransaction.h"

#include "core/db/SqlStatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace ff {

WriteTransaction::WriteTransaction(QSqlDatabase& db) : m_db(db)
{
    sqlite3* handle = SqlStatement::handleOf(db);
    m_nested = handle && sqlite3_get_autocommit(handle) == 0;
    QSqlQuery q(db);
    m_open = q.exec(m_nested ? QStringLiteral("SAVEPOINT ff_write") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_open)
        m_error = q.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    if (m_nested) {
        q.exec(QStringLiteral("ROLLBACK TO ff_write"));
        q.exec(QStringLiteral("RELEASE ff_write"));
    } else {
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(m_nested ? QStringLiteral("RELEASE ff_write") : QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        return false;
    }
    m_open = false;
    return true;
}

} // namespace ff
