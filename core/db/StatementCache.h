// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace ff {

class Database;
class SqlStatement;

/// Prepared statements kept for the life of one connection, so that what is made anew for every
/// commit (JournalWriter's ChangeApplier, Database::meta) does not prepare the same SQL each time:
/// a commit of one small record spent most of its time preparing statements.
///
/// A statement is handed out as its last user left it: every user resets it after use (run() does),
/// and no two users step the same statement at once (one connection is used by one thread). One
/// that failed to prepare is prepared again the next time it is asked for.
class StatementCache
{
    Q_DISABLE_COPY_MOVE(StatementCache)

public:
    explicit StatementCache(Database& db) : m_db(db) {}
    ~StatementCache();

    SqlStatement& get(const QString& sql);

private:
    Database& m_db;
    QHash<QString, SqlStatement*> m_statements;
};

} // namespace ff
