// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/ReadTransaction.h"

#include "core/db/Database.h"

#include <QSqlDatabase>

namespace ff {

ReadTransaction::ReadTransaction(Database& db) : m_db(db), m_open(db.sql().transaction()) {}

ReadTransaction::~ReadTransaction()
{
    if (m_open)
        m_db.sql().rollback();
}

} // namespace ff
