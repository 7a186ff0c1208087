// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/journal/HybridLogicalClock.h"
#include "core/journal/JournalReader.h"
#include "core/journal/JournalWriter.h"
#include "core/records/HouseholdRepository.h"
#include "core/schema/RecordTypes.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/DeviceSync.h"

#include <QSqlQuery>
#include <QUuid>

using namespace ff;
using test::TempDatabase;

namespace {
/// The changes of one saved sample household, made on another device.
QList<Change> remoteHousehold(ManualClock& clock)
{
    TempDatabase other;
    HouseholdRepository repo(other.db(), test::as(QStringLiteral("王芳"), clock));
    HouseholdFile f = test::sampleHousehold();
    if (!repo.save(f))
        return {};
    return JournalReader(other.db()).since(0);
}

QString parkedReasons(Database& db)
{
    QStringList reasons;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT reason FROM parked_change ORDER BY id"));
    while (q.next())
        reasons << q.value(0).toString();
    return reasons.join(QLatin1Char(','));
}
} // namespace

TEST_CASE("importing another device's changes applies them once", "[import]")
{
    ManualClock clock(1'750'000'000'000);
    const QList<Change> changes = remoteHousehold(clock);
    REQUIRE(changes.size() == 3);
    TempDatabase t;
    ChangeImporter::Report report;
    REQUIRE(ChangeImporter::apply(t.db(), changes, &report));
    CHECK(report.applied == 3);
    CHECK(report.alreadyHere == 0);
    CHECK(TempDatabase::count(t.db(), QStringLiteral("member")) == 2);
    const QString once = TempDatabase::dumpTables(t.db());
    REQUIRE(ChangeImporter::apply(t.db(), changes, &report));
    CHECK(report.applied == 0);
    CHECK(report.alreadyHere == 3);
    CHECK(TempDatabase::dumpTables(t.db()) == once);
}

TEST_CASE("a member that arrives before its household waits, then is applied", "[import]")
{
    ManualClock clock(1'750'000'000'000);
    const QList<Change> changes = remoteHousehold(clock);
    TempDatabase t;
    ChangeImporter::Report report;
    REQUIRE(ChangeImporter::apply(t.db(), {changes[1], changes[2]}, &report));
    CHECK(report.parked == 2);
    CHECK(parkedReasons(t.db()) == QStringLiteral("waiting_for_household,waiting_for_household"));
    CHECK(TempDatabase::count(t.db(), QStringLiteral("member")) == 0);
    REQUIRE(ChangeImporter::apply(t.db(), {changes[0]}, &report));
    CHECK(report.applied == 1);
    CHECK(report.unparked == 2);
    CHECK(TempDatabase::count(t.db(), QStringLiteral("member")) == 2);
    CHECK(TempDatabase::count(t.db(), QStringLiteral("parked_change")) == 0);

    // Same result as receiving them in order.
    TempDatabase inOrder;
    REQUIRE(ChangeImporter::apply(inOrder.db(), changes));
    CHECK(TempDatabase::dumpRecords(inOrder.db()) == TempDatabase::dumpRecords(t.db()));
}

TEST_CASE("bad changes are parked with a reason and do not block the others", "[import]")
{
    ManualClock clock(1'750'000'000'000);
    QList<Change> changes = remoteHousehold(clock);
    Change unknownField = changes[0];
    unknownField.id.seq = 100;
    unknownField.fields = {{QStringLiteral("favourite_colour"), QStringLiteral("red")}};
    Change unknownEntity = changes[0];
    unknownEntity.id.seq = 101;
    unknownEntity.entity = QStringLiteral("spaceship");
    Change malformed = changes[0];
    malformed.id.seq = 102;
    malformed.recordId.clear();
    changes << unknownField << unknownEntity << malformed;

    TempDatabase t;
    ChangeImporter::Report report;
    REQUIRE(ChangeImporter::apply(t.db(), changes, &report));
    CHECK(report.applied == 3);
    CHECK(report.parked == 3);
    CHECK(parkedReasons(t.db()) == QStringLiteral("unknown_field,unknown_entity,malformed"));
    for (const QString& code : {QStringLiteral("unknown_field"), QStringLiteral("malformed")})
        CHECK_FALSE(ChangeImporter::reasonText(code).isEmpty());
    // Parking twice keeps one copy.
    REQUIRE(ChangeImporter::apply(t.db(), changes, &report));
    CHECK(TempDatabase::count(t.db(), QStringLiteral("parked_change")) == 3);
}

TEST_CASE("concurrent edits from two devices open a conflict, later local edits order after imports",
          "[import]")
{
    ManualClock clock(1'750'000'000'000);
    TempDatabase a, b;
    HouseholdRepository repoA(a.db(), test::as(QStringLiteral("王芳"), clock));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repoA.save(file));
    REQUIRE(ChangeImporter::apply(b.db(), JournalReader(a.db()).since(0)));
    const qint64 syncedA = JournalReader(a.db()).lastPosition();
    const qint64 syncedB = JournalReader(b.db()).lastPosition();

    // Both change the address offline; B's clock is years ahead.
    ManualClock ahead(1'850'000'000'000);
    HouseholdRepository repoB(b.db(), test::as(QStringLiteral("李娜"), ahead));
    auto fileB = repoB.load(file.household.value(QStringLiteral("id")).toString());
    REQUIRE(fileB);
    fileB->household.insert(QStringLiteral("address"), QStringLiteral("东山村 12 号"));
    REQUIRE(repoB.save(*fileB));
    file.household.insert(QStringLiteral("address"), QStringLiteral("东山村 21 号"));
    REQUIRE(repoA.save(file));

    ChangeImporter::Report report;
    REQUIRE(ChangeImporter::apply(a.db(), JournalReader(b.db()).since(syncedB), &report));
    CHECK(report.conflictsOpened == 1);
    REQUIRE(ChangeImporter::apply(b.db(), JournalReader(a.db()).since(syncedA)));
    CHECK(TempDatabase::count(a.db(), QStringLiteral("conflict")) == 1);
    CHECK(TempDatabase::dumpRecords(a.db()) == TempDatabase::dumpRecords(b.db()));

    // A's next edit is stamped after B's future clock, though A's wall clock is behind.
    file.household.insert(QStringLiteral("phone"), QStringLiteral("13900000000"));
    REQUIRE(repoA.save(file));
    const QList<Change> all = JournalReader(a.db()).since(0);
    quint64 maxOther = 0;
    for (const Change& c : all)
        if (c.author == QStringLiteral("李娜"))
            maxOther = std::max(maxOther, c.hlc);
    CHECK(all.last().hlc > maxOther);
    CHECK(HybridLogicalClock::millis(all.last().hlc) >= 1'850'000'000'000);
}

