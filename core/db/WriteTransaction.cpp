// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/WriteTransaction.h"

#include "core/db/Database.h"
#include "core/db/PostgresRowBatch.h"
#include "core/db/PostgresStatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace ff {

WriteTransaction::WriteTransaction(Database& db) : m_db(db)
{
    QSqlQuery q(db.sql());
    if (db.dialect().isPostgres()) {
        // One writer at a time in every process on the database, until this transaction ends: the
        // journal's seq is then given in the order of the commits (docs/postgresql.md).
        m_nested = db.openTransactions() > 0;
        // Rows held back belong before the savepoint (PostgresRowBatch).
        if (m_nested && !PostgresRowBatch::sendHeldRows(db.sql(), &m_error))
            return;
        m_open =
            m_nested
                ? q.exec(QStringLiteral("SAVEPOINT ff_write"))
                : q.exec(QStringLiteral("BEGIN")) &&
                      q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SqlDialect::kWriteLock));
        if (!m_open) {
            m_error = q.lastError().text();
            if (!m_nested)
                q.exec(QStringLiteral("ROLLBACK"));
            return;
        }
        ++db.openTransactions();
        return;
    }
    sqlite3* handle = db.handle();
    m_nested = handle && sqlite3_get_autocommit(handle) == 0;
    m_open = q.exec(m_nested ? QStringLiteral("SAVEPOINT ff_write") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_open)
        m_error = q.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    if (m_db.dialect().isPostgres()) {
        --m_db.openTransactions();
        // Rolled back with the rest (a failure to write them changes nothing then).
        PostgresRowBatch::sendHeldRows(m_db.sql());
    }
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
    if (m_db.dialect().isPostgres()) {
        if (!PostgresRowBatch::sendHeldRows(m_db.sql(), &m_error))
            return false;
        // A statement that failed ended the transaction, even one whose failure went unnoticed:
        // PostgreSQL would answer COMMIT with a rollback, which QPSQL reports as done.
        if (PostgresStatement::inFailedTransaction(m_db.sql())) {
            m_error = QStringLiteral("a statement of the transaction failed");
            return false;
        }
    }
    QSqlQuery q(m_db.sql());
    if (!q.exec(m_nested ? QStringLiteral("RELEASE ff_write") : QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        return false;
    }
    m_open = false;
    if (m_db.dialect().isPostgres())
        --m_db.openTransactions();
    return true;
}

} // namespace ff
