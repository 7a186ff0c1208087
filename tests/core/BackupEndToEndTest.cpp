// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore of the county (issue 15, item 6), through the real fieldfile-server: a backup
// taken while it serves; restored, the county has lost what came after the backup, and the laptops'
// next syncs bring all of it back — nothing a caseworker wrote is lost — and go on syncing.
#include "tests/support/CuttingProxy.h"
#include "tests/support/PostgresCluster.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/db/Database.h"
#include "core/records/HouseholdRepository.h"
#include "core/server/CountyBackup.h"
#include "core/sync/DeviceSync.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

#include <optional>

using namespace ff;
using test::admin;
using test::CuttingProxy;
using test::enrollmentCode;
using test::Laptop;
using test::message;
using test::RunningServer;

namespace {
QString file(Laptop& laptop, const QString& head)
{
    HouseholdFile f = test::sampleHousehold(head);
    REQUIRE(HouseholdRepository(laptop.data.db(), laptop.session()).save(f));
    return f.household.value(QStringLiteral("id")).toString();
}
} // namespace

TEST_CASE("a county restored from a backup gets back from the laptops everything written after the backup",
          "[backup][e2e]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("county.db"));
    const QString backup = dir.filePath(QStringLiteral("backup-2026-12-06"));
    test::makeCounty(
        db, {{QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")},
             {QStringLiteral("周督导"), QStringLiteral("supervisor"), QStringLiteral("岸堤镇社工站")}});
    std::optional<RunningServer> server(std::in_place, db);
    REQUIRE(server->url.isValid());
    CuttingProxy proxy(quint16(server->url.port())); // the laptops' address stays while the server restarts
    Laptop wang, supervisor;
    REQUIRE(message(wang.enroll(proxy.url(), enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    REQUIRE(message(supervisor.enroll(proxy.url(), enrollmentCode(db, QStringLiteral("周督导")))) ==
            QStringLiteral("ok"));

    const QString before = file(wang, QStringLiteral("张伟"));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    const QString epoch = DeviceSync(wang.data.db()).countyEpoch();
    CHECK_FALSE(epoch.isEmpty());

    // A backup while serving; then more work reaches the county and the station.
    CHECK(admin(db, {QStringLiteral("backup"), backup}).contains(QStringLiteral("Backup written")));
    CHECK(
        QFileInfo(backup + QStringLiteral("/county.db")).permissions() ==
        (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(test::tryAdmin(db, {QStringLiteral("backup"), backup}).exitCode != 0); // never over a backup
    const QString after = file(wang, QStringLiteral("李娜"));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    CHECK(supervisor.heads() == QStringList{QStringLiteral("张伟"), QStringLiteral("李娜")});
    CHECK(admin(db, {QStringLiteral("households")}).contains(after));

    // Restoring while the server serves is refused; stopped, the backup goes back in place.
    CHECK(test::tryAdmin(db, {QStringLiteral("restore"), backup}).exitCode != 0);
    server.reset();
    // --epoch-only is for a county in PostgreSQL restored by its administrator; a file's restore
    // starts the new epoch itself.
    const test::AdminRun epochOnly =
        test::tryAdmin(db, {QStringLiteral("restore"), QStringLiteral("--epoch-only")});
    CHECK(epochOnly.exitCode == 2);
    CHECK(epochOnly.err.contains(QStringLiteral("is restored with restore FOLDER")));
    CHECK(test::tryAdmin(db, {QStringLiteral("restore")}).err.startsWith(QStringLiteral("Usage:")));
    CHECK(admin(db, {QStringLiteral("restore"), backup}).contains(QStringLiteral("Restored")));
    CHECK_FALSE(admin(db, {QStringLiteral("households")}).contains(after)); // lost at the county…
    server.emplace(db);
    REQUIRE(server->url.isValid());
    proxy.setServerPort(quint16(server->url.port()));

    // …and back with 王芳's next sync, which sees the new epoch and sends everything again.
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(DeviceSync(wang.data.db()).countyEpoch() != epoch);
    CHECK(DeviceSync(wang.data.db()).unsentCount() == 0);
    const QString households = admin(db, {QStringLiteral("households")});
    CHECK(households.contains(before));
    CHECK(households.contains(after));

    // The station goes on receiving what is new, and still has everything.
    const QString later = file(wang, QStringLiteral("王强"));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    REQUIRE(message(supervisor.sync()) == QStringLiteral("ok"));
    CHECK(supervisor.heads() ==
          QStringList{QStringLiteral("张伟"), QStringLiteral("李娜"), QStringLiteral("王强")});
    CHECK(admin(db, {QStringLiteral("households")}).contains(later));
    CHECK(wang.heads() == supervisor.heads());
}

TEST_CASE("a county in PostgreSQL restored with pg_restore and restore --epoch-only gets back from the "
          "laptops everything written after the dump",
          "[backup][e2e][postgres]")
{
    QTemporaryDir dir;
    const QString db = test::countyDatabase(test::Store::Postgres, dir.path());
    if (db.isEmpty())
        return;
    test::PostgresCluster& cluster = test::PostgresCluster::instance();
    const QString name = QUrl(db).path().mid(1);
    const QString dump = cluster.folder() + QStringLiteral("/") + name + QStringLiteral(".dump");
    test::makeCounty(
        db, {{QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")}});
    std::optional<RunningServer> server(std::in_place, db);
    REQUIRE(server->url.isValid());
    CuttingProxy proxy(quint16(server->url.port()));
    Laptop wang;
    REQUIRE(message(wang.enroll(proxy.url(), enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    const QString before = file(wang, QStringLiteral("张伟"));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    const QString epoch = DeviceSync(wang.data.db()).countyEpoch();
    CHECK_FALSE(epoch.isEmpty());

    // The database's administrator dumps it while it serves (docs/deployment.md §6a); backup says so.
    CHECK(test::tryAdmin(db, {QStringLiteral("backup"), dir.filePath(QStringLiteral("b"))})
              .err.contains(QStringLiteral("pg_dump")));
    QString output;
    REQUIRE(cluster.runTool(QStringLiteral("pg_dump"), name,
                            {QStringLiteral("-Fc"), QStringLiteral("-f"), dump}, &output) == 0);
    const QString after = file(wang, QStringLiteral("李娜"));
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(admin(db, {QStringLiteral("households")}).contains(after));

    // Stopped, restored by pg_restore: what came after the dump is gone, and the epoch is the one
    // the laptop holds — it would not notice.
    server.reset();
    INFO(output.toStdString());
    REQUIRE(cluster.runTool(QStringLiteral("pg_restore"), name,
                            {QStringLiteral("--clean"), QStringLiteral("--if-exists"), dump}, &output) == 0);
    CHECK_FALSE(admin(db, {QStringLiteral("households")}).contains(after));
    CHECK(admin(db, {QStringLiteral("households")}).contains(before));
    {
        Database county;
        REQUIRE(county.open(db, test::keyFileOf(db).chopped(5)));
        CHECK(CountyBackup::epoch(county) == epoch);
    }
    CHECK(admin(db, {QStringLiteral("restore"), QStringLiteral("--epoch-only")})
              .contains(QStringLiteral("has a new epoch")));
    server.emplace(db);
    REQUIRE(server->url.isValid());
    proxy.setServerPort(quint16(server->url.port()));

    // 王芳's next sync sees the new epoch and sends everything again.
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(DeviceSync(wang.data.db()).countyEpoch() != epoch);
    CHECK(DeviceSync(wang.data.db()).unsentCount() == 0);
    const QString households = admin(db, {QStringLiteral("households")});
    CHECK(households.contains(before));
    CHECK(households.contains(after));
    QFile::remove(dump);
}
