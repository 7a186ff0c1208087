// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The station's records (schema 15): volunteers and purchased-service projects, who keeps them, and
// the hours of service counted from the service logs, on a hand-built caseload with known numbers.
#include "tests/core/CaseworkFixture.h"
#include "tests/support/QtStringMaker.h"

#include "core/journal/JournalReplayer.h"
#include "core/journal/JournalWriter.h"
#include "core/records/ProjectDelivery.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/ServiceProjectRepository.h"
#include "core/records/VolunteerHours.h"
#include "core/records/VolunteerRepository.h"
#include "core/schema/RecordTypes.h"
#include "core/schema/StationScope.h"

#include <catch2/catch.hpp>

using namespace ff;
using test::TempDatabase;

namespace {
const QString kStation = QStringLiteral("岸堤镇社工站");

Session stationSupervisor(const Clock& clock)
{
    return Session(Actor{QStringLiteral("周督导"), QStringLiteral("周督导"), Role::Supervisor, kStation},
                   clock);
}

/// The hand-built station: three households, three volunteers, one project (2026-03 to 2026-08,
/// 120 hours, 40 households), and five services (one more removed).
struct Station
{
    TempDatabase t;
    ManualClock clock{test::kCaseworkNow};
    QStringList households;
    Volunteer li, chen, zhao;
    ServiceProject project;
    QString removedSession;

    Station()
    {
        for (int i = 1; i <= 3; ++i)
            households << test::idOf(
                test::addHousehold(t.db(), clock, QStringLiteral("371321105-00000%1").arg(i)).household);
        VolunteerRepository volunteers(t.db(), stationSupervisor(clock));
        li.name = QStringLiteral("李敏");
        li.skills = QStringLiteral("心理疏导");
        li.trainings = QStringLiteral("志愿者岗前培训\n儿童保护培训");
        chen.name = QStringLiteral("陈刚");
        zhao.name = QStringLiteral("赵霞");
        for (Volunteer* v : {&li, &chen, &zhao})
            REQUIRE(volunteers.save(*v));
        project.name = QStringLiteral("三区计划社工服务项目");
        project.purchaser = QStringLiteral("沂南县民政局");
        project.provider = QStringLiteral("沂南县阳光社会工作服务中心");
        project.startsOn = QDate(2026, 3, 1);
        project.endsOn = QDate(2026, 8, 31);
        project.contractedHours = 120;
        project.contractedHouseholds = 40;
        REQUIRE(ServiceProjectRepository(t.db(), stationSupervisor(clock)).save(project));

        log(QDate(2026, 3, 10), 90, {0, 1, 2}, project.id, {li.id, chen.id});
        log(QDate(2026, 4, 5), 60, {0}, project.id, {li.id});
        log(QDate(2026, 4, 20), 30, {1}, project.id, {});
        log(QDate(2026, 5, 2), 45, {2}, {}, {chen.id});
        log(QDate(2026, 5, 12), 120, {0, 1}, project.id, {li.id});
        removedSession = log(QDate(2026, 4, 25), 600, {2}, project.id, {li.id});
        ServiceLogRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
        REQUIRE(repo.remove(*repo.loadSession(removedSession)));
    }

    QString log(QDate day, int minutes, QList<int> which, const QString& projectId,
                const QStringList& volunteerIds)
    {
        ServiceSession s;
        s.servedOn = day;
        s.durationMin = minutes;
        s.method = which.size() > 1 ? QStringLiteral("group") : QStringLiteral("casework");
        s.category = QStringLiteral("social_integration");
        s.caseworker = QStringLiteral("王芳");
        s.activity = QStringLiteral("活动");
        s.projectId = projectId;
        s.volunteerIds = volunteerIds;
        for (int i : which)
            s.households.append({households.at(i), {}, {}});
        ServiceLogRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
        REQUIRE(repo.save(s));
        return s.sessionId;
    }
};
} // namespace

TEST_CASE("a volunteer's hours count each session once, however many households it served",
          "[station][volunteers]")
{
    Station s;
    VolunteerHours hours(s.t.db());
    // 李敏: the March group (1.5 h, three households), April casework (1 h), the May group (2 h);
    // the removed 10-hour log does not count.
    CHECK(hours.hours(s.li.id) == Approx(4.5));
    const QList<VolunteerService> services = hours.services(s.li.id);
    REQUIRE(services.size() == 3);
    CHECK(services.at(0).servedOn == QDate(2026, 5, 12));
    CHECK(services.at(0).households == 2);
    CHECK(services.at(0).projectId == s.project.id);
    CHECK(services.at(2).servedOn == QDate(2026, 3, 10));
    CHECK(services.at(2).households == 3);
    CHECK(services.at(2).durationMin == 90);
    // In April and May only.
    CHECK(hours.hours(s.li.id, QDate(2026, 4, 1), QDate(2026, 5, 31)) == Approx(3.0));
    CHECK(hours.services(s.li.id, QDate(2026, 4, 1), QDate(2026, 5, 31)).size() == 2);
    // 陈刚: the March group and a casework service outside any project.
    CHECK(hours.hours(s.chen.id) == Approx(2.25));
    CHECK(hours.hours(s.zhao.id) == 0);
    const QHash<QString, double> all = hours.hoursByVolunteer();
    CHECK(all.size() == 2);
    CHECK(all.value(s.li.id) == Approx(4.5));
    CHECK(all.value(s.chen.id) == Approx(2.25));
    CHECK(hours.hoursByVolunteer(QDate(2026, 5, 1), {}).value(s.chen.id) == Approx(0.75));
}

