// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/WriteTransaction.h"

#include "core/db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace ff {

WriteTransaction::WriteTransaction(Database& db) : m_db(db)
{
    sqlite3* handle = db.handle();
    m_nested = handle && sqlite3_get_autocommit(handle) == 0;
    QSqlQuery q(db.sql());
    m_open = q.exec(m_nested ? QStringLiteral("SAVEPOINT ff_write") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_open)
        m_error = q.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db.sql());
    if (m_nested) {
        q.exec(QStringLiteral("ROLLBACK TO ff_write"));
        q.exec(QStringLiteral("RELEASE ff_write"));
    } else {
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::commit()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(m_nested ? QStringLiteral("RELEASE ff_write") : QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        return false;
    }
    m_open = false;
    return true;
}

} // namespace ff
