// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The USB path at the county: enrollment, package import with a report, a signed receipt.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/crypto/KeyPair.h"
#include "core/journal/JournalReader.h"
#include "core/journal/JournalReplayer.h"
#include "core/records/HouseholdRepository.h"
#include "core/server/CountyDirectory.h"
#include "core/server/CountyKeyFile.h"
#include "core/server/CountyStore.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/PackageWriter.h"
#include "core/sync/Receipt.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace ff;
using crypto::KeyPair;
using Kind = CountyStore::ImportOutcome::Kind;

namespace {
/// Each county test runs on both stores (docs/postgresql.md): SQLite, then PostgreSQL.
test::Store eachStore() { return GENERATE(test::Store::Sqlite, test::Store::Postgres); }

/// True (with a warning) when the county's store could not be made: PostgreSQL not installed.
bool skipped(const test::TempDatabase& county)
{
    if (county.isOpen())
        return false;
    WARN(county.skipReason().toStdString());
    return true;
}

struct Laptop
{
    QString id = QStringLiteral("laptop-wangfang");
    KeyPair signing = KeyPair::generate(KeyPair::Kind::Signing);
    KeyPair box = KeyPair::generate(KeyPair::Kind::Box);
};
} // namespace

TEST_CASE("a county enrolls a laptop with a one-time code", "[county]")
{
    const test::Store store = eachStore();
    INFO(test::storeName(store).toStdString());
    test::TempDatabase t(store);
    if (skipped(t))
        return;
    REQUIRE(CountyStore::initialize(t.db(), QStringLiteral("371321")));
    CHECK_FALSE(CountyStore::initialize(t.db(), QStringLiteral("371321")).isOk());
    CountyStore county(t.db());
    CHECK(county.signingKeys().isValid());
    CHECK(county.boxKeys().isValid());

    CHECK(
        county.addUser(QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")));
    CHECK_FALSE(
        county.addUser(QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站"))
            .isOk());
    CHECK(county.addUser(QStringLiteral("boss"), QStringLiteral("king"), {})
              .error()
              .message.contains(QStringLiteral("king")));
    CHECK_FALSE(county.addUser(QStringLiteral("李娜"), QStringLiteral("supervisor"), {}).isOk());

    QString code;
    REQUIRE(county.issueEnrollmentCode(QStringLiteral("王芳"), &code));
    CHECK(code.size() == 11);
    CHECK_FALSE(county.issueEnrollmentCode(QStringLiteral("nobody"), &code).isOk());
    REQUIRE(county.issueEnrollmentCode(QStringLiteral("王芳"), &code));

    Laptop laptop;
    QString user;
    REQUIRE(county.enroll(code.toLower(), laptop.id, laptop.signing.publicKey, laptop.box.publicKey, &user));
    CHECK(user == QStringLiteral("王芳"));
    const Status again =
        county.enroll(code, QStringLiteral("another"), laptop.signing.publicKey, laptop.box.publicKey, &user);
    CHECK(again.error().message.contains(QStringLiteral("already been used")));
    CHECK_FALSE(county
                    .enroll(QStringLiteral("AAAAA-AAAAA"), QStringLiteral("x"), laptop.signing.publicKey,
                            laptop.box.publicKey, &user)
                    .isOk());
    REQUIRE(county.device(laptop.id));
    CHECK_FALSE(county.device(laptop.id)->revoked);
    REQUIRE(county.revokeDevice(laptop.id));
    CHECK(county.device(laptop.id)->revoked);
    CHECK_FALSE(county.revokeDevice(laptop.id).isOk());
    CHECK(county.statusText().contains(QStringLiteral("371321")));
    // The lists county IT reads (fieldfile-server users, devices).
    CHECK(CountyDirectory(t.db()).users().contains(QStringLiteral("王芳")));
    CHECK(CountyDirectory(t.db()).devices().contains(laptop.id));
    CHECK(CountyDirectory(t.db()).devices(0).contains(laptop.id) == false); // revoked: not stale

    // A code read out and typed without its hyphen, in lower case, with a space: the same code.
    REQUIRE(county.issueEnrollmentCode(QStringLiteral("王芳"), &code));
    const QString typed = code.left(5).toLower() + QStringLiteral(" ") + code.mid(6).toLower();
    CHECK(county.enroll(typed, QStringLiteral("laptop-2"), laptop.signing.publicKey, laptop.box.publicKey,
                        &user));
}

TEST_CASE("USB round trip: export, county import with report and receipt, import again changes nothing",
          "[county]")
{
    const test::Store store = eachStore();
    INFO(test::storeName(store).toStdString());
    test::TempDatabase countyDb(store), laptopDb;
    if (skipped(countyDb))
        return;
    REQUIRE(CountyStore::initialize(countyDb.db(), QStringLiteral("371321")));
    CountyStore county(countyDb.db());
    REQUIRE(
        county.addUser(QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")));
    QString code, user;
    REQUIRE(county.issueEnrollmentCode(QStringLiteral("王芳"), &code));
    Laptop laptop;
    REQUIRE(laptopDb.db().setMeta(QStringLiteral("device_id"), laptop.id));
    REQUIRE(county.enroll(code, laptop.id, laptop.signing.publicKey, laptop.box.publicKey, &user));

    HouseholdRepository repo(laptopDb.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repo.save(file));
    const QList<Change> outbox = JournalReader(laptopDb.db()).since(0);
    const QByteArray package =
        PackageWriter::write(outbox, {laptop.id, laptop.signing},
                             {county.countyId(), county.boxKeys().publicKey}, outbox.last().hlc);

    CountyStore::ImportOutcome first = county.importPackage(package);
    INFO(first.reason.toStdString());
    REQUIRE(first.kind == Kind::Applied);
    CHECK(first.report.applied == 3);
    // The server keeps the journal and the merge state, no record rows, and marks the file, so the
    // app rebuilds them if it ever opens the server's database; then the records are the laptop's.
    CHECK(test::TempDatabase::count(countyDb.db(), QStringLiteral("record_heads")) == 3);
    if (store == test::Store::Sqlite) { // a PostgreSQL store has no record tables at all
        CHECK(test::TempDatabase::count(countyDb.db(), QStringLiteral("household")) == 0);
        REQUIRE(JournalReplayer::rebuildIfStale(countyDb.db()));
        CHECK(test::TempDatabase::dumpRecords(countyDb.db()) ==
              test::TempDatabase::dumpRecords(laptopDb.db()));
    }

    Receipt receipt;
    REQUIRE(Receipt::read(first.receipt, county.signingKeys().publicKey, &receipt));
    CHECK(receipt.device == laptop.id);
    // Whose package: the person and station the county enrolled the device for.
    CHECK(receipt.person == QStringLiteral("王芳"));
    CHECK(receipt.station == QStringLiteral("岸堤镇社工站"));
    CHECK(receipt.outcome == QStringLiteral("applied"));
    CHECK(receipt.applied == 3);
    REQUIRE(receipt.ranges.size() == 1);
    CHECK(receipt.ranges.first().origin == laptop.id);
    CHECK(receipt.ranges.first().first == 1);
    CHECK(receipt.ranges.first().last == 3);
    // A receipt from another county, or altered, is refused.
    CHECK_FALSE(
        Receipt::read(first.receipt, KeyPair::generate(KeyPair::Kind::Signing).publicKey, &receipt).isOk());
    QByteArray altered = first.receipt;
    altered[20] = char(altered[20] ^ 1);
    CHECK_FALSE(Receipt::read(altered, county.signingKeys().publicKey, &receipt).isOk());

    const QString before = test::TempDatabase::dumpCounty(countyDb.db());
    const CountyStore::ImportOutcome second = county.importPackage(package);
    CHECK(second.kind == Kind::AlreadyImported);
    REQUIRE(Receipt::read(second.receipt, county.signingKeys().publicKey, &receipt));
    CHECK(receipt.outcome == QStringLiteral("already-imported"));
    CHECK(test::TempDatabase::dumpCounty(countyDb.db()) == before);

    // A revoked laptop's next package is refused with the reason, and nothing changes.
    REQUIRE(county.revokeDevice(laptop.id));
    file.household.insert(QStringLiteral("phone"), QStringLiteral("13900001111"));
    REQUIRE(repo.save(file));
    const QList<Change> more = JournalReader(laptopDb.db()).since(3);
    const QByteArray late = PackageWriter::write(
        more, {laptop.id, laptop.signing}, {county.countyId(), county.boxKeys().publicKey}, more.last().hlc);
    const CountyStore::ImportOutcome refused = county.importPackage(late);
    CHECK(refused.kind == Kind::Refused);
    CHECK(refused.reason.contains(QStringLiteral("revoked")));
    CHECK(refused.receipt.isEmpty());
    CHECK(test::TempDatabase::dumpCounty(countyDb.db()) == before);
}

TEST_CASE("the laptop's outbox empties only when the county's receipt comes back", "[county][device]")
{
    const test::Store store = eachStore();
    INFO(test::storeName(store).toStdString());
    test::TempDatabase countyDb(store), laptopDb;
    if (skipped(countyDb))
        return;
    REQUIRE(CountyStore::initialize(countyDb.db(), QStringLiteral("371321")));
    CountyStore county(countyDb.db());
    REQUIRE(
        county.addUser(QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")));
    QString code, user;
    REQUIRE(county.issueEnrollmentCode(QStringLiteral("王芳"), &code));

    DeviceSync device(laptopDb.db());
    QByteArray package;
    CHECK_FALSE(device.exportPackage(&package).isOk()); // not connected yet
    REQUIRE(device.ensureKeys());
    REQUIRE(county.enroll(code, device.deviceId(), device.signingKeys().publicKey, device.boxKeys().publicKey,
                          &user));
    REQUIRE(device.setCounty(county.countyId(), county.signingKeys().publicKey, county.boxKeys().publicKey,
                             {}, user));
    CHECK(device.exportPackage(&package).error().detail == QStringLiteral("empty"));

    HouseholdRepository repo(laptopDb.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repo.save(file));
    CHECK(device.unsentCount() == 3);
    int count = 0;
    REQUIRE(device.exportPackage(&package, &count));
    CHECK(count == 3);

    // Lost on the way: the outbox keeps everything and the next export sends it again.
    CHECK(device.unsentCount() == 3);
    const CountyStore::ImportOutcome outcome = county.importPackage(package);
    REQUIRE(outcome.kind == Kind::Applied);
    int acknowledged = 0;
    REQUIRE(device.importReceipt(outcome.receipt, &acknowledged));
    CHECK(acknowledged == 3);
    CHECK(device.unsentCount() == 0);
    // A receipt says what arrived; the laptop has not received anything, so it is not a sync.
    CHECK_FALSE(device.lastSync().isValid());
    // The same receipt twice changes nothing.
    REQUIRE(device.importReceipt(outcome.receipt, &acknowledged));
    CHECK(acknowledged == 0);

    file.household.insert(QStringLiteral("phone"), QStringLiteral("13900000000"));
    REQUIRE(repo.save(file));
    CHECK(device.unsentCount() == 1);
    REQUIRE(device.exportPackage(&package, &count));
    CHECK(count == 1);

    // A receipt the county made for another laptop does not touch this outbox.
    test::TempDatabase otherDb;
    DeviceSync other(otherDb.db());
    REQUIRE(other.ensureKeys());
    REQUIRE(county.issueEnrollmentCode(QStringLiteral("王芳"), &code));
    REQUIRE(county.enroll(code, other.deviceId(), other.signingKeys().publicKey, other.boxKeys().publicKey,
                          &user));
    REQUIRE(other.setCounty(county.countyId(), county.signingKeys().publicKey, county.boxKeys().publicKey, {},
                            user));
    HouseholdRepository otherRepo(otherDb.db(), test::as(QStringLiteral("李娜")));
    HouseholdFile second = test::sampleHousehold(QStringLiteral("曾祥"));
    REQUIRE(otherRepo.save(second));
    QByteArray otherPackage;
    REQUIRE(other.exportPackage(&otherPackage));
    const CountyStore::ImportOutcome otherOutcome = county.importPackage(otherPackage);
    REQUIRE(otherOutcome.kind == Kind::Applied);
    CHECK_FALSE(device.importReceipt(otherOutcome.receipt).isOk());
    CHECK(device.unsentCount() == 1);
}

TEST_CASE("a household that leaves the laptop while it has unsent work goes once the work has arrived",
          "[county][device]")
{
    const test::Store store = eachStore();
    INFO(test::storeName(store).toStdString());
    test::TempDatabase countyDb(store), laptopDb;
    if (skipped(countyDb))
        return;
    REQUIRE(CountyStore::initialize(countyDb.db(), QStringLiteral("371321")));
    CountyStore county(countyDb.db());
    REQUIRE(
        county.addUser(QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")));
    QString code, user;
    REQUIRE(county.issueEnrollmentCode(QStringLiteral("王芳"), &code));
    DeviceSync device(laptopDb.db());
    REQUIRE(device.ensureKeys());
    REQUIRE(county.enroll(code, device.deviceId(), device.signingKeys().publicKey, device.boxKeys().publicKey,
                          &user));
    REQUIRE(device.setCounty(county.countyId(), county.signingKeys().publicKey, county.boxKeys().publicKey,
                             {}, user));
    HouseholdRepository repo(laptopDb.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repo.save(file));
    const QString id = file.household.value(QStringLiteral("id")).toString();

    // The county's notice that the household left arrives while an edit is still unsent (made
    // between the push and the pull): the household stays, and is remembered.
    bool forgotten = true;
    REQUIRE(device.forgetHousehold(id, &forgotten));
    CHECK_FALSE(forgotten);
    CHECK(device.pendingForgets() == QStringList{id});
    CHECK(repo.load(id).has_value());
    // Nothing goes before the county has the work...
    REQUIRE(device.forgetPending());
    CHECK(repo.load(id).has_value());
    // ... and once its receipt is back, the household goes, although no notice comes again.
    QByteArray package;
    REQUIRE(device.exportPackage(&package));
    const CountyStore::ImportOutcome outcome = county.importPackage(package);
    REQUIRE(outcome.kind == CountyStore::ImportOutcome::Kind::Applied);
    REQUIRE(device.importReceipt(outcome.receipt));
    CHECK_FALSE(repo.load(id).has_value());
    CHECK(device.pendingForgets().isEmpty());
    CHECK(test::TempDatabase::count(laptopDb.db(), QStringLiteral("journal")) == 0);
}

TEST_CASE("the receipt says why changes were parked, in words the laptop shows in its own language",
          "[county]")
{
    const test::Store store = eachStore();
    INFO(test::storeName(store).toStdString());
    test::TempDatabase countyDb(store), laptopDb;
    if (skipped(countyDb))
        return;
    REQUIRE(CountyStore::initialize(countyDb.db(), QStringLiteral("371321")));
    CountyStore county(countyDb.db());
    REQUIRE(
        county.addUser(QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")));
    QString code, user;
    REQUIRE(county.issueEnrollmentCode(QStringLiteral("王芳"), &code));
    Laptop laptop;
    REQUIRE(laptopDb.db().setMeta(QStringLiteral("device_id"), laptop.id));
    REQUIRE(county.enroll(code, laptop.id, laptop.signing.publicKey, laptop.box.publicKey, &user));

    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(laptopDb.db(), test::as(QStringLiteral("王芳"))).save(file));
    QList<Change> outbox = JournalReader(laptopDb.db()).since(0);
    // Two changes a newer version might send: a field and a kind of record this one does not know.
    Change field = outbox.first();
    field.id.seq = 100;
    field.op = Change::Op::Update;
    field.fields = {{QStringLiteral("favourite_colour"), QStringLiteral("red")}};
    Change entity = field;
    entity.id.seq = 101;
    entity.entity = QStringLiteral("voice_memo");
    outbox << field << entity;
    const QByteArray package = PackageWriter::write(outbox, {laptop.id, laptop.signing},
                                                    {county.countyId(), county.boxKeys().publicKey}, 1);
    const CountyStore::ImportOutcome outcome = county.importPackage(package);
    REQUIRE(outcome.kind == Kind::Applied);
    CHECK(outcome.report.parked == 2);
    Receipt receipt;
    REQUIRE(Receipt::read(outcome.receipt, county.signingKeys().publicKey, &receipt));
    CHECK(receipt.parked == 2);
    CHECK(receipt.parkedReasons ==
          QMap<QString, qint64>{{QStringLiteral("unknown_field"), 1}, {QStringLiteral("unknown_entity"), 1}});
    CHECK(ChangeImporter::reasonText(QStringLiteral("unknown_field")).contains(QStringLiteral("field")));
}

TEST_CASE("the county's secret keys live in a private file beside the database, not in it", "[county]")
{
    const test::Store store = eachStore();
    INFO(test::storeName(store).toStdString());
    test::TempDatabase t(store);
    if (skipped(t))
        return;
    REQUIRE(CountyStore::initialize(t.db(), QStringLiteral("371321")));
    const QString keyFile = CountyKeyFile::pathFor(t.db().localPath());
    CHECK(keyFile == t.path() + QStringLiteral(".keys"));
    REQUIRE(QFile::exists(keyFile));
    CHECK(QFileInfo(keyFile).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(t.db().meta(QStringLiteral("county_signing_secret")).isEmpty());
    CHECK(t.db().meta(QStringLiteral("county_box_secret")).isEmpty());
    const crypto::KeyPair signing = CountyStore(t.db()).signingKeys();
    const crypto::KeyPair box = CountyStore(t.db()).boxKeys();
    CHECK(signing.isValid());
    CHECK(box.isValid());
    // Without the file, the database alone cannot sign.
    REQUIRE(QFile::rename(keyFile, keyFile + QStringLiteral(".away")));
    CHECK(CountyStore(t.db()).signingKeys().secretKey.isEmpty());
    REQUIRE(QFile::rename(keyFile + QStringLiteral(".away"), keyFile));

    // A deployment from before: the secrets in the database move to the file at first use.
    REQUIRE(QFile::remove(keyFile));
    REQUIRE(t.db().setMeta(QStringLiteral("county_signing_secret"),
                           QString::fromLatin1(signing.secretKey.toBase64())));
    REQUIRE(
        t.db().setMeta(QStringLiteral("county_box_secret"), QString::fromLatin1(box.secretKey.toBase64())));
    CHECK(CountyStore(t.db()).signingKeys().secretKey == signing.secretKey);
    CHECK(QFile::exists(keyFile));
    CHECK(t.db().meta(QStringLiteral("county_signing_secret")).isEmpty());
    CHECK(CountyStore(t.db()).boxKeys().secretKey == box.secretKey);
}

TEST_CASE("a full disk refuses the import as such and changes nothing", "[county]")
{
    test::TempDatabase countyDb, laptopDb;
    REQUIRE(CountyStore::initialize(countyDb.db(), QStringLiteral("371321")));
    CountyStore county(countyDb.db());
    REQUIRE(
        county.addUser(QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")));
    QString code, user;
    REQUIRE(county.issueEnrollmentCode(QStringLiteral("王芳"), &code));
    Laptop laptop;
    REQUIRE(laptopDb.db().setMeta(QStringLiteral("device_id"), laptop.id));
    REQUIRE(county.enroll(code, laptop.id, laptop.signing.publicKey, laptop.box.publicKey, &user));
    HouseholdRepository repo(laptopDb.db(), test::as(QStringLiteral("王芳")));
    for (int i = 0; i < 40; ++i) {
        HouseholdFile file = test::sampleHousehold();
        REQUIRE(repo.save(file));
    }
    const QList<Change> outbox = JournalReader(laptopDb.db()).since(0);
    const QByteArray package =
        PackageWriter::write(outbox, {laptop.id, laptop.signing},
                             {county.countyId(), county.boxKeys().publicKey}, outbox.last().hlc);
    // The disk fills up: the database may not grow by more than a page.
    QSqlQuery q(countyDb.db().sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    const int pages = q.value(0).toInt();
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1)));
    q.finish();
    const int journalBefore = test::TempDatabase::count(countyDb.db(), QStringLiteral("journal"));

    const CountyStore::ImportOutcome outcome = county.importPackage(package);
    CHECK(outcome.kind == Kind::Refused);
    CHECK(outcome.diskFull);
    CHECK(test::TempDatabase::count(countyDb.db(), QStringLiteral("journal")) == journalBefore);
}

TEST_CASE("the unsent count stays exact when households are forgotten and the county goes back in time",
          "[county][device]")
{
    test::TempDatabase countyDb, laptopDb;
    REQUIRE(CountyStore::initialize(countyDb.db(), QStringLiteral("371321")));
    CountyStore county(countyDb.db());
    REQUIRE(
        county.addUser(QStringLiteral("王芳"), QStringLiteral("caseworker"), QStringLiteral("岸堤镇社工站")));
    QString code, user;
    REQUIRE(county.issueEnrollmentCode(QStringLiteral("王芳"), &code));
    DeviceSync device(laptopDb.db());
    REQUIRE(device.ensureKeys());
    REQUIRE(county.enroll(code, device.deviceId(), device.signingKeys().publicKey, device.boxKeys().publicKey,
                          &user));
    REQUIRE(device.setCounty(county.countyId(), county.signingKeys().publicKey, county.boxKeys().publicKey,
                             {}, user));
    // What the count used to read: every own change after the acknowledged one, in the journal.
    const auto counted = [&] {
        QSqlQuery q(laptopDb.db().sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM journal WHERE device = ? AND device_seq > ?"));
        q.addBindValue(device.deviceId());
        q.addBindValue(device.acknowledgedSequence());
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    const auto sendAll = [&] {
        QByteArray package;
        REQUIRE(device.exportPackage(&package));
        const CountyStore::ImportOutcome outcome = county.importPackage(package);
        REQUIRE(outcome.kind == Kind::Applied);
        REQUIRE(device.importReceipt(outcome.receipt));
    };

    HouseholdRepository repo(laptopDb.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile first = test::sampleHousehold();
    HouseholdFile second = test::sampleHousehold(QStringLiteral("曾祥"));
    HouseholdFile third = test::sampleHousehold(QStringLiteral("单雷"));
    REQUIRE(repo.save(first));
    REQUIRE(repo.save(second));
    CHECK(device.unsentCount() == 6);
    CHECK(device.unsentCount() == counted());
    sendAll();
    CHECK(device.unsentCount() == 0);

    // The first household leaves: its own changes leave holes in the sequence numbers.
    bool forgotten = false;
    REQUIRE(device.forgetHousehold(first.household.value(QStringLiteral("id")).toString(), &forgotten));
    REQUIRE(forgotten);
    REQUIRE(repo.save(third));
    second.household.insert(QStringLiteral("phone"), QStringLiteral("13900000000"));
    REQUIRE(repo.save(second));
    CHECK(device.unsentCount() == 4);
    CHECK(device.unsentCount() == counted());

    // The county restored from a backup: everything of this laptop's is sent again, holes and all.
    bool restored = false;
    REQUIRE(device.noteCountyEpoch(QStringLiteral("epoch-1"), &restored));
    REQUIRE(device.noteCountyEpoch(QStringLiteral("epoch-2"), &restored));
    REQUIRE(restored);
    CHECK(device.acknowledgedSequence() == 0);
    CHECK(device.unsentCount() == counted());
    CHECK(device.unsentCount() == 3 + 4);
    sendAll();
    CHECK(device.unsentCount() == counted());
    third.household.insert(QStringLiteral("phone"), QStringLiteral("13700000000"));
    REQUIRE(repo.save(third));
    CHECK(device.unsentCount() == counted());
}
