// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/AssistancePlanRepository.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/model/CodeList.h"
#include "core/records/HouseholdNeeds.h"
#include "core/util/Refusal.h"

#include <QDateTime>

namespace ff {

bool PlanAction::isOverdue(QDate today) const
{
    return dueOn.isValid() && dueOn < today && status != QLatin1String("done") &&
           status != QLatin1String("dropped");
}

QList<PlanAction> AssistancePlan::actionsOf(const QString& goalId) const
{
    QList<PlanAction> out;
    for (const PlanAction& a : actions) {
        if (a.goalId == goalId)
            out.append(a);
    }
    return out;
}

QList<PlanAction> AssistancePlan::actionsFor(const QString& needKey) const
{
    QList<PlanAction> out;
    for (const PlanAction& a : actions) {
        if (!needKey.isEmpty() && a.needKey == needKey)
            out.append(a);
    }
    return out;
}

int AssistancePlan::overdueCount(QDate today) const
{
    int n = 0;
    for (const PlanAction& a : actions)
        n += a.isOverdue(today) ? 1 : 0;
    return n;
}

AssistancePlanRepository::AssistancePlanRepository(Database& db, const Session& session)
    : m_db(db), m_session(session)
{}

AssistancePlan AssistancePlanRepository::load(const QString& householdId) const
{
    AssistancePlan plan;
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, goal, review_on FROM plan_goal WHERE household_id = ? AND deleted = 0"
                       " ORDER BY rowid"));
    q.addBindValue(householdId);
    if (q.exec()) {
        while (q.next())
            plan.goals.append({q.value(0).toString(), householdId, q.value(1).toString(),
                               QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    }
    q.prepare(
        QStringLiteral("SELECT id, goal_id, action, category, responsible, due_on, status, need_key"
                       " FROM plan_action"
                       " WHERE household_id = ? AND deleted = 0 ORDER BY due_on IS NULL, due_on, rowid"));
    q.addBindValue(householdId);
    if (q.exec()) {
        while (q.next()) {
            PlanAction a;
            a.id = q.value(0).toString();
            a.householdId = householdId;
            a.goalId = q.value(1).toString();
            a.action = q.value(2).toString();
            a.category = q.value(3).toString();
            a.responsible = q.value(4).toString();
            a.dueOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            a.status = q.value(6).toString();
            a.needKey = q.value(7).toString();
            plan.actions.append(a);
        }
    }
    return plan;
}

namespace {
Status refused(const QList<ValidationIssue>& issues)
{
    QStringList lines;
    for (const ValidationIssue& i : issues)
        lines.append(i.message);
    return Refusal::nothingSaved(lines);
}
} // namespace

QList<ValidationIssue> AssistancePlanRepository::validate(const PlanGoal& goal)
{
    QList<ValidationIssue> issues;
    if (goal.householdId.isEmpty())
        issues.append({-1, QStringLiteral("household_id"), tr("No household is chosen.")});
    if (goal.goal.trimmed().isEmpty())
        issues.append({-1, QStringLiteral("goal"), tr("Write the goal.")});
    return issues;
}

QString AssistancePlanRepository::storedNeedKey(const QString& actionId) const
{
    if (actionId.isEmpty())
        return {};
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT need_key FROM plan_action WHERE id = ? AND deleted = 0"));
    q.addBindValue(actionId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<ValidationIssue> AssistancePlanRepository::validate(const PlanAction& action) const
{
    QList<ValidationIssue> issues;
    if (action.householdId.isEmpty())
        issues.append({-1, QStringLiteral("household_id"), tr("No household is chosen.")});
    bool goalFound = false;
    if (!action.goalId.isEmpty()) {
        Query q(m_db);
        q.prepare(
            QStringLiteral("SELECT 1 FROM plan_goal WHERE id = ? AND household_id = ? AND deleted = 0"));
        q.addBindValue(action.goalId);
        q.addBindValue(action.householdId);
        goalFound = q.exec() && q.next();
    }
    if (!goalFound)
        issues.append({-1, QStringLiteral("goal_id"), tr("Choose the goal this action belongs to.")});
    if (action.action.trimmed().isEmpty())
        issues.append({-1, QStringLiteral("action"), tr("Describe the action.")});
    if (!CodeList::serviceCategories().contains(action.category))
        issues.append({-1, QStringLiteral("category"), tr("Choose the need category the action addresses.")});
    if (!action.needKey.isEmpty()) {
        std::optional<IdentifiedNeed> need;
        for (const IdentifiedNeed& n : HouseholdNeeds::forHousehold(m_db, action.householdId)) {
            if (n.key() == action.needKey)
                need = n;
        }
        if (need) {
            if (CodeList::serviceCategories().contains(action.category) && need->category != action.category)
                issues.append({-1, QStringLiteral("category"),
                               tr("The need chosen is one of %1; the action's category must be the same.")
                                   .arg(IdentifiedNeeds::categoryLabel(need->category))});
        } else if (storedNeedKey(action.id) != action.needKey) {
            // A reassessment may replace the need an older action names: that link stays as it was,
            // but a new link must be to a need the household has now.
            issues.append({-1, QStringLiteral("need_key"),
                           tr("The need chosen is not among the household's identified needs. Choose one "
                              "of the list, or none.")});
        }
    }
    if (action.responsible.trimmed().isEmpty())
        issues.append({-1, QStringLiteral("responsible"), tr("Say who is responsible for the action.")});
    if (!action.dueOn.isValid())
        issues.append({-1, QStringLiteral("due_on"), tr("The due date is missing.")});
    if (!CodeList::planActionStatus().contains(action.status))
        issues.append({-1, QStringLiteral("status"), tr("Choose the status of the action.")});
    return issues;
}

Status AssistancePlanRepository::saveGoal(PlanGoal& goal, QList<ValidationIssue>* issuesOut)
{
    const QList<ValidationIssue> issues = validate(goal);
    if (issuesOut)
        *issuesOut = issues;
    if (!issues.isEmpty())
        return refused(issues);
    const bool isNew = goal.id.isEmpty();
    const QString id = isNew ? JournalWriter::newId() : goal.id;
    JournalWriter writer(m_db, m_session);
    if (Status s = writer.commit(
            {{QStringLiteral("plan_goal"),
              id,
              goal.householdId,
              isNew ? Change::Op::Create : Change::Op::Update,
              {{QStringLiteral("goal"), goal.goal}, {QStringLiteral("review_on"), goal.reviewOn}}}});
        !s)
        return s;
    goal.id = id;
    return Status::ok();
}

Status AssistancePlanRepository::saveAction(PlanAction& action, QList<ValidationIssue>* issuesOut)
{
    const QList<ValidationIssue> issues = validate(action);
    if (issuesOut)
        *issuesOut = issues;
    if (!issues.isEmpty())
        return refused(issues);
    const bool isNew = action.id.isEmpty();
    const QString id = isNew ? JournalWriter::newId() : action.id;
    JournalWriter writer(m_db, m_session);
    if (Status s = writer.commit({{QStringLiteral("plan_action"),
                                   id,
                                   action.householdId,
                                   isNew ? Change::Op::Create : Change::Op::Update,
                                   {{QStringLiteral("goal_id"), action.goalId},
                                    {QStringLiteral("action"), action.action},
                                    {QStringLiteral("need_key"), action.needKey},
                                    {QStringLiteral("category"), action.category},
                                    {QStringLiteral("responsible"), action.responsible},
                                    {QStringLiteral("due_on"), action.dueOn},
                                    {QStringLiteral("status"), action.status}}}});
        !s)
        return s;
    action.id = id;
    return Status::ok();
}

Status AssistancePlanRepository::removeGoal(const PlanGoal& goal)
{
    if (goal.id.isEmpty())
        return Status::ok();
    QList<JournalWriter::Edit> edits = {
        {QStringLiteral("plan_goal"), goal.id, goal.householdId, Change::Op::Delete, {}}};
    for (const PlanAction& a : load(goal.householdId).actionsOf(goal.id))
        edits.append({QStringLiteral("plan_action"), a.id, goal.householdId, Change::Op::Delete, {}});
    return JournalWriter(m_db, m_session).commit(edits);
}

Status AssistancePlanRepository::removeAction(const PlanAction& action)
{
    if (action.id.isEmpty())
        return Status::ok();
    return JournalWriter(m_db, m_session)
        .commit({{QStringLiteral("plan_action"), action.id, action.householdId, Change::Op::Delete, {}}});
}

} // namespace ff
