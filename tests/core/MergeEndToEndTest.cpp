// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicates end to end through the real fieldfile-server on 127.0.0.1 (issue 16, item 4): a
// household filed on two laptops is listed by the county as a possible duplicate; the station
// supervisor merges it; the county accepts the merge and the caseworkers' laptops receive it.
#include "tests/support/QtStringMaker.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/records/CaseNoteRepository.h"
#include "core/records/HouseholdMerge.h"
#include "core/records/HouseholdRepository.h"
#include "core/sync/DeviceSync.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ff;
using test::admin;
using test::enrollmentCode;
using test::Laptop;
using test::message;
using test::RunningServer;

TEST_CASE("a household filed on two laptops is found at the county, merged by the station supervisor, and "
          "the merge reaches the county and both laptops",
          "[duplicates][merge][e2e]")
{
    QTemporaryDir dir;
    // On both of the county's stores (docs/postgresql.md).
    const QString db = test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    for (const char* name : {"王芳", "李明"})
        admin(db,
              {QStringLiteral("add-user"), QString::fromUtf8(name), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("周督导"), QStringLiteral("--role"),
               QStringLiteral("supervisor"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    RunningServer server(db);
    REQUIRE(server.url.isValid());
    Laptop wang, li, supervisor;
    REQUIRE(message(wang.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(li.enroll(server.url, enrollmentCode(db, QStringLiteral("李明")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(supervisor.enroll(server.url, enrollmentCode(db, QStringLiteral("周督导")))) ==
            QStringLiteral("ok"));

    // The same family filed on both laptops, offline; a note on the second.
    HouseholdFile first = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(wang.data.db(), wang.session()).save(first));
    HouseholdFile second = test::sampleHousehold(QStringLiteral("张伟"));
    second.household.insert(QStringLiteral("household_no"), QStringLiteral("371321105-000777"));
    REQUIRE(HouseholdRepository(li.data.db(), li.session()).save(second));
    const QString keepId = first.household.value(QStringLiteral("id")).toString();
    const QString dupId = second.household.value(QStringLiteral("id")).toString();
    CaseNote note;
    note.householdId = dupId;
    note.writtenOn = QDate::currentDate();
    note.text = QStringLiteral("户主说之前没人来登记过");
    REQUIRE(CaseNoteRepository(li.data.db(), li.session()).add(note));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    REQUIRE(message(li.sync()) == QStringLiteral("ok"));

    // The county lists them by the shared ID numbers.
    const QString listed = admin(db, {QStringLiteral("duplicates")});
    CHECK(listed.contains(QStringLiteral("371321105-000001")));
    CHECK(listed.contains(QStringLiteral("371321105-000777")));

    // 李明 goes on writing for the duplicate, offline, before he hears of the merge.
    CaseNote late;
    late.householdId = dupId;
    late.writtenOn = QDate::currentDate();
    late.text = QStringLiteral("合并前离线写的回访记录");
    REQUIRE(CaseNoteRepository(li.data.db(), li.session()).add(late));

    // The station supervisor holds the station's households, and merges.
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    HouseholdMerge merger(supervisor.data.db(), supervisor.session());
    HouseholdMerge::Plan plan;
    REQUIRE(merger.plan(keepId, dupId, &plan));
    CHECK(plan.membersMatched == 2);
    REQUIRE(merger.merge(plan));
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    CHECK(DeviceSync(supervisor.data.db()).unsentCount() == 0);

    // Accepted by the county (nothing parked) and received by the laptop holding the household
    // that stays: the note is there, the duplicate gone.
    CHECK_FALSE(admin(db, {QStringLiteral("duplicates")}).contains(QStringLiteral("371321105-000777")));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    const QList<CaseNote> notes = CaseNoteRepository(wang.data.db()).forHousehold(keepId);
    REQUIRE(notes.size() == 1); // the one written before the merge; the late one is not here yet
    CHECK(notes.first().writtenBy == QStringLiteral("李明"));
    CHECK(HouseholdRepository(wang.data.db()).load(keepId)->members.size() == 2);
    REQUIRE(message(li.sync()) == QStringLiteral("ok"));
    CHECK_FALSE(HouseholdRepository(li.data.db()).load(dupId));
    // His late note reached the county with that sync. His laptop does not hold the household that
    // stays (王芳's); the station supervisor's does: there it follows the merge (the app runs this
    // after every sync), and it reaches 王芳.
    int followed = 0;
    REQUIRE(HouseholdMerge(li.data.db(), li.session()).followMerges(&followed));
    CHECK(followed == 0);
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    REQUIRE(HouseholdMerge(supervisor.data.db(), supervisor.session()).followMerges(&followed));
    CHECK(followed == 1);
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    QStringList texts;
    for (const CaseNote& n : CaseNoteRepository(wang.data.db()).forHousehold(keepId))
        texts << n.text;
    CHECK(texts.contains(QStringLiteral("合并前离线写的回访记录")));
    CHECK(texts.size() == 2);
}
