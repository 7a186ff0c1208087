// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/CaseworkFixture.h"
#include "tests/support/QtStringMaker.h"

#include "core/journal/JournalReader.h"
#include "core/journal/JournalReplayer.h"
#include "core/records/AssistancePlanRepository.h"
#include "core/records/HistoryReader.h"

#include <QLocale>

using namespace ff;
using test::TempDatabase;

namespace {
int changesOf(Database& db, const QString& entity)
{
    int n = 0;
    for (const Change& c : JournalReader(db).since(0))
        n += c.entity == entity ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE("plan goals and actions: validation, journal, overdue count, replay", "[casework][plan]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    const HouseholdFile file = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000001"));
    const QString household = test::idOf(file.household);
    AssistancePlanRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));

    // A goal without text: refused, nothing written.
    const QString journalBefore = TempDatabase::dumpJournal(t.db());
    PlanGoal empty{{}, household, QStringLiteral("  "), {}};
    QList<ValidationIssue> issues;
    CHECK_FALSE(repo.saveGoal(empty, &issues).isOk());
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().field == QStringLiteral("goal"));
    CHECK(TempDatabase::dumpJournal(t.db()) == journalBefore);

    PlanGoal goal{{}, household, QStringLiteral("孩子按时上学，监护落实"), today.addDays(90)};
    REQUIRE(repo.saveGoal(goal));
    REQUIRE_FALSE(goal.id.isEmpty());

    // An action with no due date, no category and no goal: every problem named, nothing saved.
    PlanAction bad;
    bad.householdId = household;
    bad.action = QStringLiteral("联系学校了解出勤");
    bad.responsible = QStringLiteral("王芳");
    const Status refused = repo.saveAction(bad, &issues);
    CHECK_FALSE(refused.isOk());
    QStringList fields;
    for (const ValidationIssue& i : issues)
        fields << i.field;
    CHECK(fields ==
          QStringList{QStringLiteral("goal_id"), QStringLiteral("category"), QStringLiteral("due_on")});
    CHECK(refused.error().message.contains(QStringLiteral("due date is missing")));
    CHECK(bad.id.isEmpty());
    CHECK(changesOf(t.db(), QStringLiteral("plan_action")) == 0);

    // A goal of another household is not a goal of this one.
    const HouseholdFile other = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000002"));
    PlanGoal otherGoal{{}, test::idOf(other.household), QStringLiteral("就业"), {}};
    REQUIRE(repo.saveGoal(otherGoal));
    bad.goalId = otherGoal.id;
    bad.category = QStringLiteral("resource_linking");
    bad.dueOn = today;
    CHECK_FALSE(repo.saveAction(bad, &issues).isOk());
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().field == QStringLiteral("goal_id"));

    // Valid actions: one overdue, one due later, one overdue but done, one overdue but dropped.
    auto action = [&](const QString& text, int dueIn, const QString& status) {
        PlanAction a;
        a.householdId = household;
        a.goalId = goal.id;
        a.action = text;
        a.category = QStringLiteral("resource_linking");
        a.responsible = QStringLiteral("王芳");
        a.dueOn = today.addDays(dueIn);
        a.status = status;
        REQUIRE(repo.saveAction(a));
        return a;
    };
    PlanAction late = action(QStringLiteral("申请教育救助"), -5, QStringLiteral("in_progress"));
    action(QStringLiteral("联系学校"), 10, QStringLiteral("planned"));
    action(QStringLiteral("落实监护人"), -20, QStringLiteral("done"));
    action(QStringLiteral("心理辅导"), -1, QStringLiteral("dropped"));
    CHECK(changesOf(t.db(), QStringLiteral("plan_action")) == 4);

    AssistancePlan plan = repo.load(household);
    CHECK(plan.goals.size() == 1);
    CHECK(plan.actions.size() == 4);
    CHECK(plan.actionsOf(goal.id).size() == 4);
    CHECK(plan.overdueCount(today) == 1);
    CHECK(plan.actions.first().action == QStringLiteral("落实监护人")); // by due date
    // Due today is not overdue yet.
    CHECK(plan.overdueCount(today.addDays(10)) == 1);
    CHECK(plan.overdueCount(today.addDays(11)) == 2);

    // Done: no longer overdue; only the changed field is journaled.
    const int before = changesOf(t.db(), QStringLiteral("plan_action"));
    late.status = QStringLiteral("done");
    REQUIRE(AssistancePlanRepository(t.db(), test::as(QStringLiteral("李娜"), clock)).saveAction(late));
    CHECK(changesOf(t.db(), QStringLiteral("plan_action")) == before + 1);
    CHECK(repo.load(household).overdueCount(today) == 0);
    QList<Change> all = JournalReader(t.db()).since(0);
    CHECK(all.last().fields.keys() == (QStringList{QStringLiteral("_deleted"), QStringLiteral("status")}));
    CHECK(all.last().householdId == household);

    // History: readable record and field names, a status label rather than a code.
    QLocale::setDefault(QLocale(QLocale::English));
    const QList<HistoryEntry> history = HistoryReader(t.db()).forHousehold(household);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.first().record == QStringLiteral("Plan action 申请教育救助"));
    CHECK(history.first().field == QStringLiteral("Action status"));
    CHECK(history.first().from == QStringLiteral("In progress"));
    CHECK(history.first().to == QStringLiteral("Done"));
    bool goalNamed = false, needNamed = false;
    for (const HistoryEntry& e : history)
        needNamed = needNamed || (e.field == QStringLiteral("Need category") &&
                                  e.to == QStringLiteral("Resource linking"));
    CHECK(needNamed);
    for (const HistoryEntry& e : history)
        goalNamed = goalNamed ||
                    (e.field == QStringLiteral("Goal") && e.to == QStringLiteral("孩子按时上学，监护落实"));
    CHECK(goalNamed);

    // Removing the goal removes its actions in the same commit.
    REQUIRE(repo.removeGoal(goal));
    plan = repo.load(household);
    CHECK(plan.goals.isEmpty());
    CHECK(plan.actions.isEmpty());

    const QString live = TempDatabase::dumpTables(t.db());
    CHECK(live.contains(QStringLiteral("申请教育救助")));
    REQUIRE(JournalReplayer::rebuild(t.db()));
    CHECK(TempDatabase::dumpTables(t.db()) == live);
}
