// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Supervision of case notes (督导): a caseworker's save puts a note in the station supervisor's
// queue in the same commit; the supervisor approves or returns it with a comment; the caseworker
// answers, edits, resubmits; an edit after approval reopens it. And the status decision chain:
// caseworker proposes, station recommends, county confirms, the status changes only then.
#include "tests/core/CaseworkFixture.h"
#include "tests/support/QtStringMaker.h"

#include "core/journal/JournalReader.h"
#include "core/records/NoteReviewRepository.h"
#include "core/records/RecordStore.h"
#include "core/records/ReviewQueue.h"
#include "core/records/RiskFlagRepository.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/StatusReviewRepository.h"
#include "core/records/VisitRepository.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"

#include <catch2/catch.hpp>

using namespace ff;
using test::TempDatabase;

namespace {
Session countyStaff(const QString& name, const Clock& clock)
{
    return Session::of(name, Role::County, clock);
}

QString saveLog(Database& db, const Clock& clock, const QString& householdId, const QString& activity)
{
    ServiceLogRepository repo(db, test::as(QStringLiteral("王芳"), clock));
    ServiceSession s;
    s.servedOn = QDateTime::fromMSecsSinceEpoch(clock.nowMs()).date();
    s.durationMin = 45;
    s.method = QStringLiteral("casework");
    s.category = QStringLiteral("psychological_counselling");
    s.caseworker = QStringLiteral("王芳");
    s.activity = activity;
    s.outcome = QStringLiteral("情绪稳定");
    s.households.append({householdId, {}, {}});
    const Status saved = repo.save(s);
    INFO((saved.isOk() ? QString() : saved.error().message).toStdString());
    REQUIRE(saved);
    return s.households.first().recordId;
}

int reviewChanges(Database& db)
{
    int n = 0;
    for (const Change& c : JournalReader(db).since(0))
        n += c.entity == RecordTypes::noteReview() ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE("supervision: a caseworker's service log enters the queue in the same commit", "[supervision]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const HouseholdFile file = test::addHousehold(t.db(), clock, QStringLiteral("371321105-000001"));
    const QString hh = test::idOf(file.household);
    const QString log = saveLog(t.db(), clock, hh, QStringLiteral("与奶奶谈孩子的学习"));

    NoteReviewRepository reviews(t.db(), test::as(QStringLiteral("王芳"), clock));
    const std::optional<NoteReview> r = reviews.load(log);
    REQUIRE(r);
    CHECK(r->isPending());
    CHECK(r->subjectType == QStringLiteral("service_log"));
    CHECK(r->submittedBy == QStringLiteral("王芳"));
    CHECK(r->householdId == hh);
    // The log and its review are one commit: consecutive sequence numbers, same clock tick order.
    const QList<Change> journal = JournalReader(t.db()).since(0);
    REQUIRE(journal.size() >= 2);
    CHECK(journal.at(journal.size() - 2).entity == QStringLiteral("service_log"));
    CHECK(journal.last().entity == RecordTypes::noteReview());
    CHECK(journal.last().recordId == log);

    ReviewQueue queue(t.db(), test::caseworkToday());
    CHECK(queue.count({}) == 1);
    const QList<ReviewQueue::Item> items = queue.page({}, 0, 10);
    REQUIRE(items.size() == 1);
    CHECK(items.first().householdNo == QStringLiteral("371321105-000001"));
    CHECK(items.first().headName == QStringLiteral("张伟"));
    CHECK(items.first().body.contains(QStringLiteral("与奶奶谈孩子的学习")));
    CHECK(items.first().title.startsWith(QStringLiteral("Service log")));

    // Editing while it waits keeps its place: no second review change.
    const int before = reviewChanges(t.db());
    ServiceLogRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    std::optional<ServiceSession> session = repo.loadSession(repo.forHousehold(hh).first().sessionId);
    REQUIRE(session);
    session->outcome = QStringLiteral("情绪稳定，愿意上学");
    REQUIRE(repo.save(*session));
    CHECK(reviewChanges(t.db()) == before);
    CHECK(reviews.load(log)->submittedAt == r->submittedAt);
}

TEST_CASE("supervision: return with a comment, answer, edit resubmits, approve, edit after approval reopens",
          "[supervision]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QString hh =
        test::idOf(test::addHousehold(t.db(), clock, QStringLiteral("371321105-000002")).household);
    const QString log = saveLog(t.db(), clock, hh, QStringLiteral("家访"));

    NoteReviewRepository caseworker(t.db(), test::as(QStringLiteral("王芳"), clock));
    NoteReviewRepository supervisor(t.db(), test::supervisor(QStringLiteral("李强"), clock));

    // Only a supervisor or the county decides; a return needs a comment.
    CHECK_FALSE(caseworker.mayDecide());
    CHECK(supervisor.mayDecide());
    const Status refused = caseworker.approve(log);
    CHECK_FALSE(refused);
    CHECK(caseworker.load(log)->isPending());
    CHECK_FALSE(supervisor.returnNote(log, QStringLiteral("  ")));

    clock.advance(60'000);
    REQUIRE(supervisor.returnNote(log, QStringLiteral("请写明家访中见到了谁")));
    std::optional<NoteReview> r = caseworker.load(log);
    REQUIRE(r);
    CHECK(r->isReturned());
    CHECK(r->reviewedBy == QStringLiteral("李强"));
    CHECK(ReviewQueue(t.db(), test::caseworkToday()).count({}) == 0);
    ReviewQueue::Filter returned;
    returned.state = QStringLiteral("returned");
    CHECK(ReviewQueue(t.db(), test::caseworkToday()).count(returned) == 1);
    // A returned note cannot be approved before it is resubmitted.
    CHECK_FALSE(supervisor.approve(log));

    // The caseworker answers, then edits the note: that resubmits it.
    clock.advance(60'000);
    REQUIRE(caseworker.comment(log, QStringLiteral("见到了奶奶和孩子")));
    ServiceLogRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    std::optional<ServiceSession> session = repo.loadSession(repo.forHousehold(hh).first().sessionId);
    REQUIRE(session);
    session->activity = QStringLiteral("家访，见到奶奶和孩子");
    clock.advance(60'000);
    REQUIRE(repo.save(*session));
    r = caseworker.load(log);
    CHECK(r->isPending());
    CHECK_FALSE(r->reopened);

    const QList<ReviewComment> thread = caseworker.thread(log);
    REQUIRE(thread.size() == 2);
    CHECK(thread.at(0).kind == QStringLiteral("return"));
    CHECK(thread.at(0).writtenBy == QStringLiteral("李强"));
    CHECK(thread.at(1).kind == QStringLiteral("answer"));
    CHECK(thread.at(1).text == QStringLiteral("见到了奶奶和孩子"));

    // The threads of several notes read at once are each note's thread (one without comments absent).
    const QHash<QString, QList<ReviewComment>> threads =
        caseworker.threads({log, QStringLiteral("no-such-note")});
    REQUIRE(threads.size() == 1);
    REQUIRE(threads.value(log).size() == 2);
    CHECK(threads.value(log).at(1).id == thread.at(1).id);

    clock.advance(60'000);
    REQUIRE(supervisor.approve(log, QStringLiteral("好")));
    CHECK(caseworker.load(log)->isApproved());
    CHECK(caseworker.thread(log).size() == 3);

    // An edit after approval reopens the review and says so.
    session = repo.loadSession(repo.forHousehold(hh).first().sessionId);
    session->outcome = QStringLiteral("孩子愿意上学了");
    clock.advance(60'000);
    REQUIRE(repo.save(*session));
    r = caseworker.load(log);
    CHECK(r->isPending());
    CHECK(r->reopened);
    // What changed since the approval: the outcome, from the old text to the new.
    const QList<HistoryEntry> since = supervisor.changesSinceReview(log);
    REQUIRE(since.size() == 1);
    CHECK(since.first().field == QStringLiteral("Outcome"));
    CHECK(since.first().from == QStringLiteral("情绪稳定"));
    CHECK(since.first().to == QStringLiteral("孩子愿意上学了"));
    // Approving again clears the mark.
    REQUIRE(supervisor.approve(log));
    CHECK_FALSE(caseworker.load(log)->reopened);

    // Comments are final.
    const RecordType& comment = *RecordTypes::find(RecordTypes::reviewComment());
    CHECK(Authority::change(Role::Supervisor, comment, QStringLiteral("text"), QStringLiteral("a"),
                            QStringLiteral("b"))
              .refusal == QStringLiteral("comment_is_final"));
    CHECK_FALSE(Authority::remove(Role::County, comment));
}

TEST_CASE("supervision: the authority rule refuses a caseworker's approval, on creating as on changing",
          "[supervision]")
{
    const RecordType& review = *RecordTypes::find(RecordTypes::noteReview());
    for (const QString& state : {QStringLiteral("approved"), QStringLiteral("returned")}) {
        CHECK(Authority::create(Role::Caseworker, review, {{QStringLiteral("state"), state}}).refusal ==
              QStringLiteral("review_not_authorised"));
        CHECK(Authority::change(Role::Caseworker, review, QStringLiteral("state"), QStringLiteral("pending"),
                                state)
                  .refusal == QStringLiteral("review_not_authorised"));
        CHECK(Authority::create(Role::Supervisor, review, {{QStringLiteral("state"), state}}));
    }
    CHECK(
        Authority::create(Role::Caseworker, review, {{QStringLiteral("state"), QStringLiteral("pending")}}));
    CHECK(Authority::change(Role::Caseworker, review, QStringLiteral("state"), QStringLiteral("returned"),
                            QStringLiteral("pending")));
    const RecordType& comment = *RecordTypes::find(RecordTypes::reviewComment());
    CHECK_FALSE(
        Authority::create(Role::Caseworker, comment, {{QStringLiteral("kind"), QStringLiteral("return")}}));
    CHECK(Authority::create(Role::Caseworker, comment, {{QStringLiteral("kind"), QStringLiteral("answer")}}));
}

TEST_CASE("supervision: what is reviewed and when it is ready", "[supervision]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QString hh =
        test::idOf(test::addHousehold(t.db(), clock, QStringLiteral("371321105-000003")).household);
    NoteReviewRepository reviews(t.db(), test::as(QStringLiteral("王芳"), clock));

    // A planned visit is not a note yet; the visit done is.
    VisitRepository visits(t.db(), test::as(QStringLiteral("王芳"), clock));
    Visit planned;
    planned.householdId = hh;
    planned.status = QStringLiteral("planned");
    planned.plannedOn = test::caseworkToday().addDays(3);
    planned.purpose = QStringLiteral("监护随访");
    REQUIRE(visits.save(planned));
    CHECK_FALSE(reviews.load(planned.id));
    planned.status = QStringLiteral("done");
    planned.visitedOn = test::caseworkToday();
    planned.notes = QStringLiteral("孩子在家，奶奶身体好");
    planned.metOthers = QStringLiteral("奶奶");
    const Status done = visits.save(planned);
    INFO((done.isOk() ? QString() : done.error().message).toStdString());
    REQUIRE(done);
    REQUIRE(reviews.load(planned.id));
    CHECK(reviews.load(planned.id)->subjectType == QStringLiteral("visit"));

    // A supervisor's own note is not put in a queue.
    const QString own = [&] {
        ServiceLogRepository repo(t.db(), test::supervisor(QStringLiteral("李强"), clock));
        ServiceSession s;
        s.servedOn = test::caseworkToday();
        s.durationMin = 30;
        s.method = QStringLiteral("casework");
        s.category = QStringLiteral("resource_linking");
        s.caseworker = QStringLiteral("李强");
        s.activity = QStringLiteral("联系民政办");
        s.households.append({hh, {}, {}});
        REQUIRE(repo.save(s));
        return s.households.first().recordId;
    }();
    CHECK_FALSE(reviews.load(own));

    // Removing a waiting note withdraws it from the queue.
    const QString log = saveLog(t.db(), clock, hh, QStringLiteral("电话回访"));
    ServiceLogRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    const std::optional<ServiceSession> session = repo.loadSession([&] {
        for (const ServiceLog& l : repo.forHousehold(hh)) {
            if (l.id == log)
                return l.sessionId;
        }
        return QString();
    }());
    REQUIRE(session);
    REQUIRE(repo.remove(*session));
    CHECK(reviews.load(log)->state == QStringLiteral("withdrawn"));
    CHECK(ReviewQueue(t.db(), test::caseworkToday()).count({}) == 1); // the visit
}

TEST_CASE("supervision: the queue filters by caseworker, kind and age, oldest first", "[supervision]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow - 10LL * 86'400'000);
    const QString hh =
        test::idOf(test::addHousehold(t.db(), clock, QStringLiteral("371321105-000004")).household);
    const QString old = saveLog(t.db(), clock, hh, QStringLiteral("十天前"));
    clock.advance(9LL * 86'400'000);
    const QString recent = saveLog(t.db(), clock, hh, QStringLiteral("昨天"));

    ReviewQueue queue(t.db(), test::caseworkToday());
    const QList<ReviewQueue::Item> all = queue.page({}, 0, 10);
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).review.id == old);
    CHECK(all.at(0).ageDays == 10);
    CHECK(all.at(1).review.id == recent);
    ReviewQueue::Filter week;
    week.minAgeDays = 7;
    CHECK(queue.count(week) == 1);
    ReviewQueue::Filter someoneElse;
    someoneElse.caseworker = QStringLiteral("张丽");
    CHECK(queue.count(someoneElse) == 0);
    ReviewQueue::Filter visitsOnly;
    visitsOnly.subjectType = QStringLiteral("visit");
    CHECK(queue.count(visitsOnly) == 0);
    CHECK(queue.caseworkers() == QStringList{QStringLiteral("王芳")});
    CHECK(ReviewQueue::reviewedTypes().contains(QStringLiteral("risk_flag")));
    CHECK_FALSE(ReviewQueue::reviewedTypes().contains(QStringLiteral("household")));
}

TEST_CASE("status chain: the caseworker proposes, the station recommends, the county confirms",
          "[supervision]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QString hh =
        test::idOf(test::addHousehold(t.db(), clock, QStringLiteral("371321105-000005")).household);
    StatusReviewRepository caseworker(t.db(), test::as(QStringLiteral("王芳"), clock));
    StatusReviewRepository station(t.db(), test::supervisor(QStringLiteral("李强"), clock));
    StatusReviewRepository county(t.db(), countyStaff(QStringLiteral("赵敏"), clock));
    const auto status = [&] {
        return RecordStore(t.db(), Session::none())
            .load(*RecordTypes::find(QStringLiteral("household")), hh)
            ->text(QStringLiteral("status"));
    };
    const QString before = status();

    StatusReview proposal;
    proposal.householdId = hh;
    proposal.proposedStatus = QStringLiteral("tekun");
    proposal.reasons = QStringLiteral("老人无劳动能力，无赡养人");
    proposal.evidence = QStringLiteral("残疾证、村委会证明");
    REQUIRE(caseworker.propose(proposal));
    CHECK(station.waiting().size() == 1);
    CHECK(county.waiting().isEmpty());
    CHECK(caseworker.waiting().isEmpty());

    // The county cannot decide before the station; the station cannot decide for the county.
    CHECK_FALSE(county.decide(proposal.id, QStringLiteral("approved"), {}));
    CHECK_FALSE(station.decide(proposal.id, QStringLiteral("approved"), {}));
    CHECK_FALSE(caseworker.recommend(proposal.id, QStringLiteral("recommended"), {}));
    CHECK_FALSE(station.recommend(proposal.id, QStringLiteral("returned"), {})); // needs an opinion

    REQUIRE(station.recommend(proposal.id, QStringLiteral("recommended"), QStringLiteral("情况属实")));
    CHECK(status() == before); // not yet
    CHECK(station.waiting().isEmpty());
    REQUIRE(county.waiting().size() == 1);
    CHECK_FALSE(station.recommend(proposal.id, QStringLiteral("recommended"), {})); // done already

    REQUIRE(county.decide(proposal.id, QStringLiteral("approved"), QStringLiteral("同意纳入特困供养")));
    CHECK(status() == QStringLiteral("tekun"));
    const StatusReview decided = *caseworker.load(proposal.id);
    CHECK(decided.recommendedBy == QStringLiteral("李强"));
    CHECK(decided.recommendationComment == QStringLiteral("情况属实"));
    CHECK(decided.decidedBy == QStringLiteral("赵敏"));
    CHECK(decided.isClosed());

    // The authority rule: only the county changes a household's status or decides.
    const RecordType& household = *RecordTypes::find(QStringLiteral("household"));
    CHECK_FALSE(Authority::change(Role::Supervisor, household, QStringLiteral("status"),
                                  QStringLiteral("dibao"), QStringLiteral("none")));
    CHECK(Authority::change(Role::County, household, QStringLiteral("status"), QStringLiteral("dibao"),
                            QStringLiteral("none")));
    const RecordType& review = *RecordTypes::find(QStringLiteral("status_review"));
    CHECK(Authority::change(Role::Supervisor, review, QStringLiteral("decision"), {},
                            QStringLiteral("approved"))
              .refusal == QStringLiteral("decision_not_authorised"));
}

TEST_CASE("status chain: a return by the station closes the proposal, and a new one may follow",
          "[supervision]")
{
    TempDatabase t;
    ManualClock clock(test::kCaseworkNow);
    const QString hh =
        test::idOf(test::addHousehold(t.db(), clock, QStringLiteral("371321105-000006")).household);
    StatusReviewRepository caseworker(t.db(), test::as(QStringLiteral("王芳"), clock));
    StatusReviewRepository station(t.db(), test::supervisor(QStringLiteral("李强"), clock));
    StatusReview proposal;
    proposal.householdId = hh;
    proposal.proposedStatus = QStringLiteral("low_income");
    proposal.reasons = QStringLiteral("收入低于低保标准");
    proposal.evidence = QStringLiteral("收入证明");
    const Status proposed = caseworker.propose(proposal);
    INFO((proposed.isOk() ? QString() : proposed.error().message).toStdString());
    REQUIRE(proposed);
    StatusReview second = proposal;
    CHECK_FALSE(caseworker.propose(second)); // one waiting at a time
    REQUIRE(
        station.recommend(proposal.id, QStringLiteral("returned"), QStringLiteral("缺少家庭收入核对结果")));
    CHECK(caseworker.load(proposal.id)->isClosed());
    StatusReview again = proposal;
    again.id.clear();
    again.evidence = QStringLiteral("收入证明、核对报告");
    REQUIRE(caseworker.propose(again));
}
