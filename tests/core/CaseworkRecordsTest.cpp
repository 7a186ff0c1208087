// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Referrals, risk flags and status reviews (issue 4): validation, the journal, replay, history,
// lifecycles, and who may decide a status review, on the laptop and at county import.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/crypto/KeyPair.h"
#include "core/db/Migrations.h"
#include "core/demo/DemoGenerator.h"
#include "core/journal/JournalReader.h"
#include "core/journal/JournalReplayer.h"
#include "core/model/AgencyList.h"
#include "core/records/HistoryReader.h"
#include "core/records/HouseholdListQuery.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/ReferralRepository.h"
#include "core/records/RiskFlagRepository.h"
#include "core/records/StatusReviewRepository.h"
#include "core/schema/Authority.h"
#include "core/server/CountyStore.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/DeviceSync.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace ff;
using test::TempDatabase;

namespace {
// 2026-06-10 08:00 UTC.
constexpr qint64 kNow = 1'781'078'400'000;
constexpr qint64 kDay = 86'400'000;

QDate dayOf(const ManualClock& clock) { return QDateTime::fromMSecsSinceEpoch(clock.nowMs()).date(); }

QString savedHousehold(TempDatabase& t, const Clock& clock)
{
    HouseholdFile file = test::sampleHousehold();
    HouseholdRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    REQUIRE(repo.save(file));
    return file.household.value(QStringLiteral("id")).toString();
}

int journalRows(TempDatabase& t) { return TempDatabase::count(t.db(), QStringLiteral("journal")); }

void enrollAs(Database& db, const QString& role)
{
    const auto key = QByteArray(32, 'k');
    REQUIRE(DeviceSync(db).setCounty(QStringLiteral("371321"), key, key, QStringLiteral("https://county"),
                                     QStringLiteral("李督导"), role));
}

Referral validReferral(const QString& household, QDate today)
{
    Referral r;
    r.householdId = household;
    r.agency = QStringLiteral("township_health_centre");
    r.reason = QStringLiteral("长期咳嗽，需要检查");
    r.consent = true;
    r.consentOn = today.addDays(-1);
    r.followUpOn = today.addDays(7);
    return r;
}
} // namespace

TEST_CASE("the built-in list of agencies loads, a broken list is refused with the reason", "[referral]")
{
    INFO(AgencyList::builtInError().toStdString());
    CHECK(AgencyList::builtInError().isEmpty());
    CHECK(AgencyList::builtIn().agencies().size() >= 10);
    REQUIRE(AgencyList::builtIn().find(QStringLiteral("womens_federation")));
    CHECK(AgencyList::builtIn().find(QStringLiteral("womens_federation"))->nameZh ==
          QStringLiteral("妇女联合会"));
    CHECK(AgencyList::builtIn().label(QStringLiteral("unknown_agency")) == QStringLiteral("unknown_agency"));

    QString error;
    CHECK_FALSE(AgencyList::parse("{\"agencies\": [", &error));
    CHECK(error.contains(QStringLiteral("not valid JSON")));
    CHECK_FALSE(AgencyList::parse("{\"agencies\": []}", &error));
    CHECK(error.contains(QStringLiteral("no \"agencies\" array")));
    CHECK_FALSE(AgencyList::parse(R"({"agencies": [{"code": "school", "zh_CN": "学校", "en": "School"},
                                                   {"code": "school", "zh_CN": "学校", "en": "School"}]})",
                                  &error));
    CHECK(error.contains(QStringLiteral("appears twice")));
    CHECK_FALSE(AgencyList::parse(R"({"agencies": [{"code": "school", "zh_CN": "学校"}]})", &error));
    CHECK(error.contains(QStringLiteral("needs a name in Chinese (zh_CN) and in English")));
    CHECK_FALSE(
        AgencyList::parse(R"({"agencies": [{"code": "Bad Code", "zh_CN": "x", "en": "x"}]})", &error));
    CHECK(error.contains(QStringLiteral("Agency 1")));
}

