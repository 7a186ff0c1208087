// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/JournalWriter.h"
#include "core/journal/Session.h"
#include "core/schema/Authority.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace ff {

class Database;

/// Merges a household filed twice (一户一档: one file per household) into the one that stays:
/// the duplicate's records are written again into the household that stays, with new ids and
/// every reference among them (a member, a goal, an assessment, a reviewed record) following;
/// a member whose resident ID number the household that stays already has is that member, not a
/// second one; then the duplicate is removed, naming the household it went into (`merged_into`).
/// One journal commit, so it reaches the county and every laptop holding either household with
/// the next sync. Only a station supervisor or county staff merge (the authority rule). Records
/// written for the duplicate offline before a laptop heard of the merge follow it there
/// (followMerges()).
class HouseholdMerge
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdMerge)

public:
    HouseholdMerge(Database& db, const Session& session);

    /// What a merge of `duplicateId` into `keepId` would do.
    struct Plan
    {
        QString keepId;
        QString duplicateId;
        /// Members written into the household that stays, and members it already had (same ID number).
        int membersMoved = 0;
        int membersMatched = 0;
        /// Other records by record type label ("Visit" → 3), in the user's language.
        QList<QPair<QString, int>> records;
        /// The edits the merge commits (for the merge and for tests).
        QList<JournalWriter::Edit> edits;
        int recordCount() const;
    };
    /// Reads both households and prepares the merge; an error when either is not on this laptop,
    /// they are the same, or the person may not merge.
    [[nodiscard]] Status plan(const QString& keepId, const QString& duplicateId, Plan* plan) const;
    /// Commits a plan: everything, or nothing.
    [[nodiscard]] Status merge(const Plan& plan);

    /// Records written for a duplicate after it was merged (offline, before the laptop heard of the
    /// merge) are moved after it, into the household it went into: run after a sync, by anyone who
    /// may write them. Records moved before are not moved again (their ids in the household that
    /// stays are derived from their own, movedId()). `moved`: the records written.
    [[nodiscard]] Status followMerges(int* moved = nullptr);
    /// Whether `role` may merge households (write `merged_into`): the authority rule's verdict.
    static Authority::Verdict mayMerge(Role role);
    /// The id a duplicate's record `originalId` gets in the household `keepId`.
    static QString movedId(const QString& keepId, const QString& originalId);

private:
    /// plan(); `follow`: the duplicate is merged already (only what is not moved yet, and neither
    /// the duplicate's removal nor reviews).
    [[nodiscard]] Status planMerge(const QString& keepId, const QString& duplicateId, bool follow,
                                   Plan* plan) const;

    Database& m_db;
    Session m_session;
};

} // namespace ff
