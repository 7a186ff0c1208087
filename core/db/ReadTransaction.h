// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ff {

class Database;

/// A read transaction: every read until it ends sees one snapshot of the database (a change
/// another connection commits meanwhile is not seen halfway). Ended, never committed, when it
/// goes out of scope.
class ReadTransaction
{
    Q_DISABLE_COPY_MOVE(ReadTransaction)

public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    bool isOpen() const { return m_open; }

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace ff
