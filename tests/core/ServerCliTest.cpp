// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real fieldfile-server program, run as county IT runs it.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestServer.h"

#include "core/crypto/KeyPair.h"
#include "core/db/Query.h"
#include "core/journal/JournalReader.h"
#include "core/model/ResidentId.h"
#include "core/records/HouseholdRepository.h"
#include "core/server/CountyStore.h"
#include "core/sync/PackageWriter.h"
#include "core/sync/Receipt.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace ff;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run server(const QString& database, const QStringList& args)
{
    QProcess p;
    // The assertions read the English messages.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FIELDFILE_SERVER_BINARY), test::databaseArguments(database) + args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// The county database of a test on each of the county's stores in turn (docs/postgresql.md): a
/// file in `dir`, then a PostgreSQL database with its key file in `dir`; empty without PostgreSQL.
QString countyOnEachStore(const QTemporaryDir& dir)
{
    return test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
}

/// The county's database as the server opens it (on PostgreSQL, with its key file's place).
Status openCounty(Database& county, const QString& database)
{
    return county.open(database, test::keyFileOf(database).chopped(5));
}
} // namespace

TEST_CASE("fieldfile-server: init, users, codes, clear errors for bad arguments", "[server][cli]")
{
    QTemporaryDir dir;
    const QString db = countyOnEachStore(dir);
    if (db.isEmpty())
        return;
    Run r = server(db, {QStringLiteral("status")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("init")));
    r = server(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    CHECK(r.code == 0);
    CHECK(server(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")}).code ==
          2);
    r = server(db,
               {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
                QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    CHECK(r.code == 0);
    r = server(db, {QStringLiteral("add-user"), QStringLiteral("x"), QStringLiteral("--role"),
                    QStringLiteral("boss")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("boss")));
    r = server(db, {QStringLiteral("frobnicate")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("frobnicate")));
    r = server(db, {QStringLiteral("assign"), QStringLiteral("h1")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("Usage")));
    r = server(db, {QStringLiteral("enroll-code"), QStringLiteral("王芳")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("王芳")));
    r = server(db, {QStringLiteral("status")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Users: 1")));
    r = server(db, {QStringLiteral("status"), QStringLiteral("extra")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("Usage: fieldfile-server status")));
    r = server(db, {QStringLiteral("add-user"), QStringLiteral("县局"), QStringLiteral("--role"),
                    QStringLiteral("county"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("leave out --station")));
    r = server(db, {QStringLiteral("status"), QStringLiteral("--colour")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("colour")));
    r = server(db, {QStringLiteral("users")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("王芳\tcaseworker\t岸堤镇社工站\t0\t0")));
    r = server(db, {QStringLiteral("households"), QStringLiteral("nobody")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("nobody")));
    r = server(db, {QStringLiteral("households"), QStringLiteral("王芳"), QStringLiteral("--unassigned")});
    CHECK(r.code == 2);

    // serve refuses what it cannot use before it listens.
    r = server(db, {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("localhost")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--listen ADDRESS:PORT")));
    r = server(db, {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--tls-cert"), QStringLiteral("cert.pem")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--tls-key")));
    for (const char* pages : {"0", "many", "100001"}) {
        r = server(db, {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--page-changes"), QString::fromLatin1(pages)});
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("--page-changes needs a number from 1 to 100000")));
    }
}

TEST_CASE("fieldfile-server import: many packages, a report per package, a receipt each", "[server][cli]")
{
    QTemporaryDir dir;
    const QString db = countyOnEachStore(dir);
    if (db.isEmpty())
        return;
    REQUIRE(server(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")}).code ==
            0);
    REQUIRE(server(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
                        QStringLiteral("caseworker"), QStringLiteral("--station"),
                        QStringLiteral("岸堤镇社工站")})
                .code == 0);

    // Enroll a laptop's keys (the network route does this in the app) and write two packages.
    crypto::KeyPair signing = crypto::KeyPair::generate(crypto::KeyPair::Kind::Signing);
    crypto::KeyPair box = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
    QByteArray countyBox;
    {
        Database county;
        REQUIRE(openCounty(county, db));
        CountyStore store(county);
        QString code, user;
        REQUIRE(store.issueEnrollmentCode(QStringLiteral("王芳"), &code));
        REQUIRE(store.enroll(code, QStringLiteral("laptop-1"), signing.publicKey, box.publicKey, &user));
        countyBox = store.boxKeys().publicKey;
    }
    test::TempDatabase laptop;
    REQUIRE(laptop.db().setMeta(QStringLiteral("device_id"), QStringLiteral("laptop-1")));
    HouseholdRepository repo(laptop.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile a = test::sampleHousehold(), b = test::sampleHousehold(QStringLiteral("曾祥"));
    REQUIRE(repo.save(a));
    REQUIRE(repo.save(b));
    const QList<Change> all = JournalReader(laptop.db()).since(0);
    auto writeFile = [&](const QString& name, const QList<Change>& changes) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(PackageWriter::write(changes, {QStringLiteral("laptop-1"), signing},
                                     {QStringLiteral("371321"), countyBox}, changes.last().hlc));
        return f.fileName();
    };
    const QString first = writeFile(QStringLiteral("one.ffpkg"), all.mid(0, 3));
    const QString second = writeFile(QStringLiteral("two.ffpkg"), all.mid(3));
    QFile junk(dir.filePath(QStringLiteral("junk.ffpkg")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a package");
    junk.close();

    // Out of order, with a bad file among them: the good ones go in, the bad one is named.
    Run r = server(db, {QStringLiteral("import"), second, junk.fileName(), first});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("applied 3")));
    CHECK(r.out.contains(QStringLiteral("not a Fieldfile sync package")));
    CHECK(r.out.contains(QStringLiteral("3 package(s): 2 imported, 0 imported before, 1 refused.")));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("one.ffrct"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("two.ffrct"))));

    // Imported again: nothing is imported now, and the summary says they were imported before.
    r = server(db, {QStringLiteral("import"), first, second});
    CHECK(r.code == 0);
    CHECK(r.out.count(QStringLiteral("already imported; nothing changed")) == 2);
    CHECK(r.out.contains(QStringLiteral("2 package(s): 0 imported, 2 imported before, 0 refused.")));
    r = server(db, {QStringLiteral("status")});
    CHECK(r.out.contains(QStringLiteral("Households: 2")));
    CHECK(r.out.contains(QStringLiteral("Packages imported: 2")));
    // One new, one imported before, one refused: each counted once, where it belongs.
    const QString third = writeFile(QStringLiteral("three.ffpkg"), all.mid(0, 2));
    r = server(db, {QStringLiteral("import"), third, first, junk.fileName()});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("3 package(s): 1 imported, 1 imported before, 1 refused.")));

    // What IT looks up before assign and revoke: households (filed on 王芳's laptop, so hers) and devices.
    r = server(db, {QStringLiteral("households")});
    CHECK(r.code == 0);
    const QString idA = a.household.value(QStringLiteral("id")).toString();
    CHECK(r.out.contains(idA + QLatin1Char('\t') +
                         a.household.value(QStringLiteral("household_no")).toString() + QLatin1Char('\t') +
                         a.household.value(QStringLiteral("village")).toString() + QStringLiteral("\t王芳")));
    CHECK(r.out.count(QLatin1Char('\n')) == 3); // a heading and two households
    CHECK(server(db, {QStringLiteral("households"), QStringLiteral("王芳")}).out.count(QLatin1Char('\n')) ==
          3);
    CHECK(server(db, {QStringLiteral("households"), QStringLiteral("--unassigned")})
              .out.count(QLatin1Char('\n')) == 1);
    r = server(db, {QStringLiteral("devices")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("laptop-1\t王芳")));
    CHECK(r.out.contains(QStringLiteral("\tno\t"))); // not revoked; seen: its packages, just imported
    // Who has not synced for a week: nobody yet; then laptop-1, its packages ten days old.
    CHECK(server(db, {QStringLiteral("devices"), QStringLiteral("--stale"), QStringLiteral("7")})
              .out.count(QLatin1Char('\n')) == 1);
    {
        Database county;
        REQUIRE(openCounty(county, db));
        Query q(county);
        const qint64 tenDays = qint64(10) * 24 * 60 * 60 * 1000;
        REQUIRE(
            q.exec(QStringLiteral("UPDATE server_import SET imported_at = imported_at - %1").arg(tenDays)));
        REQUIRE(
            q.exec(QStringLiteral("UPDATE server_device SET enrolled_at = enrolled_at - %1").arg(tenDays)));
    }
    r = server(db, {QStringLiteral("devices"), QStringLiteral("--stale"), QStringLiteral("7")});
    CHECK(r.code == 0);
    CHECK(r.out.count(QLatin1Char('\n')) == 2);
    CHECK(r.out.contains(QStringLiteral("laptop-1\t王芳")));
    CHECK(server(db, {QStringLiteral("devices"), QStringLiteral("--stale"), QStringLiteral("11")})
              .out.count(QLatin1Char('\n')) == 1);
    CHECK(server(db, {QStringLiteral("devices"), QStringLiteral("--stale"), QStringLiteral("a week")}).code ==
          2);
    r = server(db, {QStringLiteral("users")});
    CHECK(r.out.contains(QStringLiteral("王芳\tcaseworker\t岸堤镇社工站\t1\t2")));
    r = server(db, {QStringLiteral("parked")});
    CHECK(r.code == 0);
    CHECK(r.out.count(QLatin1Char('\n')) == 1); // nothing parked: the heading only

    // The two households have the same two people (the same ID numbers): possibly one filed twice.
    r = server(db, {QStringLiteral("duplicates")});
    CHECK(r.code == 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5); // a heading, and each number in both households
    CHECK(lines.at(0) == QStringLiteral("ID number\thousehold\thousehold no.\tvillage\tmember"));
    const QString idB = b.household.value(QStringLiteral("id")).toString();
    const QString childNumber = a.members.at(1).value(QStringLiteral("id_number")).toString();
    CHECK(r.out.contains(ResidentId::masked(childNumber) + QLatin1Char('\t') + idA + QStringLiteral("\t") +
                         a.household.value(QStringLiteral("household_no")).toString() +
                         QStringLiteral("\t东山村\t张小雨\n")));
    CHECK(r.out.contains(ResidentId::masked(childNumber) + QLatin1Char('\t') + idB));
    CHECK_FALSE(r.out.contains(childNumber)); // masked, not in the clear

    QFile receiptFile(dir.filePath(QStringLiteral("one.ffrct")));
    REQUIRE(receiptFile.open(QIODevice::ReadOnly));
    Database county;
    REQUIRE(openCounty(county, db));
    Receipt receipt;
    REQUIRE(Receipt::read(receiptFile.readAll(), CountyStore(county).signingKeys().publicKey, &receipt));
    CHECK(receipt.device == QStringLiteral("laptop-1"));
}

TEST_CASE("fieldfile-server prints text from a package without its terminal codes", "[server][cli]")
{
    QTemporaryDir dir;
    const QString db = countyOnEachStore(dir);
    if (db.isEmpty())
        return;
    REQUIRE(server(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")}).code ==
            0);
    QByteArray countyBox;
    {
        Database county;
        REQUIRE(openCounty(county, db));
        countyBox = CountyStore(county).boxKeys().publicKey;
    }
    // A sender id that clears the screen, returns the cursor and prints a fake, green summary.
    const QString sender = QStringLiteral(
        "x\x1b[2J\x1b[H\r\x1b[32m1 package(s): 1 imported, 0 imported before, 0 refused.\x1b[0m\n"
        "\u202eevil");
    Change c;
    c.id = {sender, 1};
    c.hlc = 1;
    c.entity = QStringLiteral("household");
    c.recordId = c.householdId = QStringLiteral("h1");
    c.op = Change::Op::Create;
    const QByteArray package =
        PackageWriter::write({c}, {sender, crypto::KeyPair::generate(crypto::KeyPair::Kind::Signing)},
                             {QStringLiteral("371321"), countyBox}, 1);
    const QString path = dir.filePath(QStringLiteral("hostile.ffpkg"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(package) == package.size());
    file.close();

    const Run run = server(db, {QStringLiteral("import"), path});
    CHECK(run.code != 0);
    CHECK(run.out.contains(QStringLiteral("not enrolled")));
    for (const QChar control : {QChar(0x1b), QChar(u'\r'), QChar(0x202e)})
        CHECK_FALSE(run.out.contains(control));
    // One line per package and one summary: the fake summary is not a line of its own.
    CHECK(run.out.count(QLatin1Char('\n')) == 2);
    CHECK(run.out.contains(QChar(0xfffd)));
}

TEST_CASE("the county's database, its WAL and its folder are readable by the service user only",
          "[server][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("county/county.db"));
    REQUIRE(server(db, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")}).code ==
            0);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFileInfo(dir.filePath(QStringLiteral("county"))).permissions() & others) == 0);
    for (const QString& file : {db, db + QStringLiteral("-wal")}) {
        INFO(file.toStdString());
        if (QFile::exists(file))
            CHECK((QFileInfo(file).permissions() & others) == 0);
    }
    // A file made readable by others before (an older version, a copy) is made private when opened.
    REQUIRE(
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    REQUIRE(server(db, {QStringLiteral("status")}).code == 0);
    CHECK((QFileInfo(db).permissions() & others) == 0);
}
