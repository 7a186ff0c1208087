// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/VisitRules.h"

#include <functional>

#include <QDate>
#include <QList>
#include <QString>

namespace ff {

class Database;

/// One thing the caseworker has to do (我的待办), about one household.
struct Task
{
    enum class Kind
    {
        Visit,          ///< a visit due or overdue by the visit rules
        Referral,       ///< a referral's follow-up date (sent or accepted)
        PlanAction,     ///< a plan action due (planned or in progress)
        FollowUp,       ///< a service log's follow-up still owed
        ReturnedNote,   ///< a note the station supervisor returned with a comment
        StatusDecision, ///< a status review returned by the station, or confirmed or refused by the county
    };
    /// How a status review was decided (StatusDecision only).
    enum class Decision
    {
        None,
        ReturnedByStation,
        Confirmed,
        Refused,
    };

    Kind kind = Kind::Visit;
    QString householdId;
    QString householdNo;
    QString headName;
    QString village;
    /// The record the task is about, to open the household file there: its type and id (a visit
    /// task names no record: the household is due).
    QString recordType;
    QString recordId;
    /// What it is about, as stored: the visit rule's group (empty: the default rule), the
    /// referral's agency code, the plan action, the service given, the returned note's title
    /// (ReviewQueue::titleOf), the proposed assistance status.
    QString subject;
    /// When it was due (visit, follow-up, action), or the day it reached the caseworker (returned,
    /// decided). Invalid for a household never visited.
    QDate date;
    /// Days since `date` (negative: days left); a household never visited: the rule's interval.
    int daysLate = 0;

    // Visit
    bool neverVisited = false;
    int intervalDays = 0;
    QDate plannedOn; ///< the earliest planned visit not done yet

    // ReturnedNote, StatusDecision
    QString by;      ///< who returned or decided
    QString comment; ///< the supervisor's latest comment, or the opinion given with the decision
    Decision decision = Decision::None;
    QString fromStatus; ///< StatusDecision: the status when proposed

    bool isLate() const { return neverVisited || daysLate > 0; }
    /// The order of urgency: never visited first, then the most days late.
    int urgency() const;
};

/// The caseworker's task list (我的待办): everything on this laptop's caseload that needs them,
/// as one list for planning a day's route. It gathers, by the rules the rest of core/records keeps:
/// visits due or overdue (DueVisitQuery), referral follow-ups (Referral::isOverdue, and those due
/// soon), plan actions due (PlanAction::isOverdue, and soon), service-log follow-ups owed
/// (ServiceLogRepository::overdueFollowUps), notes returned by the station supervisor with the
/// latest comment of their thread (NoteReviewRepository), and status reviews decided lately.
///
/// A decided status review (returned by the station, confirmed or refused by the county) is a task
/// while it is the household's latest review and was decided within `kDecisionDays` days: the
/// caseworker tells the household, or proposes again (which ends the task). This is the same on
/// every laptop and needs no local "seen" mark.
class TaskList
{
public:
    /// How long a decided status review stays on the list.
    static constexpr int kDecisionDays = 30;

    TaskList(Database& db, VisitRules rules) : m_db(db), m_rules(std::move(rules)) {}

    /// For a worker whose result may stop being wanted (a newer refresh, the lock): asked after
    /// each kind of task is gathered; once it says stop, tasks() returns at once what it has,
    /// unsorted, which the caller drops. Empty (the default): never asked.
    void setStopCheck(std::function<bool()> stopped) { m_stopped = std::move(stopped); }

    /// The tasks late today or due within `withinDays`, grouped by village (the village with the
    /// most urgent task first), then by household (most urgent first, a household's tasks
    /// together), then most urgent first.
    QList<Task> tasks(QDate today, int withinDays) const;

    /// The order of tasks(); equal tasks keep the order they came in.
    static void sortForRoutes(QList<Task>& list);

private:
    void addVisits(QList<Task>& out, QDate today, int withinDays) const;
    void addReferrals(QList<Task>& out, QDate today, int withinDays) const;
    void addPlanActions(QList<Task>& out, QDate today, int withinDays) const;
    void addFollowUps(QList<Task>& out, QDate today, int withinDays) const;
    void addReturnedNotes(QList<Task>& out, QDate today) const;
    void addStatusDecisions(QList<Task>& out, QDate today) const;

    Database& m_db;
    VisitRules m_rules;
    std::function<bool()> m_stopped;
};

} // namespace ff
