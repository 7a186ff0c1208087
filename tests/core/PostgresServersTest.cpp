// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two real `fieldfile-server serve` processes on 127.0.0.1 on one PostgreSQL database, laptops
// pushing and pulling through both at once: every change reaches every laptop whose scope holds
// it, none is skipped by a pull's cursor (docs/postgresql.md).
#include "tests/support/PostgresCluster.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/db/Database.h"
#include "core/records/AttachmentContentStore.h"
#include "core/records/AttachmentRepository.h"
#include "core/records/HouseholdRepository.h"
#include "core/server/CountyBackup.h"
#include "core/sync/SyncClient.h"

#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

using namespace ff;

namespace {
constexpr int kCaseworkers = 6;
constexpr int kRounds = 10;
} // namespace

TEST_CASE("two servers on one PostgreSQL database: laptops push and pull through both at once, and no "
          "pull skips a change",
          "[postgres][e2e]")
{
    const QString url = test::PostgresCluster::instance().newDatabase();
    if (url.isEmpty()) {
        WARN("PostgreSQL tests skipped: " << test::PostgresCluster::instance().problem().toStdString());
        return;
    }
    QTemporaryDir dir;
    const QStringList keys = {QStringLiteral("--keys"), dir.filePath(QStringLiteral("county.keys"))};
    test::admin(url, keys + QStringList{QStringLiteral("init"), QStringLiteral("--county"),
                                        QStringLiteral("371321")});
    QStringList users;
    for (int i = 0; i < kCaseworkers; ++i) {
        users << QStringLiteral("社工%1").arg(i);
        test::admin(url, keys + QStringList{QStringLiteral("add-user"), users.last(),
                                            QStringLiteral("--role"), QStringLiteral("caseworker"),
                                            QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    }
    test::admin(url, keys + QStringList{QStringLiteral("add-user"), QStringLiteral("县民政局"),
                                        QStringLiteral("--role"), QStringLiteral("county")});
    const auto code = [&](const QString& user) {
        const QString out = test::admin(url, keys + QStringList{QStringLiteral("enroll-code"), user});
        return QRegularExpression(QStringLiteral("([0-9A-Z]{5}-[0-9A-Z]{5})")).match(out).captured(1);
    };

    test::RunningServer first(url, keys);
    test::RunningServer second(url, keys);
    REQUIRE(first.url.isValid());
    REQUIRE(second.url.isValid());
    const QUrl servers[] = {first.url, second.url};

    // Caseworkers' laptops on both servers, and a county staff laptop on each, pulling everything.
    std::vector<std::unique_ptr<test::Laptop>> laptops;
    for (int i = 0; i < kCaseworkers; ++i) {
        laptops.push_back(std::make_unique<test::Laptop>());
        REQUIRE(test::message(laptops.back()->enroll(servers[i % 2], code(users.at(i)))) ==
                QStringLiteral("ok"));
    }
    for (int i = 0; i < 2; ++i) {
        laptops.push_back(std::make_unique<test::Laptop>());
        REQUIRE(test::message(laptops.back()->enroll(servers[i], code(QStringLiteral("县民政局")))) ==
                QStringLiteral("ok"));
    }

    QStringList filed;
    for (int round = 0; round < kRounds; ++round) {
        for (int i = 0; i < kCaseworkers; ++i) {
            const QString head = QStringLiteral("户主%1-%2").arg(i).arg(round);
            test::savedHousehold(laptops[size_t(i)]->data.db(), laptops[size_t(i)]->session(), head);
            filed << head;
        }
        // Every laptop at once: pushes through one process while pulls run in both.
        const QStringList outcomes = test::syncAll(laptops);
        CHECK(outcomes == QStringList(qsizetype(laptops.size()), QStringLiteral("ok")));
    }
    // A last pull each, after all the pushes: whatever a cursor had passed would be missing now.
    for (size_t s = size_t(kCaseworkers); s < laptops.size(); ++s)
        REQUIRE(test::message(laptops[s]->sync()) == QStringLiteral("ok"));
    filed.sort();
    for (size_t s = size_t(kCaseworkers); s < laptops.size(); ++s) {
        INFO("county staff laptop on server " << (s - kCaseworkers + 1));
        CHECK(laptops[s]->heads() == filed);
    }
    // Each caseworker holds their own households, whichever server they synced through.
    for (int i = 0; i < kCaseworkers; ++i)
        CHECK(laptops[size_t(i)]->heads().size() == kRounds);

    // The journal is one: both processes answer from it.
    const QString status = test::admin(url, keys + QStringList{QStringLiteral("status")});
    CHECK(status.contains(QStringLiteral("Households: %1").arg(kCaseworkers * kRounds)));
}

TEST_CASE("fieldfile-server on PostgreSQL needs its key file, backup and restore are PostgreSQL's tools, "
          "and restore --epoch-only starts a new epoch after them",
          "[postgres]")
{
    const QString url = test::PostgresCluster::instance().newDatabase();
    if (url.isEmpty()) {
        WARN("PostgreSQL tests skipped: " << test::PostgresCluster::instance().problem().toStdString());
        return;
    }
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("county.keys"));
    const test::AdminRun noKeys =
        test::tryAdmin(url, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    CHECK(noKeys.exitCode != 0);
    CHECK(noKeys.err.contains(QStringLiteral("--keys")));
    const QStringList keys = {QStringLiteral("--keys"), keyFile};
    test::admin(url, keys + QStringList{QStringLiteral("init"), QStringLiteral("--county"),
                                        QStringLiteral("371321")});
    CHECK(QFile::exists(keyFile));
    CHECK(test::admin(url, keys + QStringList{QStringLiteral("status")}).contains(QStringLiteral("371321")));
    const test::AdminRun backup =
        test::tryAdmin(url, keys + QStringList{QStringLiteral("backup"), dir.filePath(QStringLiteral("b"))});
    CHECK(backup.exitCode == 2);
    CHECK(backup.err.contains(QStringLiteral("pg_dump -Fc")));
    CHECK(backup.err.contains(keyFile)); // saved with the dump: it is not in the database
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("b"))));

    // A restore is pg_restore's, by the database's administrator; then only a new epoch here, so
    // that laptops synced since the dump send their changes again.
    Database county;
    REQUIRE(county.open(url, keyFile.chopped(5)));
    REQUIRE(CountyBackup::ensureEpoch(county));
    const QString epoch = CountyBackup::epoch(county);
    const test::AdminRun restore =
        test::tryAdmin(url, keys + QStringList{QStringLiteral("restore"), dir.filePath(QStringLiteral("b"))});
    CHECK(restore.exitCode == 2);
    CHECK(restore.err.contains(QStringLiteral("pg_restore")));
    CHECK(restore.err.contains(QStringLiteral("restore --epoch-only")));
    CHECK(restore.err.contains(keyFile));
    CHECK(CountyBackup::epoch(county) == epoch);
    CHECK(
        test::tryAdmin(url, keys + QStringList{QStringLiteral("restore"), QStringLiteral("--epoch-only"),
                                               dir.filePath(QStringLiteral("b"))})
            .err.startsWith(QStringLiteral("Usage: fieldfile-server restore FOLDER | restore --epoch-only")));
    const QString renewed =
        test::admin(url, keys + QStringList{QStringLiteral("restore"), QStringLiteral("--epoch-only")});
    CHECK(renewed.contains(QStringLiteral("has a new epoch")));
    CHECK_FALSE(CountyBackup::epoch(county).isEmpty());
    CHECK(CountyBackup::epoch(county) != epoch);
    // Without the key file it is refused like every other command.
    CHECK(test::tryAdmin(url, {QStringLiteral("restore"), QStringLiteral("--epoch-only")})
              .err.contains(QStringLiteral("--keys")));
    // --keys means nothing for a database file.
    const test::AdminRun file = test::tryAdmin(dir.filePath(QStringLiteral("county.db")),
                                               keys + QStringList{QStringLiteral("status")});
    CHECK(file.exitCode != 0);
}

