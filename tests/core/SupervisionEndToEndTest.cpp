// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Supervision end to end, through the real fieldfile-server on 127.0.0.1 (a free port): a
// caseworker's note is returned with a comment and approved after an edit, a status proposal goes
// through the station and is confirmed by the county, and a caseworker's forged approval is parked.
#include "tests/support/QtStringMaker.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/journal/JournalWriter.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/NoteReviewRepository.h"
#include "core/records/ReviewQueue.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/StatusReviewRepository.h"
#include "core/schema/RecordTypes.h"
#include "core/sync/DeviceSync.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ff;
using test::admin;
using test::enrollmentCode;
using test::Laptop;
using test::message;
using test::RunningServer;

namespace {
Session sessionOf(Laptop& laptop) { return DeviceSync(laptop.data.db()).session(); }

QString statusOf(Laptop& laptop, const QString& household)
{
    return HouseholdRepository(laptop.data.db()).value(household, QStringLiteral("status")).toString();
}

QString saveLog(Laptop& laptop, const QString& household, const QString& activity)
{
    ServiceLogRepository repo(laptop.data.db(), sessionOf(laptop));
    ServiceSession s;
    s.servedOn = QDate::currentDate();
    s.durationMin = 40;
    s.method = QStringLiteral("casework");
    s.category = QStringLiteral("psychological_counselling");
    s.caseworker = QStringLiteral("王芳");
    s.activity = activity;
    s.outcome = QStringLiteral("情绪平稳");
    s.households.append({household, {}, {}});
    REQUIRE(repo.save(s));
    return s.households.first().recordId;
}
} // namespace

