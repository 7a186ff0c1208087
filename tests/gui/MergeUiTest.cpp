// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Merging a household filed twice from the app (issue 16, item 4): the look-alikes of the
// selected household are listed, the one chosen is described, and a confirmed merge moves it.
#include "tests/gui/FindChild.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/model/ResidentId.h"
#include "core/records/HouseholdRepository.h"
#include "ui/households/MergeHouseholdDialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace ff;

namespace {
/// A grandson's resident ID number, with its check digit.
QString grandsonId()
{
    const QString first17 = QStringLiteral("37132120170101123");
    return first17 + ResidentId::checkDigit(first17);
}
} // namespace

TEST_CASE("a station supervisor merges a household filed twice after seeing what moves, and a caseworker "
          "cannot",
          "[gui][merge]")
{
    test::TempDatabase t;
    HouseholdFile first = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"))).save(first));
    HouseholdFile again = test::sampleHousehold(QStringLiteral("张伟"));
    again.household.insert(QStringLiteral("household_no"), QStringLiteral("371321105-000777"));
    again.members.append({{QStringLiteral("name"), QStringLiteral("张小明")},
                          {QStringLiteral("sex"), QStringLiteral("male")},
                          {QStringLiteral("birth_date"), QStringLiteral("2017-01-01")},
                          {QStringLiteral("id_number"), grandsonId()},
                          {QStringLiteral("relation"), QStringLiteral("grandson")}});
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("李明"))).save(again));
    const QString keepId = first.household.value(QStringLiteral("id")).toString();
    const QString dupId = again.household.value(QStringLiteral("id")).toString();

    {
        MergeHouseholdDialog asCaseworker(t.db(), test::as(QStringLiteral("王芳")), keepId);
        REQUIRE(asCaseworker.candidates()->count() == 1);
        CHECK_FALSE(asCaseworker.mergeButton()->isEnabled());
        CHECK(asCaseworker.summary().contains(QStringLiteral("Only the station supervisor")));
    }

    MergeHouseholdDialog d(t.db(), test::supervisor(QStringLiteral("周督导")), keepId);
    d.show();
    REQUIRE(d.candidates()->count() == 1);
    CHECK(d.candidates()->item(0)->text().contains(QStringLiteral("371321105-000777")));
    CHECK(d.summary().contains(QStringLiteral("2 member(s) already")));
    CHECK(d.summary().contains(QStringLiteral("1 member(s) move")));
    REQUIRE(d.mergeButton()->isEnabled());
    QString asked;
    d.setConfirm([&](const QString& question) {
        asked = question;
        return false; // Cancel first: nothing happens
    });
    d.mergeButton()->click();
    CHECK(asked.contains(QStringLiteral("371321105-000777")));
    CHECK(d.isVisible());
    CHECK(HouseholdRepository(t.db()).load(dupId));
    d.setConfirm([](const QString&) { return true; });
    d.mergeButton()->click();
    CHECK(d.result() == QDialog::Accepted);
    CHECK_FALSE(HouseholdRepository(t.db()).load(dupId));
    CHECK(HouseholdRepository(t.db()).load(keepId)->members.size() == 3);
}