TEST_CASE("a referral is not sent without consent, an agency or a reason, nothing is saved", "[referral]")
{
    TempDatabase t;
    ManualClock clock(kNow);
    const QString household = savedHousehold(t, clock);
    ReferralRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    const int before = journalRows(t);

    Referral noConsent = validReferral(household, dayOf(clock));
    noConsent.consent = false;
    Status s = repo.send(noConsent);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error().message.contains(QStringLiteral("cannot be sent without the household's consent")));

    Referral noDate = validReferral(household, dayOf(clock));
    noDate.consentOn = {};
    CHECK(repo.send(noDate).error().message.contains(QStringLiteral("date the household agreed")));

    Referral bad = validReferral(household, dayOf(clock));
    bad.agency = QStringLiteral("nowhere");
    bad.reason = QStringLiteral("  ");
    bad.followUpOn = dayOf(clock).addDays(-3);
    s = repo.send(bad);
    CHECK(s.error().message.contains(QStringLiteral("Choose the agency")));
    CHECK(s.error().message.contains(QStringLiteral("Say why")));
    CHECK(s.error().message.contains(QStringLiteral("follow-up date cannot be before")));

    Referral future = validReferral(household, dayOf(clock));
    future.consentOn = dayOf(clock).addDays(2);
    CHECK(repo.send(future).error().message.contains(QStringLiteral("future")));

    Referral orphan = validReferral(QStringLiteral("no-such-household"), dayOf(clock));
    CHECK(repo.send(orphan).error().message.contains(QStringLiteral("Save the household")));

    CHECK(journalRows(t) == before);
    CHECK(TempDatabase::count(t.db(), QStringLiteral("referral")) == 0);
    CHECK(repo.forHousehold(household).isEmpty());
}

TEST_CASE("a referral goes sent then accepted then completed with dates and notes, other steps are refused",
          "[referral]")
{
    TempDatabase t;
    ManualClock clock(kNow);
    const QString household = savedHousehold(t, clock);
    ReferralRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    const QDate today = dayOf(clock);

    Referral r = validReferral(household, today);
    r.sentNote = QStringLiteral("电话联系了卫生院李医生");
    REQUIRE(repo.send(r));
    REQUIRE_FALSE(r.id.isEmpty());
    auto loaded = repo.load(r.id);
    REQUIRE(loaded);
    CHECK(loaded->status == QStringLiteral("sent"));
    CHECK(loaded->sentOn == today);
    CHECK(loaded->consent);
    CHECK(loaded->consentOn == today.addDays(-1));
    CHECK(loaded->sentNote == QStringLiteral("电话联系了卫生院李医生"));

    // Completing before the agency accepted is refused, as is a step dated before the sending.
    Status s = repo.advance(r.id, ReferralRepository::Step::Complete, today, QStringLiteral("done"));
    CHECK(s.error().message.contains(QStringLiteral("Only a referral the agency accepted can be completed")));
    s = repo.advance(r.id, ReferralRepository::Step::Accept, today.addDays(-5), {});
    CHECK(s.error().message.contains(QStringLiteral("before the previous step")));
    CHECK(repo.load(r.id)->status == QStringLiteral("sent"));

    clock.advance(2 * kDay);
    REQUIRE(
        repo.advance(r.id, ReferralRepository::Step::Accept, dayOf(clock), QStringLiteral("卫生院已接收")));
    s = repo.advance(r.id, ReferralRepository::Step::Decline, dayOf(clock), QStringLiteral("x"));
    CHECK(s.error().message.contains(QStringLiteral("not yet answered")));
    s = repo.advance(r.id, ReferralRepository::Step::Complete, dayOf(clock), QStringLiteral(" "));
    CHECK(s.error().message.contains(QStringLiteral("what came of the referral")));
    clock.advance(kDay);
    REQUIRE(
        ReferralRepository(t.db(), test::as(QStringLiteral("李娜"), clock))
            .advance(r.id, ReferralRepository::Step::Complete, dayOf(clock), QStringLiteral("已完成体检")));
    loaded = repo.load(r.id);
    CHECK(loaded->status == QStringLiteral("completed"));
    CHECK(loaded->acceptedOn == today.addDays(2));
    CHECK(loaded->acceptedNote == QStringLiteral("卫生院已接收"));
    CHECK(loaded->completedOn == today.addDays(3));
    CHECK(loaded->completedNote == QStringLiteral("已完成体检"));

    // A declined referral is finished: it cannot be accepted or completed afterwards.
    Referral second = validReferral(household, dayOf(clock));
    second.agency = QStringLiteral("school");
    REQUIRE(repo.send(second));
    CHECK_FALSE(repo.advance(second.id, ReferralRepository::Step::Decline, dayOf(clock), {})
                    .isOk()); // a decline needs its reason
    REQUIRE(
        repo.advance(second.id, ReferralRepository::Step::Decline, dayOf(clock), QStringLiteral("名额已满")));
    CHECK_FALSE(repo.advance(second.id, ReferralRepository::Step::Accept, dayOf(clock), {}).isOk());
    CHECK_FALSE(repo.advance(second.id, ReferralRepository::Step::Complete, dayOf(clock), QStringLiteral("x"))
                    .isOk());
    CHECK(repo.load(second.id)->status == QStringLiteral("declined"));

    // Every step is a change in the journal, by its author.
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT author, op FROM journal WHERE entity = 'referral' ORDER BY seq")));
    QStringList steps;
    while (q.next())
        steps << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
    CHECK(steps == QStringList{QStringLiteral("王芳:create"), QStringLiteral("王芳:update"),
                               QStringLiteral("李娜:update"), QStringLiteral("王芳:create"),
                               QStringLiteral("王芳:update")});
}

