// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Case notes end to end through the real fieldfile-server on 127.0.0.1 (issue 16, item 1): the old
// notes text of a household, adopted on two laptops at once, is one note everywhere; a note and its
// correction reach the station supervisor's laptop, which finds it by a two-character word.
#include "tests/support/QtStringMaker.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/records/CaseNoteRepository.h"
#include "core/records/CaseNoteSearch.h"
#include "core/records/HouseholdRepository.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ff;
using test::admin;
using test::enrollmentCode;
using test::Laptop;
using test::message;
using test::RunningServer;

TEST_CASE("an old notes text adopted on two laptops at once is one case note everywhere, and a note's "
          "correction reaches the station",
          "[notes][e2e]")
{
    QTemporaryDir dir;
    // On both of the county's stores (docs/postgresql.md).
    const QString db = test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
    if (db.isEmpty())
        return;
    test::makeCounty(
        db, {{QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")},
             {QStringLiteral("周督导"), QStringLiteral("supervisor"), QStringLiteral("岸堤镇社工站")}});
    RunningServer server(db);
    REQUIRE(server.url.isValid());
    Laptop wang, supervisor;
    REQUIRE(message(wang.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(supervisor.enroll(server.url, enrollmentCode(db, QStringLiteral("周督导")))) ==
            QStringLiteral("ok"));

    // A household with the free-text notes of earlier versions, on both laptops.
    HouseholdFile file = test::sampleHousehold(QStringLiteral("张伟"));
    file.household.insert(QStringLiteral("notes"), QStringLiteral("孩子由祖母照看，父母在宁波打工"));
    REQUIRE(HouseholdRepository(wang.data.db(), wang.session()).save(file));
    const QString household = file.household.value(QStringLiteral("id")).toString();
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));

    // Both laptops adopt it before either syncs again.
    int adopted = 0;
    REQUIRE(CaseNoteRepository(wang.data.db(), wang.session()).adoptHouseholdNotes(&adopted));
    CHECK(adopted == 1);
    REQUIRE(CaseNoteRepository(supervisor.data.db(), supervisor.session()).adoptHouseholdNotes(&adopted));
    CHECK(adopted == 1);
    for (int round = 0; round < 2; ++round) {
        REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
        REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    }
    for (Laptop* laptop : {&wang, &supervisor}) {
        const QList<CaseNote> notes = CaseNoteRepository(laptop->data.db()).forHousehold(household);
        REQUIRE(notes.size() == 1);
        CHECK(notes.first().writtenBy == QStringLiteral("王芳"));
        CHECK(notes.first().text == QStringLiteral("孩子由祖母照看，父母在宁波打工"));
    }

    // A new note, corrected, reaches the station; found there by a two-character word.
    CaseNote note;
    note.householdId = household;
    note.writtenOn = QDate::currentDate();
    note.text = QStringLiteral("低保材料已交到镇上");
    CaseNoteRepository notes(wang.data.db(), wang.session());
    REQUIRE(notes.add(note));
    REQUIRE(notes.correct(note, QStringLiteral("低保复查材料已交到镇上"), note.writtenOn));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    const CaseNoteSearch::Found found = CaseNoteSearch(supervisor.data.db()).find(QStringLiteral("复查"));
    REQUIRE(found.hits.size() == 1);
    const CaseNote atStation = *CaseNoteRepository(supervisor.data.db()).load(found.hits.first().noteId);
    CHECK(atStation.correctedBy == QStringLiteral("王芳"));
    CHECK(CaseNoteRepository(supervisor.data.db()).versions(atStation).size() == 2);
}
