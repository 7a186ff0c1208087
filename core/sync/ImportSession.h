// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/Query.h"
#include "core/db/SqlStatement.h"
#include "core/db/WriteTransaction.h"
#include "core/journal/ChangeApplier.h"
#include "core/journal/EncodedChange.h"
#include "core/sync/ChangeImporter.h"
#include "core/util/Result.h"

#include <functional>
#include <QList>
#include <QPair>
#include <QSet>

#include <memory>
#include <optional>

namespace ff {

class Database;
class PostgresRowBatch;

/// One import of changes from elsewhere, fed in batches (ChangeImporter::apply hands it one list;
/// a package's import hands it the batches PayloadPipeline reads while the earlier ones are
/// applied). Everything between begin() and finish() is one transaction: finish() commits it,
/// and a session that is destroyed unfinished — or any failure — leaves the database as it was.
///
/// What ChangeImporter promises holds whatever the batching: a change already here is skipped,
/// one that cannot be applied is parked with its reason, a member whose household comes later in
/// the same import (in this batch or a later one) waits and is applied at finish() (and counted
/// as applied, not parked).
class ImportSession
{
    Q_DISABLE_COPY_MOVE(ImportSession)

public:
    ImportSession(Database& db, const ChangeImporter::Options& options);
    ~ImportSession();

    [[nodiscard]] Status begin();
    [[nodiscard]] Status add(const QList<EncodedChange>& batch);
    [[nodiscard]] Status finish(ChangeImporter::Report* report);

    /// A package's whole import, the one way the county and the laptop import one: begin, every
    /// batch of `payload` (a CBOR array of `expectedChanges` changes, at most `maxChanges`) read by
    /// PayloadPipeline while the earlier ones are applied — each shown first to `seen`, if given —
    /// then finish. All of it is kept, or none.
    [[nodiscard]] static Status
    importPayload(Database& db, const ChangeImporter::Options& options, const QByteArray& payload,
                  qint64 expectedChanges, qsizetype maxChanges, ChangeImporter::Report* report,
                  const std::function<void(const QList<EncodedChange>&)>& seen = {});

private:
    /// The caseworker a change to an existing household assigns it to (empty when it clears the
    /// field); nothing when the change assigns nothing.
    static std::optional<QString> assigneeOf(const EncodedChange& c);
    bool hasHousehold(const QByteArray& householdId);
    /// The authority rule's reason to park a change (Options::roleOf), or empty.
    QString refusal(const EncodedChange& change);
    /// The reasons that depend on what is here: the authority rule, the record's household, and
    /// (`withScope`) the sender's write scope; empty when none applies.
    QString judgeArrived(const EncodedChange& change, bool withScope);
    Status failed(const QString& detail) const;

    Database& m_db;
    ChangeImporter::Options m_options;
    std::unique_ptr<WriteTransaction> m_tx;
    std::unique_ptr<ChangeApplier> m_applier;
    std::unique_ptr<SqlStatement> m_householdExists;
    Query m_park;
    /// On PostgreSQL, parked changes whose count nothing waits for are held back and written
    /// together (PostgresRowBatch); null on SQLite.
    std::unique_ptr<PostgresRowBatch> m_parkRows;
    ChangeImporter::Report m_report;
    /// Households known to be here — applied earlier in this import, or found in the database: they
    /// never leave during an import (a deletion is a tombstone). A household change that was parked
    /// does not make its household present, so its members wait rather than arrive without it.
    QSet<QByteArray> m_present;
    /// Changes parked here to wait for a household: if it arrives in this import, they count as applied.
    QSet<QPair<QString, qint64>> m_waitingHere;
    quint64 m_maxHlc = 0;
    /// The role of each device met, as Options::roleOf says.
    QHash<QString, std::optional<Role>> m_roles;
};

} // namespace ff
