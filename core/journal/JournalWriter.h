// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Change.h"
#include "core/journal/Session.h"
#include "core/schema/Authority.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ff {

class ChangeApplier;
class Database;

/// The single writer every local edit goes through.
///
/// commit() turns a batch of edits into changes (this device's next sequence numbers, a hybrid
/// logical clock timestamp, the heads each field had as bases) and, in one SQLite transaction,
/// appends them to the journal and applies them to the tables. Either every edit of the batch is
/// saved with its journal entry, or nothing is. Every change is judged by the authority rule for
/// the session's role first (the rule the county's import applies): a refused change saves nothing.
class JournalWriter
{
    Q_DECLARE_TR_FUNCTIONS(JournalWriter)

public:
    /// What the user changed in one record.
    struct Edit
    {
        QString entity;
        QString recordId;
        QString householdId;
        Change::Op op = Change::Op::Update;
        /// New values; for an update only the fields that differ from the stored ones become part
        /// of the change, and an update that changes nothing writes nothing.
        QVariantMap fields;
    };

    /// How a commit writes; the defaults are every person's edit on a laptop.
    struct Options
    {
        /// Write the record rows (off on the county's store, which keeps only the journal and the
        /// merge state; the file is then marked for a rebuild, JournalReplayer::markStale()).
        bool recordRows = true;
        /// Each field set supersedes every head it has, whatever their values: the county's
        /// assignment settles who holds a household, over any value laptops gave it.
        bool supersedeAllHeads = false;
        /// Every update also says its record is still there (`_deleted` = 0 over the removal state
        /// seen, core/journal/README.md). Off for the county's assignment, which says who holds a
        /// household, not whether it is there.
        bool markKept = true;
    };

    /// Writes as the session's person, by the session's clock.
    JournalWriter(Database& db, const Session& session);

    /// Refused, with nothing written, when the session has nobody acting (Session::none()).
    [[nodiscard]] Status commit(const QList<Edit>& edits, QList<Change>* made = nullptr);
    [[nodiscard]] Status commit(const QList<Edit>& edits, const Options& options,
                                QList<Change>* made = nullptr);

    /// After changes from elsewhere were applied: later local edits must order after the
    /// greatest clock seen (`hlc`). The writer is the one owner of the device's sequence and
    /// clock; importers report to it. Call inside the importing transaction.
    [[nodiscard]] static Status observe(Database& db, quint64 hlc);

    /// The database's device id, made on first use (the writer is its one owner).
    static QString deviceId(Database& db);
    /// A new record id (a UUID made here; nothing waits for a server).
    static QString newId();

private:
    /// The note_review edits a caseworker's changes `made` imply (core/schema, RecordType::
    /// Supervision): a reviewed record that is ready goes (back) into the supervisor's queue, a
    /// removed one out of it.
    QList<Edit> reviewEdits(ChangeApplier& applier, const QList<Change>& made) const;
    /// The authority rule on change `c` by the session's person: its record `exists` with the
    /// `current` values shown.
    Authority::Verdict judge(const RecordType& type, const Change& c, bool exists,
                             const QVariantMap& current) const;

    Database& m_db;
    Session m_session;
};

} // namespace ff
