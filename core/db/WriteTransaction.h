// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

class Database;

/// A write transaction begun with BEGIN IMMEDIATE, so that what is read inside it (the device's
/// sequence number, the clock) cannot race another writer; rolled back unless committed.
///
/// Opened while the connection is already inside a transaction (a bulk writer such as the demo
/// generator holding one around many commits), it is a savepoint of that transaction instead: still
/// all or nothing, and durable when the outer transaction commits.
class WriteTransaction
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction();
    bool isOpen() const { return m_open; }
    /// Commits (or, nested, releases the savepoint into the outer transaction).
    [[nodiscard]] bool commit();
    QString error() const { return m_error; }

private:
    Database& m_db;
    bool m_open = false;
    bool m_nested = false;
    QString m_error;
};

} // namespace ff
