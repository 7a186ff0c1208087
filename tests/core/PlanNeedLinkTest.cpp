// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A plan action names the identified need it addresses: validated, journaled, shown in the history.
#include "tests/core/CaseworkFixture.h"
#include "tests/support/QtStringMaker.h"

#include "core/forms/BuiltInForms.h"
#include "core/journal/JournalReplayer.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/AssistancePlanRepository.h"
#include "core/records/HistoryReader.h"
#include "core/records/HouseholdNeeds.h"

using namespace ff;
using test::TempDatabase;

namespace {
/// Submits a household assessment whose answers identify a medical need (resource linking) and a
/// policy-knowledge need (policy advocacy).
Assessment submitHouseholdAssessment(Database& db, const Clock& clock, const QString& householdId,
                                     int policyKnowledge)
{
    const auto form = BuiltInForms::needsAssessment();
    Assessment a;
    a.householdId = householdId;
    a.formId = form->id;
    a.formVersion = form->version;
    a.answers = {{QStringLiteral("main_difficulties"), QStringList{QStringLiteral("medical")}},
                 {QStringLiteral("income_stable"), true},
                 {QStringLiteral("family_relations"), 4},
                 {QStringLiteral("has_support"), true},
                 {QStringLiteral("mood"), 4},
                 {QStringLiteral("policy_knowledge"), policyKnowledge}};
    if (!AssessmentRepository(db, test::as(QStringLiteral("王芳"), clock)).submit(a, *form, {}))
        throw std::runtime_error("assessment not submitted");
    return a;
}

const IdentifiedNeed* needOf(const QList<IdentifiedNeed>& needs, const QString& category)
{
    for (const IdentifiedNeed& n : needs) {
        if (n.category == category)
            return &n;
    }
    return nullptr;
}
} // namespace

TEST_CASE("need keys split into assessment, section and rule", "[casework][plan][needs]")
{
    const auto key = NeedKey::parse(QStringLiteral("a1b2/household_economy/3"));
    REQUIRE(key);
    CHECK(key->assessmentId == QStringLiteral("a1b2"));
    CHECK(key->sectionId == QStringLiteral("household_economy"));
    CHECK(key->rule == 3);
    for (const char* bad : {"", "a/b", "a/b/c", "a/b/-1", "/b/1", "a//1", "a/b/1/2"})
        CHECK_FALSE(NeedKey::parse(QString::fromLatin1(bad)));
}

TEST_CASE("a plan action addresses one identified need of its household", "[casework][plan][needs]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    const HouseholdFile file = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000001"));
    const QString household = test::idOf(file.household);
    const Assessment assessment = submitHouseholdAssessment(t.db(), clock, household, 1);
    const QList<IdentifiedNeed> needs = HouseholdNeeds::forHousehold(t.db(), household);
    const IdentifiedNeed* medical = needOf(needs, QStringLiteral("resource_linking"));
    REQUIRE(medical);
    REQUIRE(needOf(needs, QStringLiteral("policy_advocacy")));
    CHECK(HouseholdNeeds::labelOf(t.db(), medical->key()) == FormDefinition::text(medical->label));

    AssistancePlanRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    PlanGoal goal{{}, household, QStringLiteral("看病有保障"), today.addDays(90)};
    REQUIRE(repo.saveGoal(goal));
    PlanAction action;
    action.householdId = household;
    action.goalId = goal.id;
    action.action = QStringLiteral("协助申请医疗救助");
    action.responsible = QStringLiteral("王芳");
    action.dueOn = today.addDays(14);
    QList<ValidationIssue> issues;

    SECTION("a key that is not a need of the household is refused, nothing saved")
    {
        const QString before = TempDatabase::dumpJournal(t.db());
        action.category = QStringLiteral("resource_linking");
        action.needKey = assessment.id + QStringLiteral("/no_such_section/0");
        CHECK_FALSE(repo.saveAction(action, &issues).isOk());
        REQUIRE(issues.size() == 1);
        CHECK(issues.first().field == QStringLiteral("need_key"));
        CHECK(issues.first().message.contains(QStringLiteral("not among the household's identified needs")));
        CHECK(TempDatabase::dumpJournal(t.db()) == before);

        // Another household's need is not this household's either.
        const HouseholdFile other = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000002"));
        submitHouseholdAssessment(t.db(), clock, test::idOf(other.household), 1);
        const auto otherNeeds = HouseholdNeeds::forHousehold(t.db(), test::idOf(other.household));
        REQUIRE_FALSE(otherNeeds.isEmpty());
        action.needKey = otherNeeds.first().key();
        action.category = otherNeeds.first().category;
        CHECK_FALSE(repo.saveAction(action, &issues).isOk());
        REQUIRE(issues.size() == 1);
        CHECK(issues.first().field == QStringLiteral("need_key"));
    }

    SECTION("the category must be the need's")
    {
        action.needKey = medical->key();
        action.category = QStringLiteral("psychological_counselling");
        CHECK_FALSE(repo.saveAction(action, &issues).isOk());
        REQUIRE(issues.size() == 1);
        CHECK(issues.first().field == QStringLiteral("category"));
        CHECK(action.id.isEmpty());
    }

    SECTION("a linked action is journaled, loads, counts for its need, replays and reads in the history")
    {
        action.needKey = medical->key();
        action.category = medical->category;
        REQUIRE(repo.saveAction(action));
        PlanAction general = action;
        general.id.clear();
        general.needKey.clear();
        general.action = QStringLiteral("讲解低保政策");
        general.category = QStringLiteral("policy_advocacy");
        REQUIRE(repo.saveAction(general));

        const AssistancePlan plan = repo.load(household);
        REQUIRE(plan.actions.size() == 2);
        CHECK(plan.actionsFor(medical->key()).size() == 1);
        CHECK(plan.actionsFor(medical->key()).first().id == action.id);
        CHECK(plan.actionsFor(QString()).isEmpty());

        const QString rows = TempDatabase::dumpRecords(t.db());
        REQUIRE(JournalReplayer::rebuild(t.db()));
        CHECK(TempDatabase::dumpRecords(t.db()) == rows);

        bool shown = false;
        for (const HistoryEntry& e : HistoryReader(t.db()).forHousehold(household)) {
            if (e.entity == QStringLiteral("plan_action") && e.field == QStringLiteral("Need addressed")) {
                CHECK(e.to == FormDefinition::text(medical->label));
                shown = true;
            }
        }
        CHECK(shown);

        // A reassessment that no longer finds the need: the action keeps its link and can still be
        // edited, but a new action cannot be linked to the need that is gone.
        clock.advance(7LL * 24 * 3600 * 1000);
        submitHouseholdAssessment(t.db(), clock, household, 1);
        CHECK_FALSE(
            needOf(HouseholdNeeds::forHousehold(t.db(), household), QStringLiteral("resource_linking"))
                ->key() == action.needKey);
        action.status = QStringLiteral("in_progress");
        CHECK(repo.saveAction(action, &issues));
        PlanAction late = action;
        late.id.clear();
        CHECK_FALSE(repo.saveAction(late, &issues).isOk());
        CHECK(HouseholdNeeds::labelOf(t.db(), action.needKey) == FormDefinition::text(medical->label));
    }
}