TEST_CASE("on PostgreSQL an attachment sent through one server arrives through the other", "[postgres][e2e]")
{
    const QString url = test::PostgresCluster::instance().newDatabase();
    if (url.isEmpty()) {
        WARN("PostgreSQL tests skipped: " << test::PostgresCluster::instance().problem().toStdString());
        return;
    }
    QTemporaryDir dir;
    const QStringList keys = {QStringLiteral("--keys"), dir.filePath(QStringLiteral("county.keys"))};
    test::admin(url, keys + QStringList{QStringLiteral("init"), QStringLiteral("--county"),
                                        QStringLiteral("371321")});
    test::admin(url, keys + QStringList{QStringLiteral("add-user"), QStringLiteral("王芳"),
                                        QStringLiteral("--role"), QStringLiteral("caseworker"),
                                        QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    test::admin(url, keys + QStringList{QStringLiteral("add-user"), QStringLiteral("县民政局"),
                                        QStringLiteral("--role"), QStringLiteral("county")});
    const auto code = [&](const QString& user) {
        const QString out = test::admin(url, keys + QStringList{QStringLiteral("enroll-code"), user});
        return QRegularExpression(QStringLiteral("([0-9A-Z]{5}-[0-9A-Z]{5})")).match(out).captured(1);
    };
    test::RunningServer first(url, keys);
    test::RunningServer second(url, keys);
    REQUIRE(first.url.isValid());
    REQUIRE(second.url.isValid());
    test::Laptop wang, county;
    REQUIRE(test::message(wang.enroll(first.url, code(QStringLiteral("王芳")))) == QStringLiteral("ok"));
    REQUIRE(test::message(county.enroll(second.url, code(QStringLiteral("县民政局")))) ==
            QStringLiteral("ok"));

    HouseholdFile file = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(wang.data.db(), wang.session()).save(file));
    Attachment photo;
    photo.householdId = file.household.value(QStringLiteral("id")).toString();
    photo.category = QStringLiteral("housing");
    photo.fileName = QStringLiteral("住房.jpg");
    const QByteArray bytes = test::randomJpeg(2'500'000, 21); // three chunks
    REQUIRE(AttachmentRepository(wang.data.db(), wang.session()).add(photo, bytes));
    REQUIRE(test::message(wang.sync()) == QStringLiteral("ok"));
    CHECK(wang.client.attachments().sent == 1);
    CHECK(wang.client.attachments().problem == QString());

    REQUIRE(test::message(county.sync()) == QStringLiteral("ok"));
    CHECK(county.client.attachments().received == 1);
    CHECK(county.client.attachments().problem == QString());
    CHECK(AttachmentContentStore(county.data.db()).whole(photo.sha256) == bytes);
}
