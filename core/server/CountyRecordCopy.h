// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/Database.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace ff {

/// The county's records as a laptop holds them, for counting (fieldfile-server report): the
/// county keeps only the journal and the merge state (README invariant 1), so a copy of its
/// database, taken in one snapshot (VACUUM INTO), has its record tables rebuilt from the journal
/// by the replay every laptop trusts (JournalReplayer). The county database itself is only read.
/// The copy lives in a private folder (0700) beside the county database, on the same protected
/// disk, and is removed with this object. A county in PostgreSQL (docs/postgresql.md) has its
/// journal, published forms and county id copied from one snapshot into a new SQLite file in a
/// private folder beside its key file instead, replayed there the same way.
class CountyRecordCopy
{
    Q_DECLARE_TR_FUNCTIONS(CountyRecordCopy)
    Q_DISABLE_COPY_MOVE(CountyRecordCopy)

public:
    CountyRecordCopy();
    ~CountyRecordCopy();

    /// Copies `county` and rebuilds the copy's records (slow on a large county: the whole journal
    /// is replayed).
    [[nodiscard]] Status make(Database& county);
    /// The copy; only after make() succeeded.
    Database& database() { return *m_db; }

private:
    /// Makes the copy at `path` from a county in PostgreSQL.
    [[nodiscard]] Status copyFromPostgres(Database& county, const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace ff
