// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/TaskList.h"

#include "core/db/Query.h"
#include "core/records/DueVisitQuery.h"
#include "core/records/NoteReviewRepository.h"
#include "core/records/ReviewQueue.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/StatusReviewRepository.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <climits>

namespace ff {

namespace {
/// The household columns every task query selects last, joined as `h`.
const QString kHouseholdColumns = QStringLiteral("h.household_no, h.head_name, h.village");

void setHousehold(Task& t, const QString& householdId, const Query& q, int firstColumn)
{
    t.householdId = householdId;
    t.householdNo = q.value(firstColumn).toString();
    t.headName = q.value(firstColumn + 1).toString();
    t.village = q.value(firstColumn + 2).toString();
}

QDate dateOf(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }

/// The local day of a UTC timestamp as the journal keeps them (ISO 8601).
QDate localDay(const QString& isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().date() : QDate();
}
} // namespace

int Task::urgency() const { return neverVisited ? INT_MAX : daysLate; }

QList<Task> TaskList::tasks(QDate today, int withinDays) const
{
    QList<Task> out;
    const auto stopped = [this] { return m_stopped && m_stopped(); };
    addVisits(out, today, withinDays);
    if (stopped())
        return out;
    addReferrals(out, today, withinDays);
    if (stopped())
        return out;
    addPlanActions(out, today, withinDays);
    if (stopped())
        return out;
    addFollowUps(out, today, withinDays);
    if (stopped())
        return out;
    addReturnedNotes(out, today);
    if (stopped())
        return out;
    addStatusDecisions(out, today);
    if (stopped())
        return out;
    sortForRoutes(out);
    return out;
}

void TaskList::sortForRoutes(QList<Task>& list)
{
    // A village's place is its most urgent task; a household's too, so a household's tasks stay
    // together on the route.
    QHash<QString, int> villageUrgency, householdUrgency;
    const auto raise = [](QHash<QString, int>& hash, const QString& key, int urgency) {
        auto it = hash.find(key);
        if (it == hash.end())
            hash.insert(key, urgency);
        else
            *it = std::max(*it, urgency);
    };
    for (const Task& t : std::as_const(list)) {
        raise(villageUrgency, t.village, t.urgency());
        raise(householdUrgency, t.householdId, t.urgency());
    }
    // The order of the tasks' positions, each with its urgencies looked up once: sorting the tasks
    // themselves moved every one of their texts at each step and looked up the hashes twice per
    // comparison (a twentieth of the app's start on 10,000 households).
    struct Key
    {
        int village;
        int household;
        int own;
        qsizetype index;
    };
    QList<Key> keys;
    keys.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Task& t = list.at(i);
        keys.append({villageUrgency.value(t.village), householdUrgency.value(t.householdId), t.urgency(), i});
    }
    std::stable_sort(keys.begin(), keys.end(), [&list](const Key& ka, const Key& kb) {
        const Task& a = list.at(ka.index);
        const Task& b = list.at(kb.index);
        if (a.village != b.village)
            return ka.village != kb.village ? ka.village > kb.village : a.village < b.village;
        if (a.householdId != b.householdId)
            return ka.household != kb.household ? ka.household > kb.household : a.householdNo < b.householdNo;
        return ka.own > kb.own;
    });
    QList<Task> sorted;
    sorted.reserve(list.size());
    for (const Key& k : std::as_const(keys))
        sorted.append(std::move(list[k.index]));
    list = std::move(sorted);
}

void TaskList::addVisits(QList<Task>& out, QDate today, int withinDays) const
{
    for (const VisitDue& d : DueVisitQuery(m_db, m_rules).due(today, withinDays)) {
        Task t;
        t.kind = Task::Kind::Visit;
        t.householdId = d.householdId;
        t.householdNo = d.householdNo;
        t.headName = d.headName;
        t.village = d.village;
        t.subject = d.ruleGroup;
        t.date = d.nextDue;
        t.daysLate = d.daysOverdue;
        t.neverVisited = d.neverVisited();
        t.intervalDays = d.intervalDays;
        t.plannedOn = d.plannedOn;
        out.append(t);
    }
}

