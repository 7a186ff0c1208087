// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtStringMaker.h"
#include "TempDatabase.h"

#include "forms/BuiltInForms.h"
#include "storage/AssessmentRepository.h"
#include "storage/HistoryReader.h"
#include "storage/HouseholdRepository.h"

using namespace ff;
using test::TempDatabase;

TEST_CASE("a household's history names who changed which field from what to what", "[history]")
{
    TempDatabase t;
    ManualClock clock(1'750'000'000'000);
    HouseholdRepository repo(t.db(), clock);
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repo.save(file, QStringLiteral("王芳")));
    clock.advance(60'000);
    file.household.insert(QStringLiteral("phone"), QStringLiteral("13900001111"));
    file.members[1].insert(QStringLiteral("name"), QStringLiteral("张小雪"));
    REQUIRE(repo.save(file, QStringLiteral("李娜")));

    const QList<HistoryEntry> history =
        HistoryReader(t.db().sql()).forHousehold(file.household.value(QStringLiteral("id")).toString());
    REQUIRE(history.size() > 2);
    // Newest first: the two edits by 李娜.
    QStringList latest;
    for (const HistoryEntry& e : history) {
        if (e.author == QStringLiteral("李娜"))
            latest << e.field + QLatin1Char(':') + e.from + QStringLiteral("->") + e.to;
    }
    latest.sort();
    CHECK(latest == QStringList{QStringLiteral("Name:张小雨->张小雪"),
                                QStringLiteral("Phone:13812345678->13900001111")});
    CHECK(history.first().author == QStringLiteral("李娜"));
    CHECK(history.first().when.toMSecsSinceEpoch() == 1'750'000'060'000);
    CHECK(history.last().author == QStringLiteral("王芳"));
    CHECK(history.last().operation == QStringLiteral("created"));
    bool memberNamed = false;
    for (const HistoryEntry& e : history)
        memberNamed = memberNamed || e.record.contains(QStringLiteral("张小雪"));
    CHECK(memberNamed);
}

TEST_CASE("answers show in the history as their question and the chosen labels", "[history][forms]")
{
    TempDatabase t;
    HouseholdRepository households(t.db());
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(households.save(file, QStringLiteral("王芳")));
    const auto form = BuiltInForms::needsAssessment();
    REQUIRE(form);

    AssessmentRepository repo(t.db());
    Assessment a;
    a.householdId = file.household.value(QStringLiteral("id")).toString();
    a.formId = form->id;
    a.formVersion = form->version;
    a.answers = {{QStringLiteral("main_difficulties"),
                  QStringList{QStringLiteral("living"), QStringLiteral("medical")}},
                 {QStringLiteral("income_stable"), true}};
    REQUIRE(repo.saveDraft(a, QStringLiteral("王芳")));
    a.answers.insert(QStringLiteral("income_stable"), false);
    REQUIRE(repo.saveDraft(a, QStringLiteral("李娜")));

    QStringList lines;
    for (const HistoryEntry& e : HistoryReader(t.db().sql()).forHousehold(a.householdId)) {
        if (e.entity == QStringLiteral("answer"))
            lines << e.author + QLatin1Char('|') + e.field + QLatin1Char('|') + e.from + QLatin1Char('|') +
                         e.to;
    }
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(
        lines.contains(QStringLiteral("王芳|Main difficulties now|(no answer)|Daily living, Medical care")));
    CHECK(lines.contains(QStringLiteral("李娜|Is the household income stable?|Yes|No")));
    CHECK(lines.size() == 3);
}
