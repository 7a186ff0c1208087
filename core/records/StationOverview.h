// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/VisitRules.h"
#include "core/schema/Role.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ff {

class Database;

/// One caseworker's line of the station overview: their caseload and what in it waits.
struct StationOverviewRow
{
    /// The households' `caseworker` (and, for the notes, who submitted them); empty: households
    /// with no caseworker.
    QString caseworker;
    int households = 0;
    /// By the due-visit rule (DueVisitQuery): the strictest interval of the members' special groups
    /// has passed since the later of last_visit and the latest done visit, or never visited.
    int visitsOverdue = 0;
    int openRisks = 0;
    /// Open child-protection flags whose mandatory report is not recorded yet (强制报告).
    int childProtectionUnreported = 0;
    /// Days since the oldest of those was raised; -1 when there is none.
    int oldestUnreportedDays = -1;
    /// Days since the oldest open flag of any kind was raised; -1 when there is none.
    int oldestRiskDays = -1;
    /// Sent or accepted, with a follow-up date that has passed (Referral::isOverdue).
    int referralsOverdue = 0;
    /// Due date passed, neither done nor dropped (PlanAction::isOverdue).
    int actionsOverdue = 0;
    /// Waiting for the viewer's step of the status decision chain (StatusReviewRepository::waiting).
    int statusReviewsWaiting = 0;
    /// Notes this caseworker submitted that wait for review, and those returned to them.
    int notesPending = 0;
    int notesReturned = 0;
};

/// The station overview on the supervisor's workbench (督导工作台): one row per caseworker with
/// their caseload and what waits in it — overdue visits, open risk flags (child-protection
/// concerns not yet reported first), overdue referral follow-ups and plan actions, status reviews
/// waiting, notes awaiting review and returned — and, for each number, the households and records
/// behind it. Each figure is one grouped SQL statement over the record tables (their
/// household_id indexes, the visit(household_id, visited_on) index for the last visit), so a
/// county database costs one pass per figure, not one query per household.
class StationOverview
{
    Q_DECLARE_TR_FUNCTIONS(StationOverview)

public:
    enum class Measure
    {
        Households,
        VisitsOverdue,
        OpenRisks,
        ReferralsOverdue,
        ActionsOverdue,
        StatusReviewsWaiting,
        NotesPending,
        NotesReturned,
    };

    /// A household or record behind a number.
    struct Entry
    {
        QString householdId;
        QString householdNo;
        QString headName;
        QString village;
        QString caseworker;
        QString recordId; ///< the record counted (empty for households and visits)
        /// What it is, in the user's language: "Child protection · high · not reported",
        /// "Medical aid · follow up by 2026-05-01", "Last visit 2026-02-01, every 30 days".
        QString what;
        /// Days overdue, or waiting, or since raised (by the measure); -1 when not known.
        int days = -1;
        /// Needs attention first: a child-protection concern not reported yet.
        bool urgent = false;
    };

    /// `viewer`: whose step of the status chain counts as waiting (the county's, or the station's
    /// for anyone else). `today`: the day ages and due dates are counted to.
    StationOverview(Database& db, VisitRules rules, QDate today, Role viewer = Role::Supervisor);

    /// One row per caseworker, by name; households with no caseworker last.
    QList<StationOverviewRow> rows() const;
    /// The sum of `rows` (oldest ages: the oldest of all), caseworker empty.
    static StationOverviewRow total(const QList<StationOverviewRow>& rows);

    /// What a number of rows() counts, for one caseworker (empty: no caseworker) or everyone
    /// (nullopt). Most urgent first: longest overdue or waiting first; open risks with the
    /// unreported child-protection concerns first. At most `limit` entries.
    QList<Entry> entries(Measure measure, const std::optional<QString>& caseworker, int limit = 5000) const;
    /// How many entries there are (equal to the matching number of rows()).
    int count(Measure measure, const std::optional<QString>& caseworker) const;

private:
    /// The households whose visit is overdue; only `caseworker`'s when given.
    QString visitsSql(const std::optional<QString>& caseworker = std::nullopt) const;
    QString intervalSql() const;

    Database& m_db;
    VisitRules m_rules;
    QDate m_today;
    Role m_viewer;
};

} // namespace ff
