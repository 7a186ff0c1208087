// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Merging a household filed twice (issue 16, item 4): the duplicate's records move into the
// household that stays, their references following, the same person once; the duplicate removed
// naming where it went; one journal commit; only a station supervisor or the county.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Query.h"
#include "core/journal/JournalReplayer.h"
#include "core/journal/JournalWriter.h"
#include "core/model/ResidentId.h"
#include "core/records/AssistancePlanRepository.h"
#include "core/records/CaseNoteRepository.h"
#include "core/records/HouseholdMerge.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/RecordStore.h"
#include "core/records/VisitRepository.h"
#include "core/schema/RecordTypes.h"

#include <catch2/catch.hpp>

using namespace ff;
using test::TempDatabase;

namespace {
/// A grandson's resident ID number, with its check digit.
QString grandsonId()
{
    const QString first17 = QStringLiteral("37132120170101123");
    return first17 + ResidentId::checkDigit(first17);
}

QString value(Database& db, const QString& sql, const QString& bind)
{
    Query q(db);
    q.prepare(sql);
    q.addBindValue(bind);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
} // namespace

TEST_CASE("a household filed twice is merged into the one that stays: its records move with their "
          "references, the same person once, the duplicate removed, in one journal commit",
          "[records][duplicates][merge]")
{
    TempDatabase t;
    const Session wang = test::as(QStringLiteral("王芳"));
    const Session li = test::as(QStringLiteral("李明"));
    HouseholdFile keep = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(t.db(), wang).save(keep));
    const QString keepId = keep.household.value(QStringLiteral("id")).toString();

    // Filed again on another laptop: the same head and child (same ID numbers), and a grandson
    // who is not in the first file.
    HouseholdFile again = test::sampleHousehold(QStringLiteral("张伟"));
    again.household.insert(QStringLiteral("household_no"), QStringLiteral("371321105-000777"));
    again.household.insert(QStringLiteral("last_visit"), QStringLiteral("2026-11-30"));
    again.members.append({{QStringLiteral("name"), QStringLiteral("张小明")},
                          {QStringLiteral("sex"), QStringLiteral("male")},
                          {QStringLiteral("birth_date"), QStringLiteral("2017-01-01")},
                          {QStringLiteral("id_number"), grandsonId()},
                          {QStringLiteral("relation"), QStringLiteral("grandson")}});
    const Status filedAgain = HouseholdRepository(t.db(), li).save(again);
    INFO((filedAgain ? QString() : filedAgain.error().message + filedAgain.error().detail).toStdString());
    REQUIRE(filedAgain);
    const QString dupId = again.household.value(QStringLiteral("id")).toString();
    const auto dupFile = HouseholdRepository(t.db()).load(dupId);
    QStringList dupMembers;
    for (const QVariantMap& m : dupFile->members)
        dupMembers.append(m.value(QStringLiteral("id")).toString());

    // Casework on the duplicate: a visit meeting all three, a plan goal with an action, a note.
    Visit visit;
    visit.householdId = dupId;
    visit.status = QStringLiteral("done");
    visit.visitedOn = QDate::currentDate().addDays(-3);
    visit.metMemberIds = dupMembers;
    visit.notes = QStringLiteral("孙子张小明也住在这里");
    REQUIRE(VisitRepository(t.db(), li).save(visit));
    AssistancePlanRepository plans(t.db(), li);
    PlanGoal goal{{}, dupId, QStringLiteral("孩子稳定上学"), QDate::currentDate().addDays(60)};
    REQUIRE(plans.saveGoal(goal));
    PlanAction action;
    action.householdId = dupId;
    action.goalId = goal.id;
    action.action = QStringLiteral("联系学校减免午餐费");
    action.category = QStringLiteral("resource_linking");
    action.responsible = QStringLiteral("李明");
    action.dueOn = QDate::currentDate().addDays(20);
    REQUIRE(plans.saveAction(action));
    CaseNote note;
    note.householdId = dupId;
    note.writtenOn = QDate::currentDate().addDays(-3);
    note.text = QStringLiteral("与班主任通电话");
    REQUIRE(CaseNoteRepository(t.db(), li).add(note));

