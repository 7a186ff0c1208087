// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/EncodedChange.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ff {

class Database;

/// Data derived from the records of one household — the household list's summary and search keys,
/// later the counters reports read — kept in step by the ChangeApplier: recomputed once per
/// household per transaction, never journaled, rebuilt by a replay.
class Projection
{
public:
    virtual ~Projection() = default;
    /// Recomputes what it derives for one household, inside the caller's write transaction.
    [[nodiscard]] virtual Status refresh(const QString& householdId) = 0;
    /// A pass that refreshes every household once (ChangeApplier::refreshDeferredProjections):
    /// between beginPass() and endPass() a projection may hold back some of its writes and make
    /// them in an order its tables take more cheaply; endPass() writes what is held back, in the
    /// same transaction. Outside a pass every refresh() writes everything at once.
    [[nodiscard]] virtual Status beginPass() { return Status::ok(); }
    [[nodiscard]] virtual Status endPass() { return Status::ok(); }
};

/// The projections every database keeps. The journal does not know them: the layer that defines
/// them installs them once when the program starts (RecordProjections::install()), and every
/// applier runs them.
class Projections
{
public:
    struct Kind
    {
        /// Whether a change alters what the projection derives for the change's household; a change
        /// that does not (a visit, a service log) leaves it as it was.
        bool (*affectedBy)(const EncodedChange& change) = nullptr;
        /// The projection over one connection (it may prepare its statements there).
        std::unique_ptr<Projection> (*make)(Database& db) = nullptr;
        /// The statements that empty what the projection keeps beside the record tables (a word
        /// index): a rebuild from the journal runs them as it empties the records.
        QStringList clear = {};
    };

    /// Installs the program's projections (idempotent for the same list).
    static void install(const QList<Kind>& kinds);
    static bool isInstalled();
    static const QList<Kind>& installed();
};

} // namespace ff
