// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The status a household is filed with stays unconfirmed until the station or the county confirms
// it; each opening of a household file is recorded and never changed.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/journal/JournalReader.h"
#include "core/records/FileOpenRepository.h"
#include "core/records/HouseholdListQuery.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/RecordStore.h"
#include "core/records/StatusReviewRepository.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"
#include "core/sync/DeviceSync.h"

#include <catch2/catch.hpp>

using namespace ff;
using test::TempDatabase;

namespace {
void enrollAs(Database& db, const QString& user, const QString& role)
{
    const auto key = QByteArray(32, 'k');
    REQUIRE(DeviceSync(db).setCounty(QStringLiteral("371321"), key, key, QStringLiteral("https://county"),
                                     user, role));
}
} // namespace

TEST_CASE("a household filed with a status is unconfirmed until a supervisor confirms it", "[review]")
{
    TempDatabase t;
    enrollAs(t.db(), QStringLiteral("王芳"), QStringLiteral("caseworker"));
    HouseholdRepository caseworker(t.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    file.household.insert(QStringLiteral("status"), QStringLiteral("dibao"));
    REQUIRE(caseworker.save(file));
    const QString id = file.household.value(QStringLiteral("id")).toString();
    CHECK_FALSE(caseworker.isStatusConfirmed(id));
    HouseholdListQuery list(t.db());
    REQUIRE(list.page(0, 10).size() == 1);
    CHECK(list.page(0, 10).first().statusUnconfirmed);

    // A caseworker may neither confirm nor file a status as confirmed.
    const Status refused = caseworker.confirmStatus(id);
    CHECK(refused.error().detail == QStringLiteral("confirmation_not_authorised"));
    CHECK_FALSE(Authority::create(Role::Caseworker, *RecordTypes::find(QStringLiteral("household")),
                                  {{QStringLiteral("status_confirmed"), true}}));

    enrollAs(t.db(), QStringLiteral("李督导"), QStringLiteral("supervisor"));
    REQUIRE(HouseholdRepository(t.db(), test::supervisor(QStringLiteral("李督导"))).confirmStatus(id));
    CHECK(caseworker.isStatusConfirmed(id));
    CHECK_FALSE(list.page(0, 10).first().statusUnconfirmed);
    // Saving the file again (the caseworker edits the notes) keeps the confirmation.
    enrollAs(t.db(), QStringLiteral("王芳"), QStringLiteral("caseworker"));
    HouseholdFile again = *caseworker.load(id);
    again.household.remove(QStringLiteral("status_confirmed"));
    again.household.insert(QStringLiteral("notes"), QStringLiteral("低保已确认"));
    REQUIRE(caseworker.save(again));
    CHECK(caseworker.isStatusConfirmed(id));
}

TEST_CASE("a status review's confirmation by the county confirms the status it sets", "[review]")
{
    TempDatabase t;
    enrollAs(t.db(), QStringLiteral("王芳"), QStringLiteral("caseworker"));
    HouseholdRepository caseworker(t.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    file.household.insert(QStringLiteral("status"), QStringLiteral("low_income"));
    REQUIRE(caseworker.save(file));
    const QString id = file.household.value(QStringLiteral("id")).toString();
    StatusReview r{
        {}, id, {}, QStringLiteral("dibao"), QStringLiteral("收入下降"), QStringLiteral("收入证明")};
    REQUIRE(StatusReviewRepository(t.db(), test::as(QStringLiteral("王芳"))).propose(r));
    enrollAs(t.db(), QStringLiteral("李督导"), QStringLiteral("supervisor"));
    REQUIRE(StatusReviewRepository(t.db(), test::supervisor(QStringLiteral("李督导")))
                .recommend(r.id, QStringLiteral("recommended"), {}));
    enrollAs(t.db(), QStringLiteral("赵敏"), QStringLiteral("county"));
    REQUIRE(StatusReviewRepository(t.db(), Session::of(QStringLiteral("赵敏"), Role::County))
                .decide(r.id, QStringLiteral("approved"), {}));
    CHECK(caseworker.value(id, QStringLiteral("status")).toString() == QStringLiteral("dibao"));
    CHECK(caseworker.isStatusConfirmed(id));
}

TEST_CASE("opening a household file is recorded with who and when, and the record is never changed",
          "[history]")
{
    TempDatabase t;
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(file));
    const QString id = file.household.value(QStringLiteral("id")).toString();
    const int before = int(JournalReader(t.db()).since(0).size());

    REQUIRE(FileOpenRepository(t.db(), test::as(QStringLiteral("王芳"))).record(id));
    REQUIRE(FileOpenRepository(t.db(), test::supervisor(QStringLiteral("李督导"))).record(id));
    REQUIRE(FileOpenRepository(t.db(), test::as(QStringLiteral("王芳"))).record({})); // a new file: nothing
    const QList<FileOpenRepository::Opening> seen =
        FileOpenRepository(t.db(), test::as(QStringLiteral("王芳"))).openings(id);
    REQUIRE(seen.size() == 2);
    QStringList who{seen.at(0).by, seen.at(1).by};
    who.sort();
    CHECK(who == QStringList{QStringLiteral("李督导"), QStringLiteral("王芳")});
    CHECK(seen.first().at.isValid());
    CHECK(qAbs(seen.first().at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // Journaled like every record, so the next sync takes it to the county.
    CHECK(int(JournalReader(t.db()).since(0).size()) == before + 2);

    const RecordType& type = *RecordTypes::find(QStringLiteral("file_open"));
    for (Role role : {Role::Caseworker, Role::Supervisor, Role::County}) {
        CHECK(Authority::change(role, type, QStringLiteral("opened_by"), QStringLiteral("王芳"),
                                QStringLiteral("别人"))
                  .refusal == QStringLiteral("file_open_is_final"));
        CHECK_FALSE(Authority::remove(role, type));
    }
}
