// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/StatementInterrupt.h"

#include "core/db/Database.h"

#include <sqlite3.h>

namespace ff {

StatementInterrupt::StatementInterrupt(Database& db, std::function<bool()> stop)
    : m_db(db), m_stop(std::move(stop))
{
    sqlite3* h = m_db.isOpen() ? m_db.handle() : nullptr;
    if (!h || !m_stop)
        return;
    // A non-zero answer ends the running statement with SQLITE_INTERRUPT.
    sqlite3_progress_handler(h, kSteps, &StatementInterrupt::check, this);
    m_installed = true;
}

StatementInterrupt::~StatementInterrupt()
{
    if (!m_installed || !m_db.isOpen())
        return;
    if (sqlite3* h = m_db.handle())
        sqlite3_progress_handler(h, 0, nullptr, nullptr);
}

int StatementInterrupt::check(void* self) { return static_cast<StatementInterrupt*>(self)->m_stop() ? 1 : 0; }

} // namespace ff
