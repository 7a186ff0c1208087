// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/forms/BuiltInForms.h"
#include "core/model/ResidentId.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/HistoryReader.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/ReferralRepository.h"
#include "core/records/RiskFlagRepository.h"
#include "core/records/StatusReviewRepository.h"

#include <QDateTime>
#include <QSet>

using namespace ff;
using test::TempDatabase;

TEST_CASE("a household's history names who changed which field from what to what", "[history]")
{
    TempDatabase t;
    ManualClock clock(1'750'000'000'000);
    HouseholdRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repo.save(file));
    clock.advance(60'000);
    file.household.insert(QStringLiteral("phone"), QStringLiteral("13900001111"));
    file.members[1].insert(QStringLiteral("name"), QStringLiteral("张小雪"));
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("李娜"), clock)).save(file));

    const QList<HistoryEntry> history =
        HistoryReader(t.db()).forHousehold(file.household.value(QStringLiteral("id")).toString());
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
    HouseholdRepository households(t.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(households.save(file));
    const auto form = BuiltInForms::needsAssessment();
    REQUIRE(form);

    AssessmentRepository repo(t.db(), test::as(QStringLiteral("王芳")));
    Assessment a;
    a.householdId = file.household.value(QStringLiteral("id")).toString();
    a.formId = form->id;
    a.formVersion = form->version;
    a.answers = {{QStringLiteral("main_difficulties"),
                  QStringList{QStringLiteral("living"), QStringLiteral("medical")}},
                 {QStringLiteral("income_stable"), true}};
    REQUIRE(repo.saveDraft(a));
    a.answers.insert(QStringLiteral("income_stable"), false);
    REQUIRE(AssessmentRepository(t.db(), test::as(QStringLiteral("李娜"))).saveDraft(a));

    QStringList lines;
    for (const HistoryEntry& e : HistoryReader(t.db()).forHousehold(a.householdId)) {
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

TEST_CASE("referrals, risk flags, status reviews and assessments are told apart in the history by title",
          "[history][casework]")
{
    TempDatabase t;
    ManualClock clock(1'780'000'000'000); // 2026-05-28
    constexpr qint64 kDay = 86'400'000;
    const auto today = [&] { return QDateTime::fromMSecsSinceEpoch(clock.nowMs()).date(); };
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(t.db(), test::as(QStringLiteral("王芳"), clock)).save(file));
    const QString household = file.household.value(QStringLiteral("id")).toString();
    const QString child = file.members[1].value(QStringLiteral("id")).toString();

    // Three referrals: two agencies, and the first agency again a week later.
    ReferralRepository referrals(t.db(), test::as(QStringLiteral("王芳"), clock));
    const auto refer = [&](const char* agency) {
        Referral r;
        r.householdId = household;
        r.agency = QString::fromLatin1(agency);
        r.reason = QStringLiteral("需要帮助");
        r.consent = true;
        r.consentOn = today();
        REQUIRE(referrals.send(r));
        return r.id;
    };
    const QString clinic = refer("township_health_centre");
    const QString women = refer("womens_federation");
    clock.advance(7 * kDay);
    const QString clinicAgain = refer("township_health_centre");
    // Two risk flags: one about the household, one about the girl.
    RiskFlagRepository flags(t.db(), test::as(QStringLiteral("王芳"), clock));
    RiskFlag violence{{},
                      household,
                      QStringLiteral("domestic_violence"),
                      QStringLiteral("high"),
                      QStringLiteral("邻居反映")};
    REQUIRE(flags.raise(violence));
    RiskFlag neglect{{},
                     household,
                     QStringLiteral("child_protection"),
                     QStringLiteral("high"),
                     QStringLiteral("无人照看")};
    neglect.memberId = child;
    REQUIRE(flags.raise(neglect));
    StatusReview review{
        {}, household, {}, QStringLiteral("tekun"), QStringLiteral("理由"), QStringLiteral("证据")};
    REQUIRE(StatusReviewRepository(t.db(), test::as(QStringLiteral("王芳"), clock)).propose(review));
    // Two assessments: the household's and the girl's.
    const auto form = BuiltInForms::needsAssessment();
    REQUIRE(form);
    AssessmentRepository assessments(t.db(), test::as(QStringLiteral("王芳"), clock));
    Assessment forHousehold;
    forHousehold.householdId = household;
    forHousehold.formId = form->id;
    forHousehold.formVersion = form->version;
    forHousehold.answers = {{QStringLiteral("income_stable"), true}};
    REQUIRE(assessments.saveDraft(forHousehold));
    Assessment forChild = forHousehold;
    forChild.id.clear();
    forChild.memberId = child;
    forChild.answers = {{QStringLiteral("guardian"), QStringLiteral("grandparent")}};
    REQUIRE(assessments.saveDraft(forChild));

    // Every line of one record carries the same title, different from the other records'.
    QHash<QString, QSet<QString>> titles; // record id → the record column of its lines
    for (const HistoryEntry& e : HistoryReader(t.db()).forHousehold(household)) {
        // A supervisor's review has the id of the record it reviews, and is named after it.
        if (e.entity == QStringLiteral("note_review"))
            CHECK(e.record.startsWith(QStringLiteral("Supervisor's review ")));
        else if (e.entity != QStringLiteral("answer"))
            titles[e.recordId].insert(e.record);
    }
    const auto titleOf = [&](const QString& id) {
        INFO(id.toStdString());
        REQUIRE(titles.value(id).size() == 1);
        return *titles.value(id).cbegin();
    };
    CHECK(titleOf(clinic) == QStringLiteral("Referral Township health centre · 2026-05-28"));
    CHECK(titleOf(women) == QStringLiteral("Referral Women's federation · 2026-05-28"));
    CHECK(titleOf(clinicAgain) == QStringLiteral("Referral Township health centre · 2026-06-04"));
    CHECK(titleOf(violence.id) == QStringLiteral("Risk flag Domestic violence"));
    CHECK(titleOf(neglect.id) == QStringLiteral("Risk flag Child protection / mandatory report · 张小雨"));
    CHECK(titleOf(review.id) == QStringLiteral("Status review → Extreme-poverty support"));
    // An assessment and its answers: the form and whom it is for.
    CHECK(titleOf(forHousehold.id) == QStringLiteral("Assessment Needs assessment · the household"));
    CHECK(titleOf(forChild.id) == QStringLiteral("Assessment Needs assessment · 张小雨"));
    const QList<HistoryEntry> all = HistoryReader(t.db()).forHousehold(household);
    bool answerTitled = false;
    for (const HistoryEntry& e : all) {
        if (e.entity == QStringLiteral("answer") && e.recordId.startsWith(forChild.id))
            answerTitled = e.record.endsWith(QStringLiteral("Needs assessment · 张小雨"));
    }
    CHECK(answerTitled);
}

TEST_CASE("the history shows ID numbers masked, a child's too", "[history][privacy]")
{
    TempDatabase t;
    ManualClock clock(1'750'000'000'000);
    HouseholdRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repo.save(file));
    QStringList full;
    for (const QVariantMap& member : std::as_const(file.members)) {
        if (!member.value(QStringLiteral("id_number")).toString().isEmpty())
            full << member.value(QStringLiteral("id_number")).toString();
    }
    REQUIRE(full.size() >= 2);
    const QList<HistoryEntry> history =
        HistoryReader(t.db()).forHousehold(file.household.value(QStringLiteral("id")).toString());
    int shown = 0;
    for (const HistoryEntry& e : history) {
        for (const QString& id : std::as_const(full)) {
            INFO(e.field.toStdString() << ": " << e.to.toStdString());
            CHECK_FALSE(e.to.contains(id));
            CHECK_FALSE(e.from.contains(id));
            CHECK_FALSE(e.record.contains(id));
            if (e.to == ResidentId::masked(id))
                ++shown;
        }
    }
    CHECK(shown == full.size()); // each is there, masked: the first six and last four digits
}
