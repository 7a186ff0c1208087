// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The station's records through the real fieldfile-server on 127.0.0.1 (a free port): a pull
// brings a laptop its station's volunteers and projects and the county-wide ones, never another
// station's; a caseworker's laptop that writes one is parked with the station's reason.
#include "tests/support/QtStringMaker.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/journal/JournalWriter.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/ServiceProjectRepository.h"
#include "core/records/VolunteerHours.h"
#include "core/records/VolunteerRepository.h"
#include "core/schema/RecordTypes.h"
#include "core/schema/StationScope.h"
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

void addUser(const QString& db, const char* name, const char* role, const char* station = nullptr)
{
    QStringList args = {QStringLiteral("add-user"), QString::fromUtf8(name), QStringLiteral("--role"),
                        QString::fromLatin1(role)};
    if (station)
        args << QStringLiteral("--station") << QString::fromUtf8(station);
    admin(db, args);
}

ServiceProject project(const char* name)
{
    ServiceProject p;
    p.name = QString::fromUtf8(name);
    p.purchaser = QStringLiteral("沂南县民政局");
    p.provider = QStringLiteral("沂南县阳光社会工作服务中心");
    p.startsOn = QDate::currentDate().addMonths(-2);
    p.endsOn = QDate::currentDate().addMonths(10);
    p.contractedHours = 600;
    p.contractedHouseholds = 80;
    return p;
}
} // namespace

TEST_CASE("station records sync by station: its supervisor keeps them, its caseworkers read them",
          "[station][e2e]")
{
    QTemporaryDir dir;
    // On both of the county's stores (docs/postgresql.md).
    const QString db = test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    addUser(db, "王芳", "caseworker", "岸堤镇社工站");
    addUser(db, "周督导", "supervisor", "岸堤镇社工站");
    addUser(db, "赵强", "caseworker", "界湖街道社工站");
    addUser(db, "孙督导", "supervisor", "界湖街道社工站");
    addUser(db, "县民政局", "county");
    RunningServer server(db);
    REQUIRE(server.url.isValid());
    Laptop wang, chief, zhao, sun, county;
    const QList<QPair<Laptop*, const char*>> people = {
        {&wang, "王芳"}, {&chief, "周督导"}, {&zhao, "赵强"}, {&sun, "孙督导"}, {&county, "县民政局"}};
    for (const auto& [laptop, name] : people)
        REQUIRE(message(laptop->enroll(server.url, enrollmentCode(db, QString::fromUtf8(name)))) ==
                QStringLiteral("ok"));

    // The station supervisor keeps the roster and the station's project; the county a county-wide one.
    Volunteer li;
    li.name = QStringLiteral("李敏");
    li.skills = QStringLiteral("心理疏导、陪伴");
    REQUIRE(VolunteerRepository(chief.data.db(), sessionOf(chief)).save(li));
    CHECK(li.station == QStringLiteral("岸堤镇社工站"));
    ServiceProject threeAreas = project("三区计划·岸堤镇");
    REQUIRE(ServiceProjectRepository(chief.data.db(), sessionOf(chief)).save(threeAreas));
    CHECK(threeAreas.station == QStringLiteral("岸堤镇社工站"));
    REQUIRE(message(chief.sync()) == QStringLiteral("ok"));
    ServiceProject countyWide = project("困难群众心理关爱项目");
    REQUIRE(ServiceProjectRepository(county.data.db(), sessionOf(county)).save(countyWide));
    CHECK(countyWide.isCountyWide());
    REQUIRE(message(county.sync()) == QStringLiteral("ok"));

    // A pull brings each laptop its station's records and the county-wide ones.
    for (Laptop* l : {&wang, &zhao, &sun, &chief, &county})
        REQUIRE(message(l->sync()) == QStringLiteral("ok"));
    CHECK(VolunteerRepository(wang.data.db()).all().size() == 1);
    CHECK(ServiceProjectRepository(wang.data.db()).all().size() == 2);
    for (Laptop* l : {&zhao, &sun}) {
        CHECK(VolunteerRepository(l->data.db()).all().isEmpty());
        REQUIRE(ServiceProjectRepository(l->data.db()).all().size() == 1);
        CHECK(ServiceProjectRepository(l->data.db()).all().first().id == countyWide.id);
    }
    CHECK(VolunteerRepository(county.data.db()).all().size() == 1);
    CHECK(ServiceProjectRepository(county.data.db()).all().size() == 2);

    // 王芳 logs a service under the project with the volunteer; the supervisor sees the hours.
    HouseholdFile file = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(wang.data.db(), sessionOf(wang)).save(file));
    ServiceSession s;
    s.servedOn = QDate::currentDate();
    s.durationMin = 90;
    s.method = QStringLiteral("casework");
    s.category = QStringLiteral("resource_linking");
    s.caseworker = QStringLiteral("王芳");
    s.activity = QStringLiteral("志愿者陪同就医");
    s.projectId = threeAreas.id;
    s.volunteerIds = {li.id};
    s.households.append({file.household.value(QStringLiteral("id")).toString(), {}, {}});
    REQUIRE(ServiceLogRepository(wang.data.db(), sessionOf(wang)).save(s));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    REQUIRE(message(chief.sync()) == QStringLiteral("ok"));
    CHECK(VolunteerHours(chief.data.db()).hours(li.id) == Approx(1.5));

    // A caseworker's laptop that writes the roster (a tampered app): the county parks it with the
    // station's reason, and nobody else receives it.
    const Session tampered(Actor{QStringLiteral("王芳"), QStringLiteral("王芳"), Role::Supervisor,
                                 QStringLiteral("岸堤镇社工站")});
    Volunteer forged;
    forged.name = QStringLiteral("冒名");
    REQUIRE(VolunteerRepository(wang.data.db(), tampered).save(forged));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    const QString parked = admin(db, {QStringLiteral("parked")});
    CHECK(parked.contains(QStringLiteral("volunteer ") + forged.id));
    CHECK(parked.contains(
        QStringLiteral("only a station supervisor or county staff keep the station's records")));
    REQUIRE(message(chief.sync()) == QStringLiteral("ok"));
    CHECK(VolunteerRepository(chief.data.db()).all().size() == 1);
}