void TaskList::addReferrals(QList<Task>& out, QDate today, int withinDays) const
{
    // Waiting for the agency (sent or accepted) with a follow-up date: Referral::isOverdue once it
    // has passed; listed from `withinDays` before.
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT r.id, r.household_id, r.agency, r.follow_up_on, ") + kHouseholdColumns +
        QStringLiteral(" FROM referral r JOIN household h ON h.id = r.household_id"
                       " WHERE r.deleted = 0 AND h.deleted = 0 AND r.referral_status IN ('sent', 'accepted')"
                       " AND r.follow_up_on IS NOT NULL AND r.follow_up_on <> '' AND r.follow_up_on <= ?"));
    q.addBindValue(today.addDays(withinDays).toString(Qt::ISODate));
    if (!q.exec())
        return;
    while (q.next()) {
        Task t;
        t.kind = Task::Kind::Referral;
        setHousehold(t, q.value(1).toString(), q, 4);
        t.recordType = QStringLiteral("referral");
        t.recordId = q.value(0).toString();
        t.subject = q.value(2).toString();
        t.date = dateOf(q.value(3));
        t.daysLate = int(t.date.daysTo(today));
        out.append(t);
    }
}

void TaskList::addPlanActions(QList<Task>& out, QDate today, int withinDays) const
{
    // Neither done nor dropped: PlanAction::isOverdue once the due date has passed.
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.household_id, a.action, a.due_on, ") + kHouseholdColumns +
              QStringLiteral(" FROM plan_action a JOIN household h ON h.id = a.household_id"
                             " WHERE a.deleted = 0 AND h.deleted = 0"
                             " AND coalesce(a.status, 'planned') NOT IN ('done', 'dropped')"
                             " AND a.due_on IS NOT NULL AND a.due_on <> '' AND a.due_on <= ?"));
    q.addBindValue(today.addDays(withinDays).toString(Qt::ISODate));
    if (!q.exec())
        return;
    while (q.next()) {
        Task t;
        t.kind = Task::Kind::PlanAction;
        setHousehold(t, q.value(1).toString(), q, 4);
        t.recordType = QStringLiteral("plan_action");
        t.recordId = q.value(0).toString();
        t.subject = q.value(2).toString();
        t.date = dateOf(q.value(3));
        t.daysLate = int(t.date.daysTo(today));
        out.append(t);
    }
}

void TaskList::addFollowUps(QList<Task>& out, QDate today, int withinDays) const
{
    // Only the logs of a household's latest day of service can still owe a follow-up (any later
    // service is the caseworker coming back): those with a follow-up date, in one statement,
    // grouped by household. The rule itself is overdueFollowUps', asked about the day after the
    // horizon, of each household's group (its latest day, as of all its logs).
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.household_id, s.id, s.served_on, s.follow_up_on, s.activity, ") +
              kHouseholdColumns +
              QStringLiteral(" FROM service_log s JOIN household h ON h.id = s.household_id"
                             " WHERE s.deleted = 0 AND h.deleted = 0 AND s.follow_up_on IS NOT NULL"
                             " AND s.follow_up_on <> '' AND s.follow_up_on <= ?"
                             " AND s.served_on = (SELECT max(o.served_on) FROM service_log o"
                             "   WHERE o.household_id = s.household_id AND o.deleted = 0)"
                             " ORDER BY s.household_id, s.served_on DESC, s.rowid DESC"));
    q.addBindValue(today.addDays(withinDays).toString(Qt::ISODate));
    if (!q.exec())
        return;
    Task household;
    QList<ServiceLog> logs;
    const auto flush = [&] {
        const QStringList owed = ServiceLogRepository::overdueFollowUps(logs, today.addDays(withinDays + 1));
        for (const ServiceLog& log : std::as_const(logs)) {
            if (!owed.contains(log.id))
                continue;
            Task t = household;
            t.kind = Task::Kind::FollowUp;
            t.recordType = QStringLiteral("service_log");
            t.recordId = log.id;
            t.subject = log.activity;
            t.date = log.followUpOn;
            t.daysLate = int(t.date.daysTo(today));
            out.append(t);
        }
        logs.clear();
    };
    while (q.next()) {
        const QString householdId = q.value(0).toString();
        if (householdId != household.householdId) {
            flush();
            household = Task();
            setHousehold(household, householdId, q, 5);
        }
        ServiceLog log;
        log.id = q.value(1).toString();
        log.householdId = householdId;
        log.servedOn = dateOf(q.value(2));
        log.followUpOn = dateOf(q.value(3));
        log.activity = q.value(4).toString();
        logs.append(log);
    }
    flush();
}