TEST_CASE("a follow-up date that passed stands out as overdue until the referral is finished", "[referral]")
{
    TempDatabase t;
    ManualClock clock(kNow);
    const QString household = savedHousehold(t, clock);
    ReferralRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    Referral a = validReferral(household, dayOf(clock));
    Referral b = validReferral(household, dayOf(clock));
    b.followUpOn = dayOf(clock).addDays(30);
    REQUIRE(repo.send(a));
    REQUIRE(repo.send(b));
    CHECK(repo.overdueCount(household) == 0);

    clock.advance(8 * kDay); // a's follow-up (7 days) has passed, b's has not
    CHECK(repo.overdueCount(household) == 1);
    CHECK(repo.load(a.id)->isOverdue(dayOf(clock)));
    CHECK_FALSE(repo.load(b.id)->isOverdue(dayOf(clock)));
    REQUIRE(repo.advance(a.id, ReferralRepository::Step::Accept, dayOf(clock), {}));
    CHECK(repo.overdueCount(household) == 1); // accepted is still in progress
    REQUIRE(repo.setFollowUp(a.id, dayOf(clock).addDays(10)));
    CHECK(repo.overdueCount(household) == 0);
    clock.advance(40 * kDay);
    CHECK(repo.overdueCount(household) == 2);
    REQUIRE(
        repo.advance(b.id, ReferralRepository::Step::Decline, dayOf(clock), QStringLiteral("不符合条件")));
    CHECK(repo.overdueCount(household) == 1);
}

