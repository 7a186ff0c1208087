// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Change.h"

#include <QList>

namespace ff {

class Database;

/// Reads changes back out of the journal in the order this database received them.
class JournalReader
{
public:
    explicit JournalReader(Database& db) : m_db(db) {}

    /// Changes received after local position `after` (0: from the start), at most `limit`;
    /// `last` receives the local position of the last one returned.
    QList<Change> since(qint64 after, int limit = -1, qint64* last = nullptr) const;
    /// The local position of the newest change (0 when the journal is empty).
    qint64 lastPosition() const;

private:
    Database& m_db;
};

} // namespace ff