TEST_CASE("supervision end to end: return, answer, edit, approve, and the status chain to the county",
          "[supervision][e2e]")
{
    QTemporaryDir dir;
    // On both of the county's stores (docs/postgresql.md).
    const QString db = test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("周督导"), QStringLiteral("--role"),
               QStringLiteral("supervisor"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("县民政局"), QStringLiteral("--role"),
               QStringLiteral("county")});
    RunningServer server(db);
    REQUIRE(server.url.isValid());
    Laptop wang, supervisor, county;
    REQUIRE(message(wang.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(supervisor.enroll(server.url, enrollmentCode(db, QStringLiteral("周督导")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(county.enroll(server.url, enrollmentCode(db, QStringLiteral("县民政局")))) ==
            QStringLiteral("ok"));

    // 王芳 files a household (an existing 低保 household) and syncs: it is hers, in her station.
    HouseholdFile file = test::sampleHousehold(QStringLiteral("张伟"));
    file.household.insert(QStringLiteral("status"), QStringLiteral("dibao"));
    REQUIRE(HouseholdRepository(wang.data.db(), sessionOf(wang)).save(file));
    const QString household = file.household.value(QStringLiteral("id")).toString();
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));

    // A service log and a status proposal, offline; then a sync.
    const QString log = saveLog(wang, household, QStringLiteral("家访，谈孩子上学的事"));
    StatusReview proposal;
    proposal.householdId = household;
    proposal.proposedStatus = QStringLiteral("tekun");
    proposal.reasons = QStringLiteral("户主失能，无法定赡养人");
    proposal.evidence = QStringLiteral("残疾证、村委会证明");
    REQUIRE(StatusReviewRepository(wang.data.db(), sessionOf(wang)).propose(proposal));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));

    // The supervisor's queue has the note; she returns it with a comment and recommends the proposal.
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    ReviewQueue queue(supervisor.data.db(), QDate::currentDate());
    REQUIRE(queue.count({}) == 1);
    CHECK(queue.page({}, 0, 1).first().review.id == log);
    CHECK(queue.page({}, 0, 1).first().review.submittedBy == QStringLiteral("王芳"));
    NoteReviewRepository atStation(supervisor.data.db(), sessionOf(supervisor));
    REQUIRE(atStation.returnNote(log, QStringLiteral("请写明见到了谁")));
    StatusReviewRepository stationChain(supervisor.data.db(), sessionOf(supervisor));
    REQUIRE(stationChain.waiting().size() == 1);
    REQUIRE(stationChain.recommend(proposal.id, QStringLiteral("recommended"),
                                   QStringLiteral("入户核实，情况属实")));
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));

    // 王芳 sees the return with its comment; answers, edits the note (which resubmits it).
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    NoteReviewRepository atWang(wang.data.db(), sessionOf(wang));
    REQUIRE(atWang.load(log));
    CHECK(atWang.load(log)->isReturned());
    REQUIRE(atWang.thread(log).size() == 1);
    CHECK(atWang.thread(log).first().text == QStringLiteral("请写明见到了谁"));
    CHECK(atWang.thread(log).first().writtenBy == QStringLiteral("周督导"));
    CHECK(StatusReviewRepository(wang.data.db()).load(proposal.id)->isRecommended());
    REQUIRE(atWang.comment(log, QStringLiteral("见到了奶奶和孩子")));
    ServiceLogRepository logs(wang.data.db(), sessionOf(wang));
    std::optional<ServiceSession> session = logs.loadSession(logs.forHousehold(household).first().sessionId);
    REQUIRE(session);
    session->activity = QStringLiteral("家访，见到奶奶和孩子，谈孩子上学的事");
    REQUIRE(logs.save(*session));
    CHECK(atWang.load(log)->isPending());
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));

    // The supervisor approves the resubmitted note.
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    CHECK(atStation.load(log)->isPending());
    CHECK(atStation.thread(log).size() == 2);
    REQUIRE(atStation.approve(log));
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));

    // The status is unchanged until the county confirms; then it changes on every laptop.
    CHECK(statusOf(wang, household) == QStringLiteral("dibao"));
    REQUIRE(message(county.sync()) == QStringLiteral("ok"));
    StatusReviewRepository countyChain(county.data.db(), sessionOf(county));
    REQUIRE(countyChain.waiting().size() == 1);
    REQUIRE(countyChain.decide(proposal.id, QStringLiteral("approved"), QStringLiteral("同意纳入特困供养")));
    CHECK(statusOf(county, household) == QStringLiteral("tekun"));
    REQUIRE(message(county.sync()) == QStringLiteral("ok"));
    for (Laptop* l : {&wang, &supervisor})
        REQUIRE(message(l->sync()) == QStringLiteral("ok"));
    CHECK(statusOf(wang, household) == QStringLiteral("tekun"));
    CHECK(statusOf(supervisor, household) == QStringLiteral("tekun"));
    CHECK(HouseholdRepository(wang.data.db()).isStatusConfirmed(household));
    CHECK(atWang.load(log)->isApproved());
    const StatusReview decided = *StatusReviewRepository(wang.data.db()).load(proposal.id);
    CHECK(decided.recommendedBy == QStringLiteral("周督导"));
    CHECK(decided.decidedBy == QStringLiteral("县民政局"));

    // A caseworker's laptop that approves its own note (a tampered app, writing as a supervisor):
    // the county parks the approval, and the supervisor still finds the note waiting.
    const QString forged = saveLog(wang, household, QStringLiteral("电话回访"));
    const Session tampered = Session::of(QStringLiteral("王芳"), Role::Supervisor);
    REQUIRE(JournalWriter(wang.data.db(), tampered)
                .commit({{RecordTypes::noteReview(),
                          forged,
                          household,
                          Change::Op::Update,
                          {{QStringLiteral("state"), QStringLiteral("approved")},
                           {QStringLiteral("reviewed_by"), QStringLiteral("王芳")}}}}));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    const QString parked = admin(db, {QStringLiteral("parked")});
    CHECK(parked.contains(QStringLiteral("note_review ") + forged));
    CHECK(parked.contains(QStringLiteral("only a station supervisor or county staff review notes")));
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    REQUIRE(atStation.load(forged));
    CHECK(atStation.load(forged)->isPending());
}