TEST_CASE("a risk flag is raised at once and closed only with a note, the list shows open flags", "[risk]")
{
    TempDatabase t;
    ManualClock clock(kNow);
    const QString household = savedHousehold(t, clock);
    RiskFlagRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    RiskFlagRepository other(t.db(), test::as(QStringLiteral("李娜"), clock));
    HouseholdListQuery list(t.db());
    list.setFilter({{}, {}, {}, {}, QStringLiteral("any")});
    CHECK(list.count() == 0);

    const int before = journalRows(t);
    RiskFlag bad;
    bad.householdId = household;
    bad.type = QStringLiteral("flood");
    const Status refused = repo.raise(bad);
    CHECK(refused.error().message.contains(QStringLiteral("Choose the kind of risk")));
    CHECK(refused.error().message.contains(QStringLiteral("Choose how severe")));
    CHECK(refused.error().message.contains(QStringLiteral("Describe the risk")));
    CHECK(journalRows(t) == before);

    RiskFlag f;
    f.householdId = household;
    f.type = QStringLiteral("child_protection");
    f.severity = QStringLiteral("high");
    f.description = QStringLiteral("孩子身上有多处淤青，监护人说法不一，已按强制报告要求报告派出所");
    REQUIRE(repo.raise(f));
    CHECK(f.raisedBy == QStringLiteral("王芳"));
    CHECK(f.raisedAt == QDateTime::fromMSecsSinceEpoch(kNow).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    REQUIRE(repo.openForHousehold(household).size() == 1);

    CHECK(list.count() == 1);
    const QList<HouseholdRow> rows = list.page(0, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().risk == QStringLiteral("child_protection"));
    list.setFilter({{}, {}, {}, {}, QStringLiteral("domestic_violence")});
    CHECK(list.count() == 0);
    list.setFilter({{}, {}, {}, {}, QStringLiteral("child_protection")});
    CHECK(list.count() == 1);

    const int beforeClose = journalRows(t);
    const Status noNote = repo.close(f.id, QStringLiteral("   "));
    REQUIRE_FALSE(noNote.isOk());
    CHECK(noNote.error().message.contains(QStringLiteral("closed only with a note")));
    CHECK(journalRows(t) == beforeClose);
    CHECK(repo.load(f.id)->isOpen());
    CHECK(list.count() == 1);

    clock.advance(kDay);
    // A child-protection concern closes only once its mandatory report is recorded.
    CHECK(other.close(f.id, QStringLiteral("已处理"))
              .error()
              .message.contains(QStringLiteral("mandatory report")));
    CHECK(journalRows(t) == beforeClose);
    REQUIRE(repo.recordReport(f.id, QStringLiteral("镇派出所"), dayOf(clock).addDays(-1)));
    REQUIRE(other.close(f.id, QStringLiteral("已转介未成年人救助保护机构，孩子由姑姑照料")));
    const auto closed = repo.load(f.id);
    CHECK(closed->status == QStringLiteral("closed"));
    CHECK(closed->closedBy == QStringLiteral("李娜"));
    CHECK(closed->closingNote == QStringLiteral("已转介未成年人救助保护机构，孩子由姑姑照料"));
    CHECK(repo.openForHousehold(household).isEmpty());
    CHECK(other.close(f.id, QStringLiteral("again"))
              .error()
              .message.contains(QStringLiteral("already closed")));
    CHECK(list.count() == 0);
    list.setFilter({{}, {}, {}, {}, QStringLiteral("any")});
    CHECK(list.count() == 0);
}

TEST_CASE("old risk markers count as open risks until the household has a risk flag", "[risk]")
{
    TempDatabase t;
    ManualClock clock(kNow);
    HouseholdFile file = test::sampleHousehold();
    file.household.insert(QStringLiteral("risk_markers"), QStringLiteral("violence"));
    HouseholdRepository households(t.db(), test::as(QStringLiteral("王芳"), clock));
    REQUIRE(households.save(file));
    const QString household = file.household.value(QStringLiteral("id")).toString();
    HouseholdListQuery list(t.db());
    list.setFilter({{}, {}, {}, {}, QStringLiteral("domestic_violence")});
    CHECK(list.count() == 1);

    RiskFlagRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    RiskFlag f{{},
               household,
               QStringLiteral("health_emergency"),
               QStringLiteral("medium"),
               QStringLiteral("户主住院")};
    REQUIRE(repo.raise(f));
    CHECK(list.count() == 0); // the flags now speak for the household
    list.setFilter({{}, {}, {}, {}, QStringLiteral("health_emergency")});
    CHECK(list.count() == 1);
    REQUIRE(repo.close(f.id, QStringLiteral("已出院")));
    list.setFilter({{}, {}, {}, {}, QStringLiteral("any")});
    CHECK(list.count() == 0);
}

TEST_CASE("a status review is proposed with reasons and evidence, a caseworker cannot decide it", "[review]")
{
    TempDatabase t;
    ManualClock clock(kNow);
    const QString household = savedHousehold(t, clock); // status dibao
    StatusReviewRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    const int before = journalRows(t);

    StatusReview same{{}, household, {}, QStringLiteral("dibao"), QStringLiteral("x"), QStringLiteral("y")};
    CHECK(repo.propose(same).error().message.contains(QStringLiteral("already has this status")));
    StatusReview empty{{}, household, {}, QStringLiteral("none")};
    const Status missing = repo.propose(empty);
    CHECK(missing.error().message.contains(QStringLiteral("reasons")));
    CHECK(missing.error().message.contains(QStringLiteral("evidence")));
    CHECK(journalRows(t) == before);

    StatusReview r{{},
                   household,
                   {},
                   QStringLiteral("none"),
                   QStringLiteral("子女已就业，家庭收入超过低保标准"),
                   QStringLiteral("劳动合同；2026年5月工资流水；入户核查")};
    REQUIRE(repo.propose(r));
    CHECK(r.fromStatus == QStringLiteral("dibao"));
    CHECK(r.proposedBy == QStringLiteral("王芳"));
    StatusReview second = r;
    second.id.clear();
    second.proposedStatus = QStringLiteral("low_income");
    CHECK(repo.propose(second).error().message.contains(QStringLiteral("already waiting")));

    // This laptop never enrolled: the person at it acts as a caseworker.
    CHECK(DeviceSync(t.db()).session(QStringLiteral("王芳")).role() == Role::Caseworker);
    CHECK_FALSE(repo.mayDecide());
    const int beforeDecision = journalRows(t);
    const Status refused = repo.decide(r.id, QStringLiteral("approved"), {});
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().message.contains(QStringLiteral("Only county staff")));
    CHECK(journalRows(t) == beforeDecision);
    CHECK_FALSE(repo.load(r.id)->isDecided());

    // Enrolled as a caseworker: still refused.
    enrollAs(t.db(), QStringLiteral("caseworker"));
    CHECK(DeviceSync(t.db()).session().role() == Role::Caseworker);
    CHECK_FALSE(StatusReviewRepository(t.db(), DeviceSync(t.db()).session(clock))
                    .decide(r.id, QStringLiteral("approved"), {})
                    .isOk());
    CHECK(journalRows(t) == beforeDecision);
}

