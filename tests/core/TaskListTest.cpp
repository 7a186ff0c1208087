// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The caseworker's task list (我的待办) over a hand-built caseload with one task of each kind, the
// returned note and the decisions arriving from a station supervisor's and the county's laptops
// through the importer as a sync brings them; and the after-sync notice counted from two snapshots.
#include "tests/core/CaseworkFixture.h"
#include "tests/support/QtStringMaker.h"

#include "core/journal/JournalReader.h"
#include "core/records/AssistancePlanRepository.h"
#include "core/records/NoteReviewRepository.h"
#include "core/records/ReferralRepository.h"
#include "core/records/ReviewArrivals.h"
#include "core/records/ReviewQueue.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/StatusReviewRepository.h"
#include "core/records/TaskList.h"
#include "core/sync/ChangeImporter.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace ff;
using test::TempDatabase;

namespace {
constexpr qint64 kDay = 86'400'000;

QString addHousehold(Database& db, const Clock& clock, const QString& number, const QString& village,
                     const QString& head, std::optional<QDate> lastVisit)
{
    HouseholdFile file = test::sampleHousehold(head);
    file.household.insert(QStringLiteral("household_no"), number);
    file.household.insert(QStringLiteral("village"), village);
    if (lastVisit)
        file.household.insert(QStringLiteral("last_visit"), *lastVisit);
    const Status saved = HouseholdRepository(db, test::as(QStringLiteral("王芳"), clock)).save(file);
    INFO((saved.isOk() ? QString() : saved.error().message).toStdString());
    REQUIRE(saved);
    return test::idOf(file.household);
}

QString saveLog(Database& db, const Clock& clock, const QString& householdId, QDate servedOn,
                QDate followUpOn, const QString& activity)
{
    ServiceLogRepository repo(db, test::as(QStringLiteral("王芳"), clock));
    ServiceSession s;
    s.servedOn = servedOn;
    s.durationMin = 40;
    s.method = QStringLiteral("casework");
    s.category = QStringLiteral("resource_linking");
    s.caseworker = QStringLiteral("王芳");
    s.activity = activity;
    s.outcome = QStringLiteral("已联系");
    s.followUpOn = followUpOn;
    s.households.append({householdId, {}, {}});
    const Status saved = repo.save(s);
    INFO((saved.isOk() ? QString() : saved.error().message).toStdString());
    REQUIRE(saved);
    return s.households.first().recordId;
}

QString propose(Database& db, const Clock& clock, const QString& householdId, const QString& status)
{
    StatusReview r;
    r.householdId = householdId;
    r.proposedStatus = status;
    r.reasons = QStringLiteral("家庭收入变化");
    r.evidence = QStringLiteral("收入证明");
    const Status proposed = StatusReviewRepository(db, test::as(QStringLiteral("王芳"), clock)).propose(r);
    INFO((proposed.isOk() ? QString() : proposed.error().message).toStdString());
    REQUIRE(proposed);
    return r.id;
}

/// Brings every change of `from` that `to` lacks, as a sync would.
void bring(Database& from, Database& to) { REQUIRE(ChangeImporter::apply(to, JournalReader(from).since(0))); }

/// The tasks of one household, in the list's order.
QList<Task> of(const QList<Task>& all, const QString& householdId)
{
    QList<Task> out;
    for (const Task& t : all) {
        if (t.householdId == householdId)
            out.append(t);
    }
    return out;
}

/// The caseload of the tests: which tasks each household has is written next to it.
struct Caseload
{
    QString visitPlanNote; // 东山村 D-1: visit 10 days overdue, plan action 5 days late, a returned note
    QString referral;      // 东山村 D-2: a referral follow-up in 3 days (another far off, one completed)
    QString followUp;      // 西河村 X-1: a follow-up owed for 20 days, a status review confirmed
    QString stationReturn; // 西河村 X-2: a status review returned by the station
    QString oldDecision;   // 西河村 X-3: a status review refused 40 days ago: no task
    QString neverVisited;  // 南坡村 N-1: never visited
    QString note, planAction, referralId, followUpLog, confirmed, returnedReview;
};

/// Builds the caseload on the caseworker's laptop `laptop`; the station supervisor (李强) and the
/// county (赵敏) decide on `office`, and their decisions reach the laptop by import.
Caseload build(Database& laptop, Database& office, ManualClock& clock)
{
    const QDate today = test::caseworkToday();
    Caseload c;
    const QDate recent = today.addDays(-2);
    c.oldDecision = addHousehold(laptop, clock, QStringLiteral("X-3"), QStringLiteral("西河村"),
                                 QStringLiteral("周平"), recent);
    c.visitPlanNote = addHousehold(laptop, clock, QStringLiteral("D-1"), QStringLiteral("东山村"),
                                   QStringLiteral("张伟"), today.addDays(-40));
    c.referral = addHousehold(laptop, clock, QStringLiteral("D-2"), QStringLiteral("东山村"),
                              QStringLiteral("李明"), recent);
    c.followUp = addHousehold(laptop, clock, QStringLiteral("X-1"), QStringLiteral("西河村"),
                              QStringLiteral("王强"), recent);
    c.stationReturn = addHousehold(laptop, clock, QStringLiteral("X-2"), QStringLiteral("西河村"),
                                   QStringLiteral("赵兰"), recent);
    c.neverVisited = addHousehold(laptop, clock, QStringLiteral("N-1"), QStringLiteral("南坡村"),
                                  QStringLiteral("孙丽"), std::nullopt);

    // a review refused 40 days ago, made while the clock said so.
    clock.setMs(test::kCaseworkNow - 40 * kDay);
    const QString refused = propose(laptop, clock, c.oldDecision, QStringLiteral("tekun"));
    bring(laptop, office);
    REQUIRE(StatusReviewRepository(office, test::supervisor(QStringLiteral("李强"), clock))
                .recommend(refused, QStringLiteral("recommended"), {}));
    REQUIRE(StatusReviewRepository(office, Session::of(QStringLiteral("赵敏"), Role::County, clock))
                .decide(refused, QStringLiteral("returned"), QStringLiteral("有赡养人")));
    clock.setMs(test::kCaseworkNow);

    // D-1: a plan action 5 days late, one done long ago, one due in a month.
    AssistancePlanRepository plan(laptop, test::as(QStringLiteral("王芳"), clock));
    PlanGoal goal{{}, c.visitPlanNote, QStringLiteral("孩子按时上学"), today.addDays(60)};
    REQUIRE(plan.saveGoal(goal));
    for (const auto& [text, due, status] :
         {std::tuple{"申请教育救助", -5, "in_progress"}, std::tuple{"联系班主任", -30, "done"},
          std::tuple{"安排心理辅导", 30, "planned"}}) {
        PlanAction a;
        a.householdId = c.visitPlanNote;
        a.goalId = goal.id;
        a.action = QString::fromUtf8(text);
        a.category = QStringLiteral("resource_linking");
        a.responsible = QStringLiteral("王芳");
        a.dueOn = today.addDays(due);
        a.status = QString::fromLatin1(status);
        REQUIRE(plan.saveAction(a));
        if (due == -5)
            c.planAction = a.id;
    }
    // D-1: a note of today, which the supervisor returns.
    c.note = saveLog(laptop, clock, c.visitPlanNote, today, {}, QStringLiteral("入户了解孩子上学情况"));

    // D-2: referrals: follow-up in 3 days; in 20 days (beyond the week); completed (none owed).
    ReferralRepository referrals(laptop, test::as(QStringLiteral("王芳"), clock));
    for (const int followUp : {3, 20, -4}) {
        Referral r;
        r.householdId = c.referral;
        r.agency = QStringLiteral("township_health_centre");
        r.reason = QStringLiteral("长期咳嗽，需要检查");
        r.consent = true;
        r.consentOn = today.addDays(-10);
        r.sentOn = today.addDays(-10);
        r.followUpOn = today.addDays(followUp);
        REQUIRE(referrals.send(r));
        if (followUp == 3)
            c.referralId = r.id;
        if (followUp == -4) {
            REQUIRE(referrals.advance(r.id, ReferralRepository::Step::Accept, today.addDays(-8), {}));
            REQUIRE(referrals.advance(r.id, ReferralRepository::Step::Complete, today.addDays(-1),
                                      QStringLiteral("已体检")));
        }
    }

    // a follow-up owed for 20 days; an older log's follow-up settled by the later service.
    saveLog(laptop, clock, c.followUp, today.addDays(-40), today.addDays(-35), QStringLiteral("第一次走访"));
    c.followUpLog = saveLog(laptop, clock, c.followUp, today.addDays(-25), today.addDays(-20),
                            QStringLiteral("协助申请医疗救助"));
    // a first proposal returned by the station, a second one confirmed by the county: only the
    // latest is a task.
    const QString first = propose(laptop, clock, c.followUp, QStringLiteral("tekun"));
    bring(laptop, office);
    REQUIRE(StatusReviewRepository(office, test::supervisor(QStringLiteral("李强"), clock))
                .recommend(first, QStringLiteral("returned"), QStringLiteral("缺少证明")));
    bring(office, laptop);
    clock.advance(60'000);
    c.confirmed = propose(laptop, clock, c.followUp, QStringLiteral("tekun"));
    // a proposal the station returns.
    c.returnedReview = propose(laptop, clock, c.stationReturn, QStringLiteral("low_income"));
    return c;
}

/// The station's and the county's decisions of the day, on `office`.
void decide(Database& laptop, Database& office, ManualClock& clock, const Caseload& c)
{
    bring(laptop, office);
    clock.advance(60'000);
    NoteReviewRepository supervisor(office, test::supervisor(QStringLiteral("李强"), clock));
    REQUIRE(supervisor.returnNote(c.note, QStringLiteral("请写明见到了谁")));
    clock.advance(60'000);
    REQUIRE(supervisor.comment(c.note, QStringLiteral("还要写明孩子的学习情况，以及下一步的安排")));
    StatusReviewRepository station(office, test::supervisor(QStringLiteral("李强"), clock));
    REQUIRE(station.recommend(c.confirmed, QStringLiteral("recommended"), QStringLiteral("情况属实")));
    REQUIRE(station.recommend(c.returnedReview, QStringLiteral("returned"),
                              QStringLiteral("请补充收入核对结果")));
    REQUIRE(StatusReviewRepository(office, Session::of(QStringLiteral("赵敏"), Role::County, clock))
                .decide(c.confirmed, QStringLiteral("approved"), QStringLiteral("同意")));
}
} // namespace

TEST_CASE("task list: each kind of task, by village and household, most urgent first", "[tasks]")
{
    TempDatabase laptop, office;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    const Caseload c = build(laptop.db(), office.db(), clock);
    const TaskList list(laptop.db(), *VisitRules::builtIn());

    // Before the decisions: no returned note, no decision of this month.
    for (const Task& t : list.tasks(today, 7)) {
        CHECK(t.kind != Task::Kind::ReturnedNote);
        CHECK(t.kind != Task::Kind::StatusDecision);
    }

    decide(laptop.db(), office.db(), clock, c);
    const ReviewSnapshot before = ReviewSnapshot::take(laptop.db());
    bring(office.db(), laptop.db()); // the sync
    const QList<Task> tasks = list.tasks(today, 7);

    // Villages: the household never visited first, then 西河村 (a follow-up 20 days late), then 东山村.
    QStringList villages;
    for (const Task& t : tasks) {
        if (villages.isEmpty() || villages.last() != t.village)
            villages << t.village;
    }
    CHECK(villages ==
          QStringList{QStringLiteral("南坡村"), QStringLiteral("西河村"), QStringLiteral("东山村")});

    const QList<Task> never = of(tasks, c.neverVisited);
    REQUIRE(never.size() == 1);
    CHECK(never[0].kind == Task::Kind::Visit);
    CHECK(never[0].neverVisited);
    CHECK(never[0].subject == QStringLiteral("left_behind_child"));
    CHECK(never[0].intervalDays == 30);
    CHECK(never[0].householdNo == QStringLiteral("N-1"));
    CHECK(never[0].headName == QStringLiteral("孙丽"));

    const QList<Task> followUp = of(tasks, c.followUp);
    REQUIRE(followUp.size() == 2);
    CHECK(followUp[0].kind == Task::Kind::FollowUp);
    CHECK(followUp[0].recordType == QStringLiteral("service_log"));
    CHECK(followUp[0].recordId == c.followUpLog);
    CHECK(followUp[0].subject == QStringLiteral("协助申请医疗救助"));
    CHECK(followUp[0].date == today.addDays(-20));
    CHECK(followUp[0].daysLate == 20);
    CHECK(followUp[1].kind == Task::Kind::StatusDecision);
    CHECK(followUp[1].decision == Task::Decision::Confirmed);
    CHECK(followUp[1].recordId == c.confirmed);
    CHECK(followUp[1].subject == QStringLiteral("tekun"));
    CHECK(followUp[1].fromStatus == QStringLiteral("dibao"));
    CHECK(followUp[1].by == QStringLiteral("赵敏"));
    CHECK(followUp[1].comment == QStringLiteral("同意"));
    CHECK(followUp[1].date == today);
    CHECK(followUp[1].daysLate == 0);

    const QList<Task> stationReturn = of(tasks, c.stationReturn);
    REQUIRE(stationReturn.size() == 1);
    CHECK(stationReturn[0].decision == Task::Decision::ReturnedByStation);
    CHECK(stationReturn[0].by == QStringLiteral("李强"));
    CHECK(stationReturn[0].comment == QStringLiteral("请补充收入核对结果"));
    CHECK(stationReturn[0].subject == QStringLiteral("low_income"));
    // 西河村: X-1 (20 days) before X-2 (today); X-3's refusal is 40 days old.
    CHECK(of(tasks, c.oldDecision).isEmpty());
    qsizetype x1 = -1, x2 = -1;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (tasks[i].householdId == c.followUp && x1 < 0)
            x1 = i;
        if (tasks[i].householdId == c.stationReturn)
            x2 = i;
    }
    CHECK(x1 < x2);

    const QList<Task> d1 = of(tasks, c.visitPlanNote);
    REQUIRE(d1.size() == 3);
    CHECK(d1[0].kind == Task::Kind::Visit);
    CHECK(d1[0].daysLate == 10);
    CHECK(d1[0].date == today.addDays(-10));
    CHECK(d1[1].kind == Task::Kind::PlanAction);
    CHECK(d1[1].recordId == c.planAction);
    CHECK(d1[1].subject == QStringLiteral("申请教育救助"));
    CHECK(d1[1].daysLate == 5);
    CHECK(d1[2].kind == Task::Kind::ReturnedNote);
    CHECK(d1[2].recordType == QStringLiteral("service_log"));
    CHECK(d1[2].recordId == c.note);
    CHECK(d1[2].by == QStringLiteral("李强"));
    // The supervisor's latest word, not the first.
    CHECK(d1[2].comment == QStringLiteral("还要写明孩子的学习情况，以及下一步的安排"));
    CHECK(d1[2].subject == ReviewQueue::titleOf(laptop.db(), QStringLiteral("service_log"), c.note));
    CHECK(d1[2].daysLate == 0);

    const QList<Task> d2 = of(tasks, c.referral);
    REQUIRE(d2.size() == 1);
    CHECK(d2[0].kind == Task::Kind::Referral);
    CHECK(d2[0].recordId == c.referralId);
    CHECK(d2[0].subject == QStringLiteral("township_health_centre"));
    CHECK(d2[0].daysLate == -3);
    CHECK_FALSE(d2[0].isLate());
    // 东山村: D-1 (10 days) before D-2 (in 3 days), each household's tasks together.
    CHECK(tasks.last().householdId == c.referral);
    CHECK(tasks.size() == 1 + 2 + 1 + 3 + 1);

    // A shorter horizon drops the referral due in 3 days; a longer one brings the one in 20.
    CHECK(of(list.tasks(today, 2), c.referral).isEmpty());
    CHECK(of(list.tasks(today, 20), c.referral).size() == 2);

    // The notice of what this sync brought.
    const ReviewArrivals arrived = ReviewArrivals::between(before, ReviewSnapshot::take(laptop.db()));
    CHECK(arrived.notesReturned == 1);
    CHECK(arrived.reviewsReturned == 1);
    CHECK(arrived.reviewsConfirmed == 1); // recommended and confirmed between two syncs: counted once
    CHECK(arrived.reviewsRecommended == 0);
    CHECK(arrived.reviewsRefused == 0);
    CHECK(arrived.notesApproved == 0);
    CHECK(arrived.text() == QStringLiteral("1 note(s) returned, 1 status review(s) returned by the station, "
                                           "1 status review(s) confirmed"));

    // Resubmitting the note with an answer, and proposing again, end those tasks.
    REQUIRE(NoteReviewRepository(laptop.db(), test::as(QStringLiteral("王芳"), clock))
                .resubmit(c.note, QStringLiteral("见到了奶奶和孩子，已补充")));
    propose(laptop.db(), clock, c.stationReturn, QStringLiteral("low_income"));
    const QList<Task> after = list.tasks(today, 7);
    CHECK(of(after, c.visitPlanNote).size() == 2);
    CHECK(of(after, c.stationReturn).isEmpty());
    // A decision stays a task for 30 days.
    const auto decisions = [&](QDate day) {
        int n = 0;
        for (const Task& t : list.tasks(day, 7))
            n += t.kind == Task::Kind::StatusDecision ? 1 : 0;
        return n;
    };
    CHECK(decisions(today.addDays(TaskList::kDecisionDays)) == 1);
    CHECK(decisions(today.addDays(TaskList::kDecisionDays + 1)) == 0);
}

TEST_CASE("task list: gathering stops after the kind of task it is on once its stop check says so", "[tasks]")
{
    TempDatabase laptop, office;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    const Caseload c = build(laptop.db(), office.db(), clock);
    decide(laptop.db(), office.db(), clock, c);
    bring(office.db(), laptop.db());
    TaskList list(laptop.db(), *VisitRules::builtIn());
    const QList<Task> all = list.tasks(today, 7);
    QSet<Task::Kind> kinds;
    for (const Task& t : all)
        kinds.insert(t.kind);
    REQUIRE(kinds.size() == 6); // one of each kind

    // Never stopped: asked once after each kind, and the same tasks.
    int asked = 0;
    list.setStopCheck([&asked] {
        ++asked;
        return false;
    });
    const QList<Task> unstopped = list.tasks(today, 7);
    CHECK(asked == 6);
    REQUIRE(unstopped.size() == all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        CHECK(unstopped[i].recordId == all[i].recordId);

    // Stopped after the visits: nothing else is read.
    asked = 0;
    list.setStopCheck([&asked] { return ++asked >= 1; });
    const QList<Task> cut = list.tasks(today, 7);
    CHECK(asked == 1);
    REQUIRE_FALSE(cut.isEmpty());
    for (const Task& t : cut)
        CHECK(t.kind == Task::Kind::Visit);
}

TEST_CASE("after-sync notice: what changed between two snapshots, and nothing when nothing did", "[tasks]")
{
    TempDatabase laptop, office;
    ManualClock clock(test::kCaseworkNow);
    const QDate today = test::caseworkToday();
    const QString a = addHousehold(laptop.db(), clock, QStringLiteral("A-1"), QStringLiteral("东山村"),
                                   QStringLiteral("张伟"), today);
    const QString b = addHousehold(laptop.db(), clock, QStringLiteral("B-1"), QStringLiteral("东山村"),
                                   QStringLiteral("李明"), today);
    QStringList notes;
    for (int i = 0; i < 4; ++i)
        notes << saveLog(laptop.db(), clock, i % 2 ? a : b, today.addDays(-i), {},
                         QStringLiteral("服务 %1").arg(i));
    const QString recommended = propose(laptop.db(), clock, a, QStringLiteral("tekun"));
    const QString refused = propose(laptop.db(), clock, b, QStringLiteral("low_income"));
    bring(laptop.db(), office.db());

    const ReviewSnapshot empty = ReviewSnapshot::take(laptop.db());
    CHECK(ReviewArrivals::between(empty, empty).isEmpty());
    CHECK(ReviewArrivals::between(empty, empty).text().isEmpty());

    // First sync: three notes returned, one approved; one review recommended; one recommended and refused.
    NoteReviewRepository supervisor(office.db(), test::supervisor(QStringLiteral("李强"), clock));
    for (int i = 0; i < 3; ++i)
        REQUIRE(supervisor.returnNote(notes[i], QStringLiteral("请补充")));
    REQUIRE(supervisor.approve(notes[3]));
    StatusReviewRepository station(office.db(), test::supervisor(QStringLiteral("李强"), clock));
    REQUIRE(station.recommend(recommended, QStringLiteral("recommended"), {}));
    REQUIRE(station.recommend(refused, QStringLiteral("recommended"), {}));
    REQUIRE(StatusReviewRepository(office.db(), Session::of(QStringLiteral("赵敏"), Role::County, clock))
                .decide(refused, QStringLiteral("returned"), QStringLiteral("收入超过标准")));
    bring(office.db(), laptop.db());
    const ReviewSnapshot first = ReviewSnapshot::take(laptop.db());
    ReviewArrivals news = ReviewArrivals::between(empty, first);
    CHECK(news.notesReturned == 3);
    CHECK(news.notesApproved == 1);
    CHECK(news.reviewsRecommended == 1);
    CHECK(news.reviewsRefused == 1);
    CHECK(news.reviewsConfirmed == 0);
    CHECK(news.lines() == QStringList{QStringLiteral("3 note(s) returned"),
                                      QStringLiteral("1 status review(s) refused by the county"),
                                      QStringLiteral("1 status review(s) recommended to the county"),
                                      QStringLiteral("1 note(s) approved")});
    // The same state again is no news.
    CHECK(ReviewArrivals::between(first, ReviewSnapshot::take(laptop.db())).isEmpty());

    // The caseworker resubmits a returned note; the supervisor returns it again, approves another,
    // and the county confirms the recommended review: the second sync brings exactly that.
    clock.advance(60'000);
    REQUIRE(NoteReviewRepository(laptop.db(), test::as(QStringLiteral("王芳"), clock))
                .resubmit(notes[0], QStringLiteral("已补充")));
    const ReviewSnapshot beforeSecond = ReviewSnapshot::take(laptop.db());
    bring(laptop.db(), office.db());
    clock.advance(60'000);
    REQUIRE(supervisor.returnNote(notes[0], QStringLiteral("还不够")));
    REQUIRE(StatusReviewRepository(office.db(), Session::of(QStringLiteral("赵敏"), Role::County, clock))
                .decide(recommended, QStringLiteral("approved"), {}));
    bring(office.db(), laptop.db());
    const ReviewArrivals second = ReviewArrivals::between(beforeSecond, ReviewSnapshot::take(laptop.db()));
    CHECK(second.notesReturned == 1);
    CHECK(second.reviewsConfirmed == 1);
    CHECK(second.notesApproved == 0);
    CHECK(second.reviewsRecommended == 0);
    CHECK(second.text() == QStringLiteral("1 note(s) returned, 1 status review(s) confirmed"));

    // Unread news adds up.
    news += second;
    CHECK(news.notesReturned == 4);
    CHECK(news.reviewsConfirmed == 1);
}