void TaskList::addReturnedNotes(QList<Task>& out, QDate today) const
{
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.household_id, r.subject_type, r.reviewed_by, r.reviewed_at, ") +
              kHouseholdColumns +
              QStringLiteral(" FROM note_review r JOIN household h ON h.id = r.household_id"
                             " WHERE r.state = 'returned' AND r.deleted = 0 AND h.deleted = 0"));
    if (!q.exec())
        return;
    QList<Task> notes;
    while (q.next()) {
        Task t;
        t.kind = Task::Kind::ReturnedNote;
        setHousehold(t, q.value(1).toString(), q, 5);
        t.recordId = q.value(0).toString();
        t.recordType = q.value(2).toString();
        t.by = q.value(3).toString();
        t.date = localDay(q.value(4).toString());
        t.daysLate = t.date.isValid() ? int(t.date.daysTo(today)) : 0;
        notes.append(t);
    }
    q.finish();
    // The notes' titles and threads: one statement per kind of note and one for every thread.
    QList<std::pair<QString, QString>> records;
    QStringList ids;
    for (const Task& t : std::as_const(notes)) {
        records.append({t.recordType, t.recordId});
        ids.append(t.recordId);
    }
    const QHash<QString, QString> titles = ReviewQueue::titlesOf(m_db, records);
    const QHash<QString, QList<ReviewComment>> threads = NoteReviewRepository(m_db).threads(ids);
    for (Task& t : notes) {
        t.subject = titles.value(t.recordId);
        // The supervisor's latest word in the thread (a caseworker's answers are not it).
        const QList<ReviewComment> thread = threads.value(t.recordId);
        for (auto it = thread.crbegin(); it != thread.crend(); ++it) {
            if (it->kind != QLatin1String("answer")) {
                t.comment = it->text;
                if (!it->writtenBy.isEmpty())
                    t.by = it->writtenBy;
                break;
            }
        }
        out.append(t);
    }
}

void TaskList::addStatusDecisions(QList<Task>& out, QDate today) const
{
    // Closed (decided by the county, or returned by the station) lately, and still the household's
    // latest review: a new proposal ends the task.
    const QString since = today.addDays(-kDecisionDays).toString(Qt::ISODate);
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT r.id, r.household_id, ") + kHouseholdColumns +
        QStringLiteral(" FROM status_review r JOIN household h ON h.id = r.household_id"
                       " WHERE r.deleted = 0 AND h.deleted = 0"
                       " AND ((coalesce(r.decision, '') <> '' AND r.decided_on >= ?)"
                       "   OR (coalesce(r.decision, '') = '' AND r.recommendation = 'returned'"
                       "       AND r.recommended_on >= ?))"
                       " AND NOT EXISTS (SELECT 1 FROM status_review o WHERE o.household_id = r.household_id"
                       "   AND o.deleted = 0 AND (o.proposed_on > r.proposed_on"
                       "     OR (o.proposed_on = r.proposed_on AND o.rowid > r.rowid)))"));
    q.addBindValue(since);
    q.addBindValue(since);
    if (!q.exec())
        return;
    QList<Task> decided;
    while (q.next()) {
        Task t;
        t.kind = Task::Kind::StatusDecision;
        setHousehold(t, q.value(1).toString(), q, 2);
        t.recordType = QStringLiteral("status_review");
        t.recordId = q.value(0).toString();
        decided.append(t);
    }
    q.finish();
    const StatusReviewRepository reviews(m_db);
    for (Task& t : decided) {
        const std::optional<StatusReview> r = reviews.load(t.recordId);
        if (!r)
            continue;
        t.subject = r->proposedStatus;
        t.fromStatus = r->fromStatus;
        if (r->isDecided()) {
            t.decision = r->decision == QLatin1String("approved") ? Task::Decision::Confirmed
                                                                  : Task::Decision::Refused;
            t.by = r->decidedBy;
            t.comment = r->decisionComment;
            t.date = r->decidedOn;
        } else {
            t.decision = Task::Decision::ReturnedByStation;
            t.by = r->recommendedBy;
            t.comment = r->recommendationComment;
            t.date = r->recommendedOn;
        }
        t.daysLate = t.date.isValid() ? int(t.date.daysTo(today)) : 0;
        out.append(t);
    }
}

} // namespace ff
