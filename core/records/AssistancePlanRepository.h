// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/model/ValidationIssue.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ff {

class Database;

/// A goal of a household's assistance plan (一户一策).
struct PlanGoal
{
    QString id; ///< empty until first saved
    QString householdId;
    QString goal;
    QDate reviewOn;
};

/// One action under a goal: what is done for which need, by whom, by when.
struct PlanAction
{
    QString id; ///< empty until first saved
    QString householdId;
    QString goalId;
    QString action;
    /// The identified need the action addresses (IdentifiedNeed::key()); empty when the action
    /// addresses a category in general. A need's action has the need's category.
    QString needKey;
    QString category; ///< a service category code (CodeList::serviceCategories), the need it addresses
    QString responsible;
    QDate dueOn;
    QString status = QStringLiteral("planned"); ///< planned, in_progress, done, dropped

    /// Due date passed and neither done nor dropped.
    bool isOverdue(QDate today) const;
};

/// A household's plan as the plan tab shows it.
struct AssistancePlan
{
    QList<PlanGoal> goals;
    QList<PlanAction> actions;

    QList<PlanAction> actionsOf(const QString& goalId) const;
    /// The actions that address the need with this key (IdentifiedNeed::key()), dropped ones included.
    QList<PlanAction> actionsFor(const QString& needKey) const;
    int overdueCount(QDate today) const;
};

/// Loads and saves the assistance plan through the journal: goals and actions are records of their
/// own, so two people editing different actions offline never conflict.
class AssistancePlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssistancePlanRepository)

public:
    explicit AssistancePlanRepository(Database& db, const Session& session = Session::none());

    AssistancePlan load(const QString& householdId) const;

    static QList<ValidationIssue> validate(const PlanGoal& goal);
    QList<ValidationIssue> validate(const PlanAction& action) const;

    /// Validates and saves; nothing is saved when anything is wrong (`issues` says what).
    [[nodiscard]] Status saveGoal(PlanGoal& goal, QList<ValidationIssue>* issues = nullptr);
    [[nodiscard]] Status saveAction(PlanAction& action, QList<ValidationIssue>* issues = nullptr);
    /// Removes a goal and every action under it, in one commit (tombstones, kept in the history).
    [[nodiscard]] Status removeGoal(const PlanGoal& goal);
    [[nodiscard]] Status removeAction(const PlanAction& action);

private:
    QString storedNeedKey(const QString& actionId) const;

    Database& m_db;
    Session m_session;
};

} // namespace ff
