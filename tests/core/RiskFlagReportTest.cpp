// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A risk flag says about whom, and a child-protection concern records its mandatory report,
// possibly as a referral made without consent.
#include "tests/core/CaseworkFixture.h"
#include "tests/support/QtStringMaker.h"

#include "core/journal/JournalReplayer.h"
#include "core/model/AgencyList.h"
#include "core/records/HistoryReader.h"
#include "core/records/ReferralRepository.h"
#include "core/records/RiskFlagRepository.h"

using namespace ff;
using test::TempDatabase;

namespace {
constexpr qint64 kDay = 86'400'000;
} // namespace

TEST_CASE("a risk flag is about a member of its household, its report needs whom and when",
          "[casework][risk]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    const HouseholdFile file = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000001"));
    const HouseholdFile other = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000002"));
    const QString household = test::idOf(file.household);
    const QString child = test::idOf(file.members[1]);
    RiskFlagRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));

    RiskFlag f{{},
               household,
               QStringLiteral("child_protection"),
               QStringLiteral("high"),
               QStringLiteral("孩子独自在家三天，邻居报告")};
    SECTION("a member of another household, or half a report, is refused and nothing is written")
    {
        const QString before = TempDatabase::dumpJournal(t.db());
        f.memberId = test::idOf(other.members[1]);
        Status s = repo.raise(f);
        REQUIRE_FALSE(s.isOk());
        CHECK(s.error().message.contains(QStringLiteral("not a member of this household")));
        f.memberId = child;
        f.reportedTo = QStringLiteral("镇派出所");
        s = repo.raise(f);
        REQUIRE_FALSE(s.isOk());
        CHECK(s.error().message.contains(QStringLiteral("both")));
        f.reportedOn = today.addDays(1);
        s = repo.raise(f);
        REQUIRE_FALSE(s.isOk());
        CHECK(s.error().message.contains(QStringLiteral("future")));
        CHECK(TempDatabase::dumpJournal(t.db()) == before);
        CHECK(f.id.isEmpty());
    }

    SECTION("raised about the child, reported later, then closed; the history names both")
    {
        f.memberId = child;
        REQUIRE(repo.raise(f));
        auto loaded = repo.load(f.id);
        REQUIRE(loaded);
        CHECK(loaded->memberId == child);
        CHECK(loaded->awaitsMandatoryReport());
        CHECK_FALSE(repo.close(f.id, QStringLiteral("孩子父亲已回家")).isOk());

        const QString before = TempDatabase::dumpJournal(t.db());
        CHECK_FALSE(repo.recordReport(f.id, {}, {}).isOk());
        CHECK_FALSE(repo.recordReport(f.id, QStringLiteral("镇派出所"), {}).isOk());
        CHECK_FALSE(repo.recordReport(f.id, QStringLiteral("镇派出所"), today.addDays(2)).isOk());
        CHECK(TempDatabase::dumpJournal(t.db()) == before);

        clock.advance(kDay);
        REQUIRE(repo.recordReport(f.id, QStringLiteral("镇派出所"), today));
        loaded = repo.load(f.id);
        CHECK(loaded->reportedTo == QStringLiteral("镇派出所"));
        CHECK(loaded->reportedOn == today);
        CHECK_FALSE(loaded->awaitsMandatoryReport());
        REQUIRE(repo.close(f.id, QStringLiteral("孩子父亲已回家照料")));
        CHECK_FALSE(repo.recordReport(f.id, QStringLiteral("县公安局"), today).isOk());

        const QString rows = TempDatabase::dumpRecords(t.db());
        REQUIRE(JournalReplayer::rebuild(t.db()));
        CHECK(TempDatabase::dumpRecords(t.db()) == rows);

        QStringList seen;
        for (const HistoryEntry& e : HistoryReader(t.db()).forHousehold(household)) {
            if (e.entity == QStringLiteral("risk_flag"))
                seen << e.field + QStringLiteral("=") + e.to;
        }
        CHECK(seen.contains(QStringLiteral("About whom=") +
                            file.members[1].value(QStringLiteral("name")).toString()));
        CHECK(seen.contains(QStringLiteral("Reported to=镇派出所")));
    }

    SECTION("other kinds of risk need no report to close")
    {
        f.type = QStringLiteral("health_emergency");
        REQUIRE(repo.raise(f));
        CHECK_FALSE(repo.load(f.id)->awaitsMandatoryReport());
        CHECK(repo.close(f.id, QStringLiteral("已出院")));
    }
}

TEST_CASE("a mandatory report is a referral without consent, only for a child-protection concern",
          "[casework][risk][referral]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const HouseholdFile file = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000001"));
    const QString household = test::idOf(file.household);
    ReferralRepository referrals(t.db(), test::as(QStringLiteral("王芳"), clock));
    RiskFlagRepository flags(t.db(), test::as(QStringLiteral("王芳"), clock));

    Referral report;
    report.householdId = household;
    report.agency = QStringLiteral("police_station");
    report.reason = QStringLiteral("孩子身上有伤，疑似遭受监护人殴打");
    report.mandatoryReport = true;

    // Without a child-protection flag there is no ground for skipping consent: refused, nothing written.
    RiskFlag health{{},
                    household,
                    QStringLiteral("health_emergency"),
                    QStringLiteral("high"),
                    QStringLiteral("户主住院")};
    REQUIRE(flags.raise(health));
    const QString before = TempDatabase::dumpJournal(t.db());
    const Status refused = referrals.send(report);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().message.contains(QStringLiteral("raise a child-protection risk flag first")));
    CHECK(TempDatabase::dumpJournal(t.db()) == before);

    RiskFlag child{{},
                   household,
                   QStringLiteral("child_protection"),
                   QStringLiteral("high"),
                   QStringLiteral("孩子身上有多处淤青")};
    child.memberId = test::idOf(file.members[1]);
    REQUIRE(flags.raise(child));
    REQUIRE(flags.load(child.id)->awaitsMandatoryReport());

    // With it, the report is sent without consent and is the flag's report, in one commit.
    clock.advance(kDay);
    REQUIRE(referrals.send(report));
    const auto sent = referrals.load(report.id);
    REQUIRE(sent);
    CHECK(sent->mandatoryReport);
    CHECK_FALSE(sent->consent);
    const auto reported = flags.load(child.id);
    CHECK(reported->isReported());
    CHECK(reported->reportedOn == sent->sentOn);
    CHECK(reported->reportedTo == AgencyList::builtIn().label(QStringLiteral("police_station")));
    CHECK_FALSE(flags.load(health.id)->isReported());

    // An ordinary referral still needs consent.
    Referral ordinary = report;
    ordinary.id.clear();
    ordinary.mandatoryReport = false;
    ordinary.agency = QStringLiteral("womens_federation");
    CHECK(referrals.send(ordinary).error().message.contains(QStringLiteral("consent")));

    const QString rows = TempDatabase::dumpRecords(t.db());
    REQUIRE(JournalReplayer::rebuild(t.db()));
    CHECK(TempDatabase::dumpRecords(t.db()) == rows);
}
