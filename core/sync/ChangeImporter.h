// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Change.h"
#include "core/journal/EncodedChange.h"
#include "core/schema/Role.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <functional>
#include <optional>

namespace ff {

class Database;

/// Applies changes made on other devices, all of a batch in one transaction.
///
/// Each change goes through the same ChangeApplier as local edits, so the merge rule is the same
/// everywhere. A change already here is skipped (idempotent). A change that cannot be applied is
/// parked with its reason, never dropped and never blocking the rest of the batch: malformed or
/// unknown ones stay parked for a person to look at; a member whose household has not arrived yet
/// waits and is applied by the import that brings the household.
class ChangeImporter
{
    Q_DECLARE_TR_FUNCTIONS(ChangeImporter)

public:
    struct Report
    {
        int applied = 0;
        int alreadyHere = 0;
        int parked = 0;
        /// Waiting changes applied because what they needed arrived.
        int unparked = 0;
        /// Fields that are now in conflict and were not before, counted per (record, field).
        int conflictsOpened = 0;
        /// Parked changes by reason code (reasonText() says it in words).
        QMap<QString, int> parkedReasons;
        /// Households this import brought here: their first change was applied by it (at the
        /// county, the households a caseworker's laptop filed, which become theirs).
        QList<QByteArray> newHouseholds;
        /// Assignments this import applied (Options::assigneeRefusal): a household's new
        /// `caseworker`, set by a station supervisor's or county user's device, for the county to
        /// follow (core/server/HouseholdAssignment::follow).
        QList<QPair<QByteArray, QString>> assignments;
    };

    struct Options
    {
        /// Write the record rows and the household list's data (member summary, search keys). The
        /// county server turns this off: it keeps the journal and the merge state, which is all it
        /// reads, and marks the file so that the app rebuilds the rest if it ever opens it
        /// (JournalReplayer::rebuildIfStale).
        bool recordRows = true;
        /// When set (the county importing a laptop's package: the sending device), every change
        /// must have been made on this device; any other is parked ("not_from_sender").
        QString origin;
        /// When set (the county's import), every change is judged by the authority rule
        /// (core/schema/Authority) as made by the role of the user whose device made it, and parked
        /// with the rule's reason when that role may not make it. Devices it does not know are not
        /// judged. A laptop receiving the county's changes does not judge them: the county did.
        std::function<std::optional<Role>(const QString& device)> roleOf;
        /// When set (the county's import), whether the user of the device that made a change may
        /// write into its household (core/server/WriteScope): empty when they may, else the reason
        /// code to park the change with ("out_of_scope"). Asked once the household is here; a change
        /// waiting for its household is asked when it arrives.
        std::function<QString(const QString& device, const QByteArray& householdId)> scopeRefusal;
        /// With scopeRefusal, on PostgreSQL: shown each batch before it is applied, so that the
        /// verdicts scopeRefusal will give for its households are read in a few statements
        /// (WriteScope::readAhead).
        std::function<void(const QList<EncodedChange>& batch)> scopeReadAhead;
        /// When set (the county's import), whether the user of the device that changed a
        /// household's `caseworker` may give it to that caseworker (core/server/WriteScope): empty
        /// when they may, else the reason code to park the change with ("not_station_caseworker").
        /// Asked after the authority rule, which lets only supervisors and county staff assign.
        std::function<QString(const QString& device, const QString& caseworker)> assigneeRefusal;
        /// Provisioning a fresh laptop: the household list's data are not recomputed at the end of
        /// this import but marked for ChangeApplier::refreshDeferredProjections(), which the pull
        /// runs once after its last page (core/sync/README.md, invariant 20).
        bool deferProjections = false;
    };

    /// The reason codes stored with parked changes (docs/sync-protocol.md, 5.2); the authority
    /// rule's are Authority's (core/schema/Authority).
    static inline const QString kMalformed = QStringLiteral("malformed");
    static inline const QString kUnknownEntity = QStringLiteral("unknown_entity");
    static inline const QString kUnknownField = QStringLiteral("unknown_field");
    static inline const QString kNotFromSender = QStringLiteral("not_from_sender");
    static inline const QString kWaitingForHousehold = QStringLiteral("waiting_for_household");
    /// The sender's user may not write into the change's household (county only, Options::scopeRefusal).
    static inline const QString kOutOfScope = QStringLiteral("out_of_scope");
    /// The change names another household than the one its record belongs to.
    static inline const QString kWrongHousehold = QStringLiteral("wrong_household");
    /// A household assigned to someone who is not a caseworker of the assigning supervisor's
    /// station (county only, Options::assigneeRefusal).
    static inline const QString kNotStationCaseworker = QStringLiteral("not_station_caseworker");

    /// A reason code in words, in the reader's language.
    static QString reasonText(const QString& code);

    [[nodiscard]] static Status apply(Database& db, const QList<Change>& changes, Report* report = nullptr);
    [[nodiscard]] static Status apply(Database& db, const QList<Change>& changes, const Options& options,
                                      Report* report = nullptr);
    /// The same for changes read from a package (PackageReader): their fields and bases go to the
    /// journal as the bytes they arrived in.
    [[nodiscard]] static Status apply(Database& db, const QList<EncodedChange>& changes,
                                      const Options& options, Report* report = nullptr);
};

} // namespace ff