TEST_CASE("a project's hours and households delivered per month, against the contract", "[station][projects]")
{
    Station s;
    const ProjectDelivery d = ProjectDeliveryQuery(s.t.db()).of(s.project);
    CHECK(d.deliveredHours == Approx(5.0));
    CHECK(d.householdsServed == 3);
    CHECK(d.hoursShare() == Approx(5.0 / 120));
    CHECK(ProjectDeliveryQuery::monthsOf(s.project) == 6);
    REQUIRE(d.months.size() == 6);
    CHECK(d.months.at(0).month == QDate(2026, 3, 1));
    CHECK(d.months.at(0).deliveredHours == Approx(1.5));
    CHECK(d.months.at(0).households == 3);
    CHECK(d.months.at(0).contractedHours == Approx(20));
    CHECK(d.months.at(1).month == QDate(2026, 4, 1));
    CHECK(d.months.at(1).deliveredHours == Approx(1.5));
    CHECK(d.months.at(1).households == 2);
    CHECK(d.months.at(2).deliveredHours == Approx(2.0));
    CHECK(d.months.at(2).households == 2);
    CHECK(d.months.at(5).month == QDate(2026, 8, 1));
    CHECK(d.months.at(5).deliveredHours == 0);
    CHECK(d.months.at(5).households == 0);
}

TEST_CASE("the station's records are kept by its supervisor: a caseworker reads them", "[station][authority]")
{
    Station s;
    // Stored under the station's scope, with the session's station.
    VolunteerRepository read(s.t.db());
    REQUIRE(read.all().size() == 3);
    CHECK(read.load(s.li.id)->station == kStation);
    CHECK(read.load(s.li.id)->trainings == QStringLiteral("志愿者岗前培训\n儿童保护培训"));
    CHECK(ServiceProjectRepository(s.t.db()).all().size() == 1);

    // A caseworker may not add or change one; the writer refuses it with the station's reason.
    Volunteer mine;
    mine.name = QStringLiteral("王小二");
    const Session caseworker = test::as(QStringLiteral("王芳"), s.clock);
    CHECK_FALSE(VolunteerRepository(s.t.db(), caseworker).save(mine));
    const Status refused = JournalWriter(s.t.db(), caseworker)
                               .commit({{RecordTypes::volunteer(),
                                         s.li.id,
                                         StationScope::scopeId(kStation),
                                         Change::Op::Update,
                                         {{QStringLiteral("phone"), QStringLiteral("13800000000")}}}});
    CHECK_FALSE(refused);
    CHECK(read.load(s.li.id)->phone.isEmpty());
    // The supervisor edits, but cannot move a volunteer to another station.
    Volunteer li = *read.load(s.li.id);
    li.phone = QStringLiteral("13800000000");
    REQUIRE(VolunteerRepository(s.t.db(), stationSupervisor(s.clock)).save(li));
    CHECK(read.load(s.li.id)->phone == QStringLiteral("13800000000"));
    CHECK_FALSE(JournalWriter(s.t.db(), stationSupervisor(s.clock))
                    .commit({{RecordTypes::volunteer(),
                              s.li.id,
                              StationScope::scopeId(kStation),
                              Change::Op::Update,
                              {{QStringLiteral("station"), QStringLiteral("界湖街道社工站")}}}}));

    // A service log names only a project and volunteers known here.
    ServiceSession bad;
    bad.servedOn = QDate(2026, 5, 20);
    bad.durationMin = 30;
    bad.category = QStringLiteral("social_integration");
    bad.activity = QStringLiteral("电话回访");
    bad.projectId = QStringLiteral("no-such-project");
    bad.volunteerIds = {QStringLiteral("no-such-volunteer")};
    bad.households.append({s.households.first(), {}, {}});
    const QList<ValidationIssue> issues = ServiceLogRepository(s.t.db(), caseworker).validate(bad);
    CHECK(issues.size() == 2);

    // The records replay to the same tables.
    const QString before = TempDatabase::dumpTables(s.t.db());
    REQUIRE(JournalReplayer::rebuild(s.t.db()));
    CHECK(TempDatabase::dumpTables(s.t.db()) == before);
}
