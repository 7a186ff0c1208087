// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate warnings, offline (issue 16, item 4): a household or member already on file anywhere
// in the local data.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Query.h"
#include "core/records/DuplicateFinder.h"
#include "core/records/HouseholdRepository.h"

#include <catch2/catch.hpp>

using namespace ff;
using test::TempDatabase;
using R = DuplicateCandidate::Reason;

namespace {
QString save(Database& db, HouseholdFile f)
{
    REQUIRE(HouseholdRepository(db, test::as(QStringLiteral("王芳"))).save(f));
    return f.household.value(QStringLiteral("id")).toString();
}

HouseholdFile stranger(const QString& village = QStringLiteral("西河村"))
{
    HouseholdFile f;
    f.household = {{QStringLiteral("household_no"), QStringLiteral("371321105-000099")},
                   {QStringLiteral("village"), village},
                   {QStringLiteral("status"), QStringLiteral("dibao")}};
    f.members = {{{QStringLiteral("name"), QStringLiteral("陈静")},
                  {QStringLiteral("sex"), QStringLiteral("female")},
                  {QStringLiteral("birth_date"), QStringLiteral("1971-02-03")},
                  {QStringLiteral("relation"), QStringLiteral("head")}}};
    return f;
}
} // namespace

TEST_CASE("a household or member already on file is found by ID number, by name, village and birth date, "
          "and by phone",
          "[records][duplicates]")
{
    TempDatabase t;
    const HouseholdFile onFile = test::sampleHousehold(QStringLiteral("张伟"));
    const QString existing = save(t.db(), onFile);
    REQUIRE_FALSE(existing.isEmpty());
    const DuplicateFinder finder(t.db());

    // Nothing alike: nothing found.
    CHECK(finder.candidates(stranger(), {}, true).isEmpty());

    // The child's ID number, typed with a space and a small x where it has an X, full width or not.
    HouseholdFile byId = stranger();
    QVariantMap child = onFile.members.at(1);
    child.insert(QStringLiteral("name"), QStringLiteral("张晓雨")); // a typing difference
    child.insert(QStringLiteral("id_number"),
                 QStringLiteral(" ") + child.value(QStringLiteral("id_number")).toString());
    byId.members.append(child);
    QList<DuplicateCandidate> found = finder.candidates(byId, {}, true);
    REQUIRE(found.size() == 1);
    CHECK(found[0].reason == R::SameIdNumber);
    CHECK(found[0].householdId == existing);
    CHECK(found[0].householdNo == QStringLiteral("371321105-000001"));
    CHECK(found[0].headName == QStringLiteral("张伟"));
    CHECK(found[0].village == QStringLiteral("东山村"));
    CHECK(found[0].memberName == QStringLiteral("张小雨"));
    CHECK(found[0].typedName == QStringLiteral("张晓雨"));
    CHECK(found[0].describe() ==
          QStringLiteral("371321105-000001 张伟 (东山村): 张小雨 has the same resident ID number as 张晓雨"));

    // The same name and birth date: only in the same village.
    HouseholdFile sameVillage = stranger(QStringLiteral("东山村"));
    sameVillage.members.append({{QStringLiteral("name"), QStringLiteral("张伟")},
                                {QStringLiteral("birth_date"), QDate(1960, 3, 15)},
                                {QStringLiteral("relation"), QStringLiteral("spouse")}});
    found = finder.candidates(sameVillage, {}, false);
    REQUIRE(found.size() == 1);
    CHECK(found[0].reason == R::SameNameVillageBirth);
    CHECK(found[0].memberName == QStringLiteral("张伟"));
    HouseholdFile otherVillage = sameVillage;
    otherVillage.household.insert(QStringLiteral("village"), QStringLiteral("西河村"));
    CHECK(finder.candidates(otherVillage, {}, false).isEmpty());
    HouseholdFile otherDay = sameVillage;
    otherDay.members[1].insert(QStringLiteral("birth_date"), QDate(1960, 3, 16));
    CHECK(finder.candidates(otherDay, {}, false).isEmpty());

    // The phone, written another way; only when asked (a new household or a changed number).
    HouseholdFile byPhone = stranger();
    byPhone.household.insert(QStringLiteral("phone"), QStringLiteral("138-1234 5678"));
    found = finder.candidates(byPhone, {}, true);
    REQUIRE(found.size() == 1);
    CHECK(found[0].reason == R::SamePhone);
    CHECK(found[0].describe() == QStringLiteral("371321105-000001 张伟 (东山村): the same phone number"));
    CHECK(finder.candidates(byPhone, {}, false).isEmpty());
    byPhone.household.insert(QStringLiteral("phone"), QStringLiteral("5678"));
    CHECK(finder.candidates(byPhone, {}, true).isEmpty());

    // Several reasons: the ID number first, each household once per reason.
    HouseholdFile all = byId;
    all.household.insert(QStringLiteral("phone"), QStringLiteral("13812345678"));
    all.members.append(onFile.members.at(0)); // the head, also on file
    all.members.append(onFile.members.at(1)); // the child a second time: listed once
    found = finder.candidates(all, {}, true);
    REQUIRE(found.size() == 3);
    CHECK(found[0].reason == R::SameIdNumber);
    CHECK(found[1].reason == R::SameIdNumber);
    CHECK(found[2].reason == R::SamePhone);

    // The household itself is not its own duplicate; a removed one is no longer on file.
    CHECK(finder.candidates(onFile, existing, true).isEmpty());
    Query removed(t.db());
    REQUIRE(removed.exec(QStringLiteral("UPDATE household SET deleted = 1 WHERE id = '%1'").arg(existing)));
    CHECK(finder.candidates(byId, {}, true).isEmpty());
}
