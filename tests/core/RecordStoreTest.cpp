// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/journal/JournalReader.h"
#include "core/journal/JournalWriter.h"
#include "core/records/RecordStore.h"
#include "core/schema/RecordTypes.h"

#include <catch2/catch.hpp>

using namespace ff;
using test::TempDatabase;

namespace {
const RecordType& type(const char* name) { return *RecordTypes::find(QString::fromLatin1(name)); }

QString newHousehold(Database& db)
{
    const QString id = JournalWriter::newId();
    REQUIRE(JournalWriter(db, test::as(QStringLiteral("王芳")))
                .commit({{QStringLiteral("household"),
                          id,
                          id,
                          Change::Op::Create,
                          {{QStringLiteral("village"), QStringLiteral("东山村")}}}}));
    return id;
}
} // namespace

TEST_CASE("the record store reads and writes any declared record type by its declaration", "[records]")
{
    TempDatabase t;
    const QString household = newHousehold(t.db());
    RecordStore store(t.db(), test::as(QStringLiteral("王芳")));

    Record r;
    r.householdId = household;
    r.values = {{QStringLiteral("agency"), QStringLiteral("township_health")},
                {QStringLiteral("reason"), QStringLiteral("慢性病需要复查")},
                {QStringLiteral("consent"), true},
                {QStringLiteral("sent_on"), QDate(2026, 6, 10)},
                {QStringLiteral("referral_status"), QStringLiteral("sent")}};
    REQUIRE(store.save(type("referral"), r));
    REQUIRE_FALSE(r.id.isEmpty());

    // Values come back as their fields' kinds; fields never set are absent.
    const auto loaded = store.load(type("referral"), r.id);
    REQUIRE(loaded);
    CHECK(loaded->householdId == household);
    CHECK(loaded->text(QStringLiteral("agency")) == QStringLiteral("township_health"));
    CHECK(loaded->value(QStringLiteral("consent")) == QVariant(true));
    CHECK(loaded->date(QStringLiteral("sent_on")) == QDate(2026, 6, 10));
    CHECK_FALSE(loaded->values.contains(QStringLiteral("completed_on")));

    // Saving the record again writes what changed, and empties what it no longer holds.
    Record edited = *loaded;
    edited.values.remove(QStringLiteral("reason"));
    edited.values.insert(QStringLiteral("referral_status"), QStringLiteral("accepted"));
    edited.values.insert(QStringLiteral("accepted_on"), QDate(2026, 6, 12));
    REQUIRE(store.save(type("referral"), edited));
    CHECK(edited.id == r.id);
    const auto again = store.load(type("referral"), r.id);
    REQUIRE(again);
    CHECK_FALSE(again->values.contains(QStringLiteral("reason")));
    CHECK(again->text(QStringLiteral("referral_status")) == QStringLiteral("accepted"));
    const QList<Change> journal = JournalReader(t.db()).since(0);
    // The household, the referral, its place in the supervisor's queue (a caseworker's referral is
    // reviewed, core/journal/README.md), the edit (the note waits in the queue already).
    REQUIRE(journal.size() == 4);
    CHECK(journal.at(2).entity == QStringLiteral("note_review"));
    CHECK(journal.last().op == Change::Op::Update);
    CHECK(QSet<QString>(journal.last().fields.keyBegin(), journal.last().fields.keyEnd()) ==
          QSet<QString>{QStringLiteral("reason"), QStringLiteral("referral_status"),
                        QStringLiteral("accepted_on"), QStringLiteral("_deleted")});

    // A household's records, in the order asked; a removed one is gone.
    Record second;
    second.householdId = household;
    second.values = {{QStringLiteral("agency"), QStringLiteral("womens_federation")},
                     {QStringLiteral("sent_on"), QDate(2026, 7, 1)}};
    REQUIRE(store.save(type("referral"), second));
    const QList<QString> agencies =
        store.forHouseholdAs(type("referral"), household, QStringLiteral("sent_on DESC"),
                             [](const Record& x) { return x.text(QStringLiteral("agency")); });
    CHECK(agencies == QList<QString>{QStringLiteral("womens_federation"), QStringLiteral("township_health")});
    // Many at once, by id, in one statement: what load() gives each, the unknown id absent.
    const QHash<QString, Record> both =
        store.loadMany(type("referral"), {r.id, second.id, QStringLiteral("no-such-id")});
    REQUIRE(both.size() == 2);
    CHECK(both.value(r.id).values == store.load(type("referral"), r.id)->values);
    CHECK(both.value(second.id).text(QStringLiteral("agency")) == QStringLiteral("womens_federation"));
    CHECK(store.loadMany(type("referral"), {}).isEmpty());

    REQUIRE(store.remove(type("referral"), second));
    CHECK_FALSE(store.load(type("referral"), second.id));
    CHECK(store.forHousehold(type("referral"), household).size() == 1);
    CHECK(store.loadMany(type("referral"), {r.id, second.id}).keys() == QList<QString>{r.id});
}

TEST_CASE("the record store saves nothing the authority rule refuses, and the record stays new", "[records]")
{
    TempDatabase t;
    const QString household = newHousehold(t.db());
    Record review;
    review.householdId = household;
    review.values = {{QStringLiteral("proposed_status"), QStringLiteral("none")},
                     {QStringLiteral("decision"), QStringLiteral("approved")}};
    const Status refused =
        RecordStore(t.db(), test::as(QStringLiteral("王芳"))).save(type("status_review"), review);
    CHECK_FALSE(refused);
    CHECK(review.id.isEmpty());
    CHECK(TempDatabase::count(t.db(), QStringLiteral("status_review")) == 0);

    CHECK_FALSE(
        RecordStore(t.db(), test::supervisor(QStringLiteral("李站长"))).save(type("status_review"), review));
    REQUIRE(RecordStore(t.db(), Session::of(QStringLiteral("赵敏"), Role::County))
                .save(type("status_review"), review));
    CHECK(TempDatabase::count(t.db(), QStringLiteral("status_review")) == 1);
}