TEST_CASE("the county's confirmation sets the household's status through the journal, a refusal needs a "
          "comment",
          "[review]")
{
    TempDatabase t;
    ManualClock clock(kNow);
    const QString household = savedHousehold(t, clock);
    enrollAs(t.db(), QStringLiteral("county"));
    // Enrolled as county staff: the person at this laptop acts as one (and may take the station's
    // step too).
    StatusReviewRepository repo(t.db(), DeviceSync(t.db()).session(clock));
    REQUIRE(repo.mayDecide());
    REQUIRE(repo.mayRecommend());

    StatusReview r{{},
                   household,
                   {},
                   QStringLiteral("tekun"),
                   QStringLiteral("户主失能，无法定赡养人"),
                   QStringLiteral("残疾证；村委会证明")};
    REQUIRE(repo.propose(r));
    CHECK(repo.decide(r.id, QStringLiteral("approved"), {})
              .error()
              .message.contains(QStringLiteral("not recommended")));
    REQUIRE(repo.recommend(r.id, QStringLiteral("recommended"), {}));
    CHECK(repo.decide(r.id, QStringLiteral("returned"), QStringLiteral(" "))
              .error()
              .message.contains(QStringLiteral("Say why")));
    CHECK(repo.decide(r.id, QStringLiteral("maybe"), {})
              .error()
              .message.contains(QStringLiteral("confirmed or refused")));
    clock.advance(kDay);
    REQUIRE(repo.decide(r.id, QStringLiteral("approved"), QStringLiteral("同意")));
    const auto decided = repo.load(r.id);
    CHECK(decided->decision == QStringLiteral("approved"));
    CHECK(decided->decidedBy == QStringLiteral("李督导"));
    CHECK(decided->decidedOn == dayOf(clock));
    CHECK(decided->decisionComment == QStringLiteral("同意"));
    CHECK(HouseholdRepository(t.db()).load(household)->household.value(QStringLiteral("status")) ==
          QStringLiteral("tekun"));
    CHECK(repo.decide(r.id, QStringLiteral("returned"), QStringLiteral("x"))
              .error()
              .message.contains(QStringLiteral("already been decided")));

    // The status change is the county's change in the journal, made with the decision.
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(
        QStringLiteral("SELECT author, fields FROM journal WHERE entity = 'household' ORDER BY seq DESC"
                       " LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("李督导"));
    CHECK(q.value(1).toString().contains(QStringLiteral("tekun")));

    // The next proposal starts from the new status.
    StatusReview next{{}, household, {}, QStringLiteral("dibao"), QStringLiteral("x"), QStringLiteral("y")};
    REQUIRE(repo.propose(next));
    CHECK(next.fromStatus == QStringLiteral("tekun"));
    REQUIRE(repo.recommend(next.id, QStringLiteral("recommended"), {}));
    REQUIRE(repo.decide(next.id, QStringLiteral("returned"), QStringLiteral("证据不足")));
    CHECK(HouseholdRepository(t.db()).load(household)->household.value(QStringLiteral("status")) ==
          QStringLiteral("tekun"));
}

TEST_CASE("a caseworker's household file does not change the assistance status, a confirmed review does",
          "[review][household]")
{
    TempDatabase t;
    ManualClock clock(kNow);
    const QString household = savedHousehold(t, clock); // status dibao, registered by the caseworker
    HouseholdRepository households(t.db(), test::as(QStringLiteral("王芳"), clock));

    // Changing the status of the household on file: refused with the way to do it, nothing saved.
    HouseholdFile file = *households.load(household);
    file.household.insert(QStringLiteral("status"), QStringLiteral("tekun"));
    file.household.insert(QStringLiteral("phone"), QStringLiteral("13900001111"));
    const QString journalBefore = TempDatabase::dumpJournal(t.db());
    QList<ValidationIssue> issues;
    const Status refused = households.save(file, &issues);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().message.contains(QStringLiteral("Nothing was saved")));
    CHECK(refused.error().message.contains(QStringLiteral("status review")));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].member == -1);
    CHECK(issues[0].field == QStringLiteral("status"));
    CHECK(TempDatabase::dumpJournal(t.db()) == journalBefore);
    CHECK(households.load(household)->household.value(QStringLiteral("status")) == QStringLiteral("dibao"));
    CHECK(households.load(household)->household.value(QStringLiteral("phone")) ==
          QStringLiteral("13812345678"));
    // Clearing it is a change too.
    file.household.insert(QStringLiteral("status"), QVariant());
    CHECK_FALSE(households.save(file).isOk());
    CHECK(TempDatabase::dumpJournal(t.db()) == journalBefore);

    // The same file with the status as it is saves its other changes.
    file.household.insert(QStringLiteral("status"), QStringLiteral("dibao"));
    REQUIRE(households.save(file));
    CHECK(households.load(household)->household.value(QStringLiteral("phone")) ==
          QStringLiteral("13900001111"));
    // A new household is registered with its status.
    HouseholdFile other = test::sampleHousehold(QStringLiteral("李强"));
    other.household.insert(QStringLiteral("household_no"), QStringLiteral("371321105-000002"));
    other.household.insert(QStringLiteral("status"), QStringLiteral("low_income"));
    REQUIRE(households.save(other));

    // The legitimate path: a status review the station recommends and the county confirms sets it,
    // and the caseworker's file then saves with the new status.
    StatusReview r{
        {}, household, {}, QStringLiteral("tekun"), QStringLiteral("户主失能"), QStringLiteral("残疾证")};
    REQUIRE(StatusReviewRepository(t.db(), test::as(QStringLiteral("王芳"), clock)).propose(r));
    enrollAs(t.db(), QStringLiteral("supervisor"));
    REQUIRE(StatusReviewRepository(t.db(), test::supervisor(QStringLiteral("李督导"), clock))
                .recommend(r.id, QStringLiteral("recommended"), {}));
    enrollAs(t.db(), QStringLiteral("county"));
    REQUIRE(StatusReviewRepository(t.db(), Session::of(QStringLiteral("赵敏"), Role::County, clock))
                .decide(r.id, QStringLiteral("approved"), {}));
    enrollAs(t.db(), QStringLiteral("caseworker"));
    HouseholdFile after = *households.load(household);
    CHECK(after.household.value(QStringLiteral("status")) == QStringLiteral("tekun"));
    after.household.insert(QStringLiteral("notes"), QStringLiteral("已批准特困供养"));
    REQUIRE(households.save(after));
    CHECK(households.load(household)->household.value(QStringLiteral("status")) == QStringLiteral("tekun"));

    // The review decided it: confirmed with it.
    CHECK(households.isStatusConfirmed(household));

    // No role changes the status directly: a supervisor's file is refused too, and so is the county's.
    after.household.insert(QStringLiteral("status"), QStringLiteral("dibao"));
    enrollAs(t.db(), QStringLiteral("supervisor"));
    const Status bySupervisor =
        HouseholdRepository(t.db(), test::supervisor(QStringLiteral("李督导"), clock)).save(after);
    CHECK(bySupervisor.error().message.contains(QStringLiteral("status review")));
    const Status byCounty =
        HouseholdRepository(t.db(), Session::of(QStringLiteral("县民政局"), Role::County, clock)).save(after);
    CHECK_FALSE(byCounty);
    CHECK(households.load(household)->household.value(QStringLiteral("status")) == QStringLiteral("tekun"));
}

