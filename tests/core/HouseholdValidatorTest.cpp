// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/model/HouseholdValidator.h"

using namespace ff;

namespace {
const QDate kToday(2026, 11, 22);

bool hasIssue(const QList<ValidationIssue>& issues, int member, const QString& field)
{
    for (const ValidationIssue& i : issues) {
        if (i.member == member && i.field == field)
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("a complete household passes", "[validation]")
{
    const HouseholdFile f = test::sampleHousehold();
    const auto issues = HouseholdValidator::validate(f.household, f.members, kToday);
    INFO((issues.isEmpty() ? QString() : issues.first().message).toStdString());
    CHECK(issues.isEmpty());
}

TEST_CASE("required household fields", "[validation]")
{
    HouseholdFile f = test::sampleHousehold();
    for (const char* field : {"household_no", "county", "township", "village", "status"}) {
        HouseholdFile g = f;
        g.household.remove(QString::fromLatin1(field));
        const auto issues = HouseholdValidator::validate(g.household, g.members, kToday);
        CHECK(hasIssue(issues, -1, QString::fromLatin1(field)));
    }
}

TEST_CASE("phone formats", "[validation]")
{
    CHECK(HouseholdValidator::isValidPhone(QStringLiteral("13812345678")));
    CHECK(HouseholdValidator::isValidPhone(QStringLiteral("0539-3221234")));
    CHECK(HouseholdValidator::isValidPhone(QStringLiteral("05393221234")));
    CHECK_FALSE(HouseholdValidator::isValidPhone(QStringLiteral("1381234567")));
    CHECK_FALSE(HouseholdValidator::isValidPhone(QStringLiteral("12812345678")));
    CHECK_FALSE(HouseholdValidator::isValidPhone(QStringLiteral("abc")));
    HouseholdFile f = test::sampleHousehold();
    f.household.insert(QStringLiteral("phone"), QStringLiteral("12345"));
    CHECK(
        hasIssue(HouseholdValidator::validate(f.household, f.members, kToday), -1, QStringLiteral("phone")));
}

TEST_CASE("numbers in range", "[validation]")
{
    HouseholdFile f = test::sampleHousehold();
    f.household.insert(QStringLiteral("annual_income"), -5);
    CHECK(hasIssue(HouseholdValidator::validate(f.household, f.members, kToday), -1,
                   QStringLiteral("annual_income")));
    f.household.insert(QStringLiteral("annual_income"), 20'000'000);
    CHECK(hasIssue(HouseholdValidator::validate(f.household, f.members, kToday), -1,
                   QStringLiteral("annual_income")));
    f.household.insert(QStringLiteral("annual_income"), QStringLiteral("lots"));
    CHECK(hasIssue(HouseholdValidator::validate(f.household, f.members, kToday), -1,
                   QStringLiteral("annual_income")));
    f.household.insert(QStringLiteral("annual_income"), 0);
    CHECK(HouseholdValidator::validate(f.household, f.members, kToday).isEmpty());
}

TEST_CASE("member ID number must agree with the birth date and sex", "[validation][id]")
{
    HouseholdFile f = test::sampleHousehold();
    f.members[0].insert(QStringLiteral("birth_date"), QStringLiteral("1960-03-16"));
    auto issues = HouseholdValidator::validate(f.household, f.members, kToday);
    REQUIRE(hasIssue(issues, 0, QStringLiteral("id_number")));
    CHECK(issues.first().message.contains(QStringLiteral("1960-03-15")));

    f = test::sampleHousehold();
    f.members[0].insert(QStringLiteral("sex"), QStringLiteral("female"));
    CHECK(hasIssue(HouseholdValidator::validate(f.household, f.members, kToday), 0, QStringLiteral("sex")));

    f = test::sampleHousehold();
    QString id = f.members[1].value(QStringLiteral("id_number")).toString();
    id[17] = id[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    f.members[1].insert(QStringLiteral("id_number"), id);
    CHECK(hasIssue(HouseholdValidator::validate(f.household, f.members, kToday), 1,
                   QStringLiteral("id_number")));
}

TEST_CASE("birth date not in the future, one head, disability grade", "[validation]")
{
    HouseholdFile f = test::sampleHousehold();
    f.members[1].insert(QStringLiteral("birth_date"), QStringLiteral("2027-01-01"));
    CHECK(hasIssue(HouseholdValidator::validate(f.household, f.members, kToday), 1,
                   QStringLiteral("birth_date")));

    f = test::sampleHousehold();
    f.members[1].insert(QStringLiteral("relation"), QStringLiteral("head"));
    CHECK(hasIssue(HouseholdValidator::validate(f.household, f.members, kToday), -1,
                   QStringLiteral("members")));

    f = test::sampleHousehold();
    f.members[0].insert(QStringLiteral("relation"), QStringLiteral("spouse"));
    CHECK(hasIssue(HouseholdValidator::validate(f.household, f.members, kToday), -1,
                   QStringLiteral("members")));

    f = test::sampleHousehold();
    f.members[0].insert(QStringLiteral("disability_type"), QStringLiteral("physical"));
    CHECK(hasIssue(HouseholdValidator::validate(f.household, f.members, kToday), 0,
                   QStringLiteral("disability_grade")));
    f.members[0].insert(QStringLiteral("disability_grade"), 5);
    CHECK(hasIssue(HouseholdValidator::validate(f.household, f.members, kToday), 0,
                   QStringLiteral("disability_grade")));
    f.members[0].insert(QStringLiteral("disability_grade"), 2);
    CHECK(HouseholdValidator::validate(f.household, f.members, kToday).isEmpty());

    f = test::sampleHousehold();
    f.members.clear();
    CHECK(hasIssue(HouseholdValidator::validate(f.household, f.members, kToday), -1,
                   QStringLiteral("members")));
}