TEST_CASE(
    "assign takes household numbers, several at once, and a whole caseload from one caseworker to another",
    "[assignment][e2e]")
{
    QTemporaryDir dir;
    // On both of the county's stores (docs/postgresql.md).
    const QString db = test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    for (const char* name : {"王芳", "张丽", "赵敏"})
        admin(db,
              {QStringLiteral("add-user"), QString::fromUtf8(name), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    RunningServer server(db);
    REQUIRE(server.url.isValid());
    Laptop wang, zhang;
    REQUIRE(message(wang.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(zhang.enroll(server.url, enrollmentCode(db, QStringLiteral("张丽")))) ==
            QStringLiteral("ok"));
    HouseholdRepository repo(wang.data.db(), sessionOf(wang));
    QStringList numbers;
    for (int i = 1; i <= 3; ++i) {
        HouseholdFile file = test::sampleHousehold(QStringLiteral("户主%1").arg(i));
        numbers << QStringLiteral("37132116015-00106%1").arg(i);
        file.household.insert(QStringLiteral("household_no"), numbers.last());
        REQUIRE(repo.save(file));
    }
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(admin(db, {QStringLiteral("households"), QStringLiteral("王芳")}).count(QLatin1Char('\n')) == 4);

    // By household number, two at once; an unknown number refuses the whole command.
    const test::AdminRun unknown =
        test::tryAdmin(db, {QStringLiteral("assign"), numbers[0], QStringLiteral("37132116015-999999"),
                            QStringLiteral("赵敏")});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("37132116015-999999")));
    CHECK(admin(db, {QStringLiteral("households"), QStringLiteral("赵敏")}).count(QLatin1Char('\n')) == 1);
    CHECK(admin(db, {QStringLiteral("assign"), numbers[0], numbers[1], QStringLiteral("赵敏")})
              .contains(QStringLiteral("2 household(s) assigned to 赵敏")));
    CHECK(admin(db, {QStringLiteral("households"), QStringLiteral("赵敏")}).count(QLatin1Char('\n')) == 3);

    // The rest of 王芳's caseload goes to 张丽, whose laptop then holds it.
    CHECK(admin(db, {QStringLiteral("assign"), QStringLiteral("--from"), QStringLiteral("王芳"),
                     QStringLiteral("--to"), QStringLiteral("张丽")})
              .contains(QStringLiteral("1 household(s) assigned to 张丽")));
    REQUIRE(message(zhang.sync()) == QStringLiteral("ok"));
    CHECK(zhang.heads() == QStringList{QStringLiteral("户主3")});
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(wang.heads().isEmpty());
    const test::AdminRun nobody =
        test::tryAdmin(db, {QStringLiteral("assign"), QStringLiteral("--from"), QStringLiteral("王芳"),
                            QStringLiteral("--to"), QStringLiteral("张丽")});
    CHECK(nobody.exitCode != 0);
    CHECK(nobody.err.contains(QStringLiteral("holds no household")));
}

TEST_CASE(
    "a station supervisor assigns households from the app, effective through the county at the next sync",
    "[assignment][e2e]")
{
    QTemporaryDir dir;
    // On both of the county's stores (docs/postgresql.md).
    const QString db = test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    for (const char* name : {"王芳", "张丽"})
        admin(db,
              {QStringLiteral("add-user"), QString::fromUtf8(name), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("孙浩"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("青驼镇社工站")});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("周督导"), QStringLiteral("--role"),
               QStringLiteral("supervisor"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    RunningServer server(db);
    REQUIRE(server.url.isValid());
    Laptop wang, zhang, supervisor;
    for (auto [laptop, name] : {std::pair{&wang, "王芳"}, {&zhang, "张丽"}, {&supervisor, "周督导"}})
        REQUIRE(message(laptop->enroll(server.url, enrollmentCode(db, QString::fromUtf8(name)))) ==
                QStringLiteral("ok"));

    // The supervisor's laptop knows whom it may assign to: the station's caseworkers only.
    QStringList assignees;
    for (const DeviceSync::Assignee& a : DeviceSync(supervisor.data.db()).assignees())
        assignees << a.name;
    CHECK(assignees == QStringList{QStringLiteral("张丽"), QStringLiteral("王芳")});
    CHECK(DeviceSync(wang.data.db()).assignees().isEmpty());

    HouseholdRepository wangs(wang.data.db(), sessionOf(wang));
    QStringList households;
    for (int i = 1; i <= 3; ++i) {
        HouseholdFile file = test::sampleHousehold(QStringLiteral("户主%1").arg(i));
        REQUIRE(wangs.save(file));
        households << file.household.value(QStringLiteral("id")).toString();
    }
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));

    // A caseworker may not assign: refused on the laptop, and a forged change is parked.
    int changed = -1;
    const Status refused = wangs.assign({households[0]}, QStringLiteral("张丽"), &changed);
    CHECK_FALSE(refused);
    CHECK(refused.error().detail == QStringLiteral("assignment_not_authorised"));
    CHECK(changed == 0);
    JournalWriter::Options forged;
    forged.markKept = false;
    REQUIRE(JournalWriter(wang.data.db(), Session::of(QStringLiteral("王芳"), Role::Supervisor))
                .commit({{QStringLiteral("household"), households[0], households[0], Change::Op::Update,
                          QVariantMap{{QStringLiteral("caseworker"), QStringLiteral("张丽")}}}},
                        forged));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(admin(db, {QStringLiteral("parked")})
              .contains(QStringLiteral("only the station supervisor or the county assigns")));
    CHECK(admin(db, {QStringLiteral("households"), QStringLiteral("张丽")}).count(QLatin1Char('\n')) == 1);

    // The supervisor gives two of them to 张丽, offline; nothing moves until the county has it.
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    HouseholdRepository atStation(supervisor.data.db(), sessionOf(supervisor));
    REQUIRE(
        atStation.assign({households[0], households[1], households[1]}, QStringLiteral("张丽"), &changed));
    CHECK(changed == 2);
    REQUIRE(atStation.assign({households[0]}, QStringLiteral("张丽"), &changed));
    CHECK(changed == 0); // theirs already: nothing written
    CHECK(atStation.value(households[0], QStringLiteral("caseworker")).toString() == QStringLiteral("张丽"));
    CHECK(admin(db, {QStringLiteral("households"), QStringLiteral("张丽")}).count(QLatin1Char('\n')) == 1);
    // And one to a caseworker of another station: the county parks it.
    REQUIRE(atStation.assign({households[2]}, QStringLiteral("孙浩"), &changed));
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    CHECK(admin(db, {QStringLiteral("households"), QStringLiteral("张丽")}).count(QLatin1Char('\n')) == 3);
    CHECK(admin(db, {QStringLiteral("households"), QStringLiteral("孙浩")}).count(QLatin1Char('\n')) == 1);
    CHECK(admin(db, {QStringLiteral("parked")})
              .contains(QStringLiteral("not a caseworker of the assigning supervisor's station")));

    // 张丽's laptop receives the two households with their history; 王芳's forgets them.
    REQUIRE(message(zhang.sync()) == QStringLiteral("ok"));
    QStringList heads = zhang.heads();
    heads.sort();
    CHECK(heads == QStringList{QStringLiteral("户主1"), QStringLiteral("户主2")});
    CHECK(HouseholdRepository(zhang.data.db()).value(households[0], QStringLiteral("station")).toString() ==
          QStringLiteral("岸堤镇社工站"));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(wang.heads() == QStringList{QStringLiteral("户主3")});
    CHECK(admin(db, {QStringLiteral("households"), QStringLiteral("王芳")}).count(QLatin1Char('\n')) == 2);
}
