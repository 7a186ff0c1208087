// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Several writers on one PostgreSQL county database while a device pulls: the pull, chained by its
// cursors, receives every change exactly once (docs/postgresql.md, "No pull ever skips a change").
// Each thread has its own connection, as each `fieldfile-server serve` process has its own.
#include "tests/support/PostgresCluster.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/crypto/KeyPair.h"
#include "core/db/Database.h"
#include "core/server/CountyStore.h"
#include "core/sync/PackageWriter.h"

#include <QSet>

#include <atomic>
#include <thread>
#include <vector>

using namespace ff;
using crypto::KeyPair;

namespace {
struct Laptop
{
    QString id;
    QString user;
    KeyPair signing = KeyPair::generate(KeyPair::Kind::Signing);
    KeyPair box = KeyPair::generate(KeyPair::Kind::Box);
};

constexpr int kWriters = 3;
constexpr int kPackagesEach = 12;
constexpr int kHouseholdsPerPackage = 2;
} // namespace

TEST_CASE("writers on several connections and a pull between them: no change is skipped or sent twice",
          "[postgres][concurrency]")
{
    const QString url = test::PostgresCluster::instance().newDatabase();
    if (url.isEmpty()) {
        WARN("PostgreSQL tests skipped: " << test::PostgresCluster::instance().problem().toStdString());
        return;
    }
    test::TempDatabase files;
    const QString local = files.dir() + QStringLiteral("/county");
    Database setup;
    REQUIRE(setup.open(url, local));
    REQUIRE(CountyStore::initialize(setup, QStringLiteral("371321")));
    CountyStore county(setup);
    REQUIRE(county.addUser(QStringLiteral("县民政局"), QStringLiteral("county"), {}));
    QList<Laptop> laptops;
    for (int w = 0; w <= kWriters; ++w) {
        Laptop l;
        l.id = QStringLiteral("laptop-%1").arg(w);
        // The last one is county staff's: it pulls every household.
        l.user = w < kWriters ? QStringLiteral("社工%1").arg(w) : QStringLiteral("县民政局");
        if (w < kWriters)
            REQUIRE(county.addUser(l.user, QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")));
        QString code, enrolled;
        REQUIRE(county.issueEnrollmentCode(l.user, &code));
        REQUIRE(county.enroll(code, l.id, l.signing.publicKey, l.box.publicKey, &enrolled));
        laptops.append(l);
    }
    const QString countyId = county.countyId();
    const QByteArray countyBox = county.boxKeys().publicKey;

    std::atomic<int> writing{kWriters};
    std::atomic<int> failures{0};
    QStringList problems[kWriters + 1];
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back([&, w] {
            Database db;
            if (!db.open(url, local)) {
                ++failures;
                writing--;
                return;
            }
            CountyStore store(db);
            const Laptop& laptop = laptops.at(w);
            qint64 seq = 0;
            for (int p = 0; p < kPackagesEach; ++p) {
                QList<Change> changes;
                for (int h = 0; h < kHouseholdsPerPackage; ++h) {
                    Change c;
                    c.id = {laptop.id, ++seq};
                    c.hlc = (quint64(1'780'000'000'000) << 16) + quint64(seq);
                    c.author = laptop.id;
                    c.entity = QStringLiteral("household");
                    c.recordId = QStringLiteral("h-%1-%2").arg(w).arg(seq);
                    c.householdId = c.recordId;
                    c.op = Change::Op::Create;
                    changes.append(c);
                }
                const QByteArray package = PackageWriter::write(changes, {laptop.id, laptop.signing},
                                                                {countyId, countyBox}, changes.last().hlc);
                const CountyStore::ImportOutcome outcome = store.importPackage(package);
                if (outcome.kind != CountyStore::ImportOutcome::Kind::Applied ||
                    outcome.report.applied != 2) {
                    problems[w] << outcome.reason;
                    ++failures;
                }
            }
            writing--;
        });
    }

    // County staff's laptop pulls all along, small pages, each from the cursor of the one before.
    QStringList received;
    qint64 cursor = 0;
    int pages = 0;
    {
        Database db;
        REQUIRE(db.open(url, local));
        CountyStore store(db);
        bool last = false;
        while (!last) {
            last = writing.load() == 0; // one more pull after the writers are done
            CountyStore::Page page;
            if (Status s = store.pullPackage(laptops.last().id, cursor, 3, &page); !s) {
                problems[kWriters] << s.error().detail;
                break;
            }
            ++pages;
            received += page.households; // one change per household here
            CHECK(page.count == page.households.size());
            CHECK(page.cursor >= cursor);
            cursor = page.cursor;
            if (page.more)
                last = false;
        }
    }
    for (std::thread& t : threads)
        t.join();
    for (const QStringList& p : problems)
        CHECK(p.join(QLatin1Char('\n')) == QString());
    CHECK(failures.load() == 0);

    const int total = kWriters * kPackagesEach * kHouseholdsPerPackage;
    CHECK(received.size() == total);
    CHECK(QSet<QString>(received.cbegin(), received.cend()).size() == total);
    INFO("pages pulled: " << pages);
    CHECK(pages > 1);
}
