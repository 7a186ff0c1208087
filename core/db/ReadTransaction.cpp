// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/ReadTransaction.h"

#include "core/db/Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ff {

ReadTransaction::ReadTransaction(Database& db) : m_db(db)
{
    if (!db.dialect().isPostgres()) {
        m_open = db.sql().transaction();
        return;
    }
    // Inside another transaction its reads are already one snapshot, or its own writes.
    if (db.openTransactions() > 0)
        return;
    // One snapshot for every statement until the end, as a SQLite read transaction gives.
    QSqlQuery q(db.sql());
    m_open = q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (m_open)
        ++db.openTransactions();
}

ReadTransaction::~ReadTransaction()
{
    if (!m_open)
        return;
    if (!m_db.dialect().isPostgres()) {
        m_db.sql().rollback();
        return;
    }
    QSqlQuery(m_db.sql()).exec(QStringLiteral("ROLLBACK"));
    --m_db.openTransactions();
}

} // namespace ff
