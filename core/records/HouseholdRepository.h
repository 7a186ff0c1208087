// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/model/ValidationIssue.h"
#include "core/records/HouseholdFile.h"
#include "core/util/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QStringList>

namespace ff {

class Database;

/// Loads household files and saves them, validated, through the journal writer.
class HouseholdRepository
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)

public:
    explicit HouseholdRepository(Database& db, const Session& session = Session::none());

    std::optional<HouseholdFile> load(const QString& householdId) const;
    /// One field of a household as stored (null when there is no such household).
    QVariant value(const QString& householdId, const QString& field) const;
    /// The household's members as (id, name), in the order they were added; with `removedToo`,
    /// also those removed (a conflict or an old record may still name them).
    QList<QPair<QString, QString>> memberNames(const QString& householdId, bool removedToo = false) const;
    /// The name of a member, removed or not (empty for an unknown id).
    QString memberName(const QString& memberId) const;
    /// Where a new household is probably filed: the county, township and station of the last one
    /// `caseworker` filed (or, on a new laptop, of the last one on file).
    QVariantMap lastPlace(const QString& caseworker) const;

    /// Validates and saves the file in one transaction: the household, every member (new ones get
    /// ids) and the removal of members no longer listed. On any issue nothing is saved, `issues`
    /// says what to correct, and the status carries a summary. On success file's ids are filled in.
    /// The assistance status of a household already on file is never changed here, whoever saves:
    /// a caseworker proposes the change through a status review, whose approval sets it. A new
    /// household's status is the one it is filed with, unconfirmed until confirmStatus().
    [[nodiscard]] Status save(HouseholdFile& file, QList<ValidationIssue>* issues = nullptr);

    /// Whether the household's status was confirmed (by a supervisor or the county, or decided by
    /// a status review); a household without a status has nothing to confirm.
    bool isStatusConfirmed(const QString& householdId) const;
    /// A station supervisor or county user confirms the status a household was filed with.
    [[nodiscard]] Status confirmStatus(const QString& householdId);
    /// Assigns households to `caseworker` (a station supervisor among the station's caseworkers,
    /// county staff to any): one commit of each household's `caseworker`, skipping those that are
    /// theirs already. The county follows it at its import (HouseholdAssignment::follow) — the
    /// station, and which laptops hold the household, change with the next sync. `changed`: how
    /// many households this changed. Refused whole for a caseworker (the authority rule).
    [[nodiscard]] Status assign(const QStringList& householdIds, const QString& caseworker,
                                int* changed = nullptr);

private:
    /// Refuses any change of the stored status (see save()).
    [[nodiscard]] Status checkStatusChange(const QString& householdId, const QVariant& status,
                                           QList<ValidationIssue>* issues) const;

    Database& m_db;
    Session m_session;
};

} // namespace ff