    // A caseworker may not merge.
    HouseholdMerge::Plan plan;
    const Status refused = HouseholdMerge(t.db(), wang).plan(keepId, dupId, &plan);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().detail == QStringLiteral("merge_not_authorised"));
    const Session supervisor = test::supervisor(QStringLiteral("周督导"));
    HouseholdMerge merger(t.db(), supervisor);
    CHECK_FALSE(merger.plan(keepId, keepId, &plan));

    REQUIRE(merger.plan(keepId, dupId, &plan));
    CHECK(plan.membersMatched == 2);
    CHECK(plan.membersMoved == 1);
    CHECK(plan.recordCount() >= 5); // visit, its review, goal, action, note
    const qint64 journalBefore =
        value(t.db(), QStringLiteral("SELECT max(seq) FROM journal WHERE ? <> ''"), QStringLiteral("x"))
            .toLongLong();
    REQUIRE(merger.merge(plan));
    // Every edit of the plan is one change in the journal.
    CHECK(value(t.db(), QStringLiteral("SELECT count(*) FROM journal WHERE seq > ?"),
                QString::number(journalBefore))
              .toInt() == plan.edits.size());

    // The duplicate is gone, naming where it went.
    CHECK_FALSE(HouseholdRepository(t.db()).load(dupId));
    CHECK(value(t.db(), QStringLiteral("SELECT merged_into FROM household WHERE id = ?"), dupId) == keepId);
    // The household that stays: three people, one head, the later last visit.
    const auto merged = HouseholdRepository(t.db()).load(keepId);
    REQUIRE(merged);
    REQUIRE(merged->members.size() == 3);
    QHash<QString, QString> idOf; // name → member id in the household that stays
    int heads = 0;
    for (const QVariantMap& m : merged->members) {
        idOf.insert(m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("id")).toString());
        heads += m.value(QStringLiteral("relation")).toString() == QLatin1String("head");
    }
    CHECK(heads == 1);
    CHECK(idOf.contains(QStringLiteral("张小明")));
    CHECK(merged->household.value(QStringLiteral("last_visit")).toString() ==
          visit.visitedOn.toString(Qt::ISODate)); // the duplicate's, later

    // The visit met the same three people, now by their ids in the household that stays.
    const QList<Visit> visits = VisitRepository(t.db()).forHousehold(keepId);
    REQUIRE(visits.size() == 1);
    QStringList met = visits.first().metMemberIds;
    met.sort();
    QStringList expected = idOf.values();
    expected.sort();
    CHECK(met == expected);
    CHECK(visits.first().notes == QStringLiteral("孙子张小明也住在这里"));
    // Its review followed it (a review's id is its record's).
    CHECK(value(t.db(), QStringLiteral("SELECT household_id FROM note_review WHERE id = ?"),
                visits.first().id) == keepId);
    // The action is under the moved goal.
    const AssistancePlan moved = AssistancePlanRepository(t.db()).load(keepId);
    REQUIRE(moved.goals.size() == 1);
    REQUIRE(moved.actions.size() == 1);
    CHECK(moved.actions.first().goalId == moved.goals.first().id);
    // The note keeps its author.
    const QList<CaseNote> notes = CaseNoteRepository(t.db()).forHousehold(keepId);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().writtenBy == QStringLiteral("李明"));

    // A visit written for the duplicate on a laptop that had not heard of the merge yet follows it
    // into the household that stays, once, whoever runs it after a sync.
    const Session late = test::as(QStringLiteral("李明"));
    Visit lateVisit;
    lateVisit.householdId = dupId;
    lateVisit.status = QStringLiteral("done");
    lateVisit.visitedOn = QDate::currentDate().addDays(-1);
    lateVisit.metOthers = QStringLiteral("村医");
    lateVisit.notes = QStringLiteral("合并后才同步的走访");
    REQUIRE(JournalWriter(t.db(), late)
                .commit({{QStringLiteral("visit"),
                          QStringLiteral("late-visit"),
                          dupId,
                          Change::Op::Create,
                          {{QStringLiteral("status"), lateVisit.status},
                           {QStringLiteral("visited_on"), lateVisit.visitedOn},
                           {QStringLiteral("met_others"), lateVisit.metOthers},
                           {QStringLiteral("notes"), lateVisit.notes}}}}));
    int followed = -1;
    REQUIRE(HouseholdMerge(t.db(), late).followMerges(&followed));
    CHECK(followed == 1);
    CHECK(VisitRepository(t.db()).forHousehold(keepId).size() == 2);
    REQUIRE(HouseholdMerge(t.db(), late).followMerges(&followed));
    CHECK(followed == 0);
    CHECK(VisitRepository(t.db()).forHousehold(keepId).size() == 2);

    // Journaled: the journal alone gives the same tables.
    const QString before = TempDatabase::dumpTables(t.db());
    REQUIRE(JournalReplayer::rebuild(t.db()));
    CHECK(TempDatabase::dumpTables(t.db()) == before);
}
