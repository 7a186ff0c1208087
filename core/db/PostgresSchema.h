// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

class QSqlDatabase;

namespace ff {

/// The county's tables in a PostgreSQL database (docs/postgresql.md): the subset of the laptop's
/// schema the county uses — the journal and the merge state, parked changes (the county keeps no
/// record rows, core/server invariant 1) — with the server's own tables, the published documents
/// and attachment contents. Made by the first open of an empty database and versioned in
/// `meta.schema_version`: an append-only list of steps, each run in one transaction with its
/// version, under an advisory lock so that servers starting together make it once. A database
/// from a newer Fieldfile is refused and left untouched.
class PostgresSchema
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSchema)

public:
    using Step = QStringList;
    static const QList<Step>& steps();
    static int latestVersion() { return int(steps().size()); }

    /// Brings the database the connection is on to the latest version.
    [[nodiscard]] static Status run(QSqlDatabase& db);
    /// The version of the database the connection is on (0: no Fieldfile tables, -1: unreadable).
    static int version(QSqlDatabase& db);
};

} // namespace ff