TEST_CASE("saving a form never closes a conflict the person did not choose to resolve", "[import][merge]")
{
    ManualClock clock(1'750'000'000'000);
    TempDatabase a, b;
    HouseholdRepository repoA(a.db(), test::as(QStringLiteral("王芳"), clock));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repoA.save(file));
    REQUIRE(ChangeImporter::apply(b.db(), JournalReader(a.db()).since(0)));
    const QString id = file.household.value(QStringLiteral("id")).toString();
    HouseholdRepository repoB(b.db(), test::as(QStringLiteral("李娜"), clock));
    auto fileB = repoB.load(id);
    fileB->household.insert(QStringLiteral("address"), QStringLiteral("东山村 12 号"));
    REQUIRE(repoB.save(*fileB));
    file.household.insert(QStringLiteral("address"), QStringLiteral("东山村 21 号"));
    REQUIRE(repoA.save(file));
    REQUIRE(ChangeImporter::apply(a.db(), JournalReader(b.db()).since(0)));
    REQUIRE(TempDatabase::count(a.db(), QStringLiteral("conflict")) == 1);

    // The dialog loads the shown value, the person edits only the phone, and saves.
    auto shown = repoA.load(id);
    shown->household.insert(QStringLiteral("phone"), QStringLiteral("13900000000"));
    REQUIRE(repoA.save(*shown));
    CHECK(TempDatabase::count(a.db(), QStringLiteral("conflict")) == 1);

    // Changing the conflicted field in the form keeps the other side alive: still a conflict.
    shown = repoA.load(id);
    shown->household.insert(QStringLiteral("address"), QStringLiteral("东山村 3 号"));
    REQUIRE(repoA.save(*shown));
    CHECK(TempDatabase::count(a.db(), QStringLiteral("conflict")) == 1);

    // A resolution closes it.
    JournalWriter writer(a.db(), test::supervisor(QStringLiteral("周督导"), clock));
    REQUIRE(writer.commit({{QStringLiteral("household"),
                            id,
                            id,
                            Change::Op::Resolve,
                            {{QStringLiteral("address"), QStringLiteral("东山村 12 号")}}}}));
    CHECK(TempDatabase::count(a.db(), QStringLiteral("conflict")) == 0);
}

TEST_CASE("a household that leaves the laptop takes every kind of record with it", "[sync][device]")
{
    test::TempDatabase laptop, county;
    HouseholdRepository repo(county.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repo.save(file));
    const QString household = file.household.value(QStringLiteral("id")).toString();
    // One record of every other kind the journal knows, so a new kind is covered when it is added.
    QList<JournalWriter::Edit> edits;
    for (const RecordType& type : RecordTypes::all()) {
        // A station's records belong to no household (they are kept by the station, not forgotten).
        if (type.name == QStringLiteral("household") || type.name == QStringLiteral("member") ||
            type.belongsToStation())
            continue;
        edits.append({type.name,
                      QUuid::createUuid().toString(QUuid::WithoutBraces),
                      household,
                      Change::Op::Create,
                      {{type.fields.first().name, QStringLiteral("1")}}});
    }
    // A case note with its text, so that its word index has something to let go.
    edits.append({QStringLiteral("case_note"),
                  QUuid::createUuid().toString(QUuid::WithoutBraces),
                  household,
                  Change::Op::Create,
                  {{QStringLiteral("written_on"), QStringLiteral("2026-12-01")},
                   {QStringLiteral("text"), QStringLiteral("孩子由祖母照看")}}});
    REQUIRE(JournalWriter(county.db(), test::as(QStringLiteral("王芳"))).commit(edits));
    // The laptop received all of it from the county (nothing of it is its own unsent work).
    REQUIRE(ChangeImporter::apply(laptop.db(), JournalReader(county.db()).since(0)));
    for (const RecordType& type : RecordTypes::all()) {
        if (!type.belongsToStation())
            REQUIRE(test::TempDatabase::count(laptop.db(), type.table) > 0);
    }

    bool forgotten = false;
    REQUIRE(DeviceSync(laptop.db()).forgetHousehold(household, &forgotten));
    CHECK(forgotten);
    for (const RecordType& type : RecordTypes::all()) {
        INFO(type.table.toStdString());
        CHECK(test::TempDatabase::count(laptop.db(), type.table) == 0);
    }
    for (const char* table : {"journal", "record_heads", "search_key", "conflict", "pending_supersede",
                              "case_note_text", "case_note_key"}) {
        INFO(table);
        CHECK(test::TempDatabase::count(laptop.db(), QString::fromLatin1(table)) == 0);
    }
}
