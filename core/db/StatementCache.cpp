// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/StatementCache.h"

#include "core/db/SqlStatement.h"

namespace ff {

StatementCache::~StatementCache() { qDeleteAll(m_statements); }

SqlStatement& StatementCache::get(const QString& sql)
{
    SqlStatement*& s = m_statements[sql];
    if (!s)
        s = new SqlStatement(m_db, sql);
    else // one that could not be prepared (the file busy, or locked) is not kept failing
        s->prepareIfInvalid(sql);
    return *s;
}

} // namespace ff
