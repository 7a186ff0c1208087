// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QtGlobal>

namespace ff {

class Database;

/// For work whose result may stop being wanted while it runs (a worker thread's connection, its
/// result dropped by a newer request, the lock or the window closing): while this lives, a
/// statement on the connection stops with an error once `stop` says so, asked every kSteps steps
/// of SQLite's machine while a statement runs; the statements after it stop the same way. `stop`
/// is called on the thread running the statement. SQLite only: on PostgreSQL, or a closed
/// connection, statements run to their end.
class StatementInterrupt
{
    Q_DISABLE_COPY_MOVE(StatementInterrupt)

public:
    static constexpr int kSteps = 1000;

    StatementInterrupt(Database& db, std::function<bool()> stop);
    ~StatementInterrupt();

private:
    static int check(void* self);

    Database& m_db;
    std::function<bool()> m_stop;
    bool m_installed = false;
};

} // namespace ff