TEST_CASE("the county parks a review decision made on a caseworker's device, and applies a supervisor's step",
          "[review][county]")
{
    TempDatabase countyDb, caseworkerDb, supervisorDb;
    REQUIRE(CountyStore::initialize(countyDb.db(), QStringLiteral("371321")));
    CountyStore county(countyDb.db());
    REQUIRE(
        county.addUser(QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")));
    REQUIRE(county.addUser(QStringLiteral("李督导"), QStringLiteral("supervisor"),
                           QStringLiteral("岸堤镇社工站")));
    const auto enroll = [&](Database& laptop, const QString& user) {
        QString code, owner;
        REQUIRE(county.issueEnrollmentCode(user, &code));
        const auto signing = crypto::KeyPair::generate(crypto::KeyPair::Kind::Signing);
        const auto box = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
        REQUIRE(county.enroll(code, DeviceSync(laptop).deviceId(), signing.publicKey, box.publicKey, &owner));
    };
    enroll(caseworkerDb.db(), QStringLiteral("王芳"));
    enroll(supervisorDb.db(), QStringLiteral("李督导"));

    // A caseworker's laptop that claims the county role locally (tampered) recommends and decides
    // its own proposal.
    ManualClock clock(kNow);
    const QString household = savedHousehold(caseworkerDb, clock);
    enrollAs(caseworkerDb.db(), QStringLiteral("county"));
    StatusReviewRepository caseworkerReviews(caseworkerDb.db(), DeviceSync(caseworkerDb.db()).session(clock));
    StatusReview r{
        {}, household, {}, QStringLiteral("tekun"), QStringLiteral("理由"), QStringLiteral("证据")};
    REQUIRE(caseworkerReviews.propose(r));
    REQUIRE(caseworkerReviews.recommend(r.id, QStringLiteral("recommended"), {}));
    REQUIRE(caseworkerReviews.decide(r.id, QStringLiteral("approved"), {}));

    const QList<Change> changes = JournalReader(caseworkerDb.db()).since(0);
    ChangeImporter::Report report;
    // As the county imports (judged by the authority rule as the role of each device's user), with
    // the record rows so that this test can read them.
    const auto asCounty = [&](Database& laptop) {
        ChangeImporter::Options options = county.importOptions(DeviceSync(laptop).deviceId());
        options.recordRows = true;
        return options;
    };
    REQUIRE(ChangeImporter::apply(countyDb.db(), changes, asCounty(caseworkerDb.db()), &report));
    // Parked: the recommendation, the decision and the household's status change; applied: the
    // household (created with its status), its members and the proposal.
    CHECK(report.parked == 3);
    CHECK(report.parkedReasons == QMap<QString, int>{{QStringLiteral("decision_not_authorised"), 1},
                                                     {QStringLiteral("recommendation_not_authorised"), 1},
                                                     {QStringLiteral("status_not_authorised"), 1}});
    CHECK(report.applied == int(changes.size()) - 3);
    QSqlQuery q(countyDb.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT reason, change FROM parked_change ORDER BY reason")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("decision_not_authorised"));
    CHECK(q.value(1).toString().contains(QStringLiteral("decision")));
    CHECK(ChangeImporter::reasonText(q.value(0).toString()).contains(QStringLiteral("outside the county")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("recommendation_not_authorised"));
    CHECK(ChangeImporter::reasonText(q.value(0).toString()).contains(QStringLiteral("caseworker's device")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("status_not_authorised"));
    CHECK(ChangeImporter::reasonText(q.value(0).toString()).contains(QStringLiteral("status review")));
    CHECK(HouseholdRepository(countyDb.db()).load(household)->household.value(QStringLiteral("status")) !=
          QStringLiteral("tekun"));
    StatusReviewRepository countyReviews(countyDb.db());
    REQUIRE(countyReviews.load(r.id));
    CHECK_FALSE(countyReviews.load(r.id)->isDecided());

    // The station's step from the supervisor's laptop is applied.
    REQUIRE(ChangeImporter::apply(supervisorDb.db(), JournalReader(countyDb.db()).since(0)));
    enrollAs(supervisorDb.db(), QStringLiteral("supervisor"));
    REQUIRE(StatusReviewRepository(supervisorDb.db(), test::supervisor(QStringLiteral("李督导"), clock))
                .recommend(r.id, QStringLiteral("returned"), QStringLiteral("请补充收入证明")));
    QList<Change> fromSupervisor;
    for (const Change& c : JournalReader(supervisorDb.db()).since(0)) {
        if (c.id.device == DeviceSync(supervisorDb.db()).deviceId())
            fromSupervisor << c;
    }
    REQUIRE(fromSupervisor.size() == 1);
    REQUIRE(ChangeImporter::apply(countyDb.db(), fromSupervisor, asCounty(supervisorDb.db()), &report));
    CHECK(report.parked == 0);
    CHECK(report.applied == 1);
    CHECK(countyReviews.load(r.id)->recommendation == QStringLiteral("returned"));
    CHECK(countyReviews.load(r.id)->isClosed());
}

TEST_CASE("rebuilding from the journal gives the same referrals, flags, reviews and open risks",
          "[replay][casework]")
{
    TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {200, 11, 50, QDate(2026, 6, 1)}));
    ManualClock clock(kNow);
    QSqlQuery q(t.db().sql());
    // Households with no proposal of the demo's waiting (a household has one at a time).
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM household WHERE id NOT IN (SELECT household_id FROM"
                                  " status_review WHERE decision IS NULL AND coalesce(recommendation, '') <> "
                                  "'returned') ORDER BY id LIMIT 12")));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    const int demoReferrals = TempDatabase::count(t.db(), QStringLiteral("referral"));
    const int demoReviews = TempDatabase::count(t.db(), QStringLiteral("status_review"));
    enrollAs(t.db(), QStringLiteral("county"));
    ReferralRepository referrals(t.db(), test::as(QStringLiteral("王芳"), clock));
    RiskFlagRepository flags(t.db(), test::as(QStringLiteral("王芳"), clock));
    StatusReviewRepository reviews(t.db(), Session::of(QStringLiteral("赵敏"), Role::County, clock));
    for (int i = 0; i < ids.size(); ++i) {
        clock.advance(kDay);
        Referral r = validReferral(ids[i], dayOf(clock));
        REQUIRE(referrals.send(r));
        if (i % 2 == 0)
            REQUIRE(referrals.advance(r.id, ReferralRepository::Step::Accept, dayOf(clock), {}));
        RiskFlag f{
            {}, ids[i], QStringLiteral("other"), QStringLiteral("low"), QStringLiteral("说明 %1").arg(i)};
        REQUIRE(flags.raise(f));
        if (i % 3 == 0)
            REQUIRE(flags.close(f.id, QStringLiteral("已处理")));
        StatusReview s{{},
                       ids[i],
                       {},
                       QStringLiteral("temporary"),
                       QStringLiteral("突发困难"),
                       QStringLiteral("医院票据")};
        if (HouseholdRepository(t.db()).load(ids[i])->household.value(QStringLiteral("status")) ==
            QStringLiteral("temporary"))
            s.proposedStatus = QStringLiteral("none");
        REQUIRE(reviews.propose(s));
        if (i % 2 == 1) {
            REQUIRE(reviews.recommend(s.id, QStringLiteral("recommended"), {}));
            REQUIRE(reviews.decide(s.id, QStringLiteral("approved"), {}));
        }
    }
    CHECK(TempDatabase::count(t.db(), QStringLiteral("referral")) == demoReferrals + 12);
    CHECK(TempDatabase::count(t.db(), QStringLiteral("risk_flag")) > 12); // the demo's flags too
    CHECK(TempDatabase::count(t.db(), QStringLiteral("status_review")) == demoReviews + 12);

    const QString live = TempDatabase::dumpTables(t.db());
    CHECK(live.contains(QStringLiteral("== risk_flag")));
    REQUIRE(JournalReplayer::rebuild(t.db()));
    CHECK(TempDatabase::dumpTables(t.db()) == live);
    REQUIRE(q.exec(QStringLiteral("UPDATE household SET open_risks = NULL")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM referral")));
    CHECK(TempDatabase::dumpTables(t.db()) != live);
    REQUIRE(JournalReplayer::rebuild(t.db()));
    CHECK(TempDatabase::dumpTables(t.db()) == live);
}

TEST_CASE("the history names the new records and their fields", "[history][casework]")
{
    TempDatabase t;
    ManualClock clock(kNow);
    const QString household = savedHousehold(t, clock);
    clock.advance(60'000);
    Referral r = validReferral(household, dayOf(clock));
    REQUIRE(ReferralRepository(t.db(), test::as(QStringLiteral("王芳"), clock)).send(r));
    clock.advance(60'000);
    RiskFlag f{
        {}, household, QStringLiteral("domestic_violence"), QStringLiteral("high"), QStringLiteral("说明")};
    REQUIRE(RiskFlagRepository(t.db(), test::as(QStringLiteral("王芳"), clock)).raise(f));
    clock.advance(60'000);
    REQUIRE(RiskFlagRepository(t.db(), test::as(QStringLiteral("李娜"), clock))
                .close(f.id, QStringLiteral("已处理")));
    clock.advance(60'000);
    StatusReview s{{}, household, {}, QStringLiteral("none"), QStringLiteral("理由"), QStringLiteral("证据")};
    REQUIRE(StatusReviewRepository(t.db(), test::as(QStringLiteral("王芳"), clock)).propose(s));

    const QList<HistoryEntry> history = HistoryReader(t.db()).forHousehold(household);
    QStringList lines;
    for (const HistoryEntry& e : history)
        lines << e.record + QLatin1Char('|') + e.operation + QLatin1Char('|') + e.field + QLatin1Char('|') +
                     e.from + QLatin1Char('|') + e.to;
    const auto has = [&](const QString& line) {
        INFO(line.toStdString());
        CHECK(lines.contains(line));
    };
    has(QStringLiteral(
        "Referral Township health centre · 2026-06-10|created|Referred to|(empty)|Township health centre"));
    has(QStringLiteral(
        "Referral Township health centre · 2026-06-10|created|Household consented|(empty)|Yes"));
    has(QStringLiteral("Referral Township health centre · 2026-06-10|created|Referral status|(empty)|Sent"));
    has(QStringLiteral("Risk flag Domestic violence|created|Kind of risk|(empty)|Domestic violence"));
    has(QStringLiteral("Risk flag Domestic violence|created|Severity|(empty)|High"));
    has(QStringLiteral("Risk flag Domestic violence|changed|Flag status|Open|Closed"));
    has(QStringLiteral("Risk flag Domestic violence|changed|Closing note|(empty)|已处理"));
    has(QStringLiteral(
        "Status review → No assistance|created|Status when proposed|(empty)|Minimum living allowance"));
    has(QStringLiteral("Status review → No assistance|created|Proposed status|(empty)|No assistance"));
    CHECK(history.first().entity == QStringLiteral("status_review"));
}

TEST_CASE("migrating from v5 keeps old risk markers visible in the list's risk column", "[migrations][risk]")
{
    TempDatabase t;
    const QString path = t.dir() + QStringLiteral("/v5.db");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(Migrations::run(raw, path, Migrations::steps().mid(0, 5)));
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO household(id, household_id, household_no, risk_markers)"
            " VALUES('h1', 'h1', '1', 'child_protection;violence'), ('h2', 'h2', '2', NULL)")));
        REQUIRE(Migrations::run(raw, path));
        REQUIRE(q.exec(QStringLiteral("SELECT open_risks FROM household ORDER BY id")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("child_protection;domestic_violence"));
        REQUIRE(q.next());
        CHECK(q.value(0).isNull());
        q.finish(); // the list's own connection sets WAL on the file, which needs it unread
        Database opened;
        REQUIRE(opened.open(path));
        HouseholdListQuery list(opened);
        list.setFilter({{}, {}, {}, {}, QStringLiteral("domestic_violence")});
        CHECK(list.count() == 1);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));
}
