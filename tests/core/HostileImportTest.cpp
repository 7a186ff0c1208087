// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile packages at the county: each refused by the real import with a message that says what
// is wrong, and the county database byte for byte as it was (a hash of a dump of every table).
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/crypto/KeyPair.h"
#include "core/demo/DemoGenerator.h"
#include "core/journal/JournalReader.h"
#include "core/records/HouseholdRepository.h"
#include "core/server/CountyDirectory.h"
#include "core/server/CountyStore.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/PackageReader.h"
#include "core/sync/PackageWriter.h"

#include <QSqlQuery>
#include <QtEndian>

using namespace ff;
using crypto::KeyPair;
using Kind = CountyStore::ImportOutcome::Kind;

namespace {
/// A county with one enrolled caseworker's laptop, a second laptop that was revoked, and one
/// package already imported, so that "unchanged" is about a database that holds data. Each test
/// runs on both of the county's stores (docs/postgresql.md): SQLite, then PostgreSQL.
struct County
{
    test::TempDatabase countyDb;
    test::TempDatabase laptopDb;
    test::TempDatabase revokedDb;
    CountyStore store{countyDb.db()};
    DeviceSync laptop{laptopDb.db()};
    DeviceSync revoked{revokedDb.db()};

    County() : countyDb(GENERATE(test::Store::Sqlite, test::Store::Postgres))
    {
        if (skipped())
            return;
        REQUIRE(CountyStore::initialize(countyDb.db(), QStringLiteral("371321")));
        REQUIRE(store.addUser(QStringLiteral("王芳"), QStringLiteral("caseworker"),
                              QStringLiteral("岸堤镇社工站")));
        enroll(laptop);
        enroll(revoked);
        REQUIRE(store.revokeDevice(revoked.deviceId()));
        HouseholdFile first = test::sampleHousehold();
        REQUIRE(HouseholdRepository(laptopDb.db(), test::as(QStringLiteral("王芳"))).save(first));
        QByteArray package;
        REQUIRE(laptop.exportPackage(&package));
        REQUIRE(store.importPackage(package).kind == Kind::Applied);
    }
    void enroll(DeviceSync& device)
    {
        QString code, user;
        REQUIRE(device.ensureKeys());
        REQUIRE(store.issueEnrollmentCode(QStringLiteral("王芳"), &code));
        REQUIRE(store.enroll(code, device.deviceId(), device.signingKeys().publicKey,
                             device.boxKeys().publicKey, &user));
        REQUIRE(device.setCounty(store.countyId(), store.signingKeys().publicKey, store.boxKeys().publicKey,
                                 {}, user));
    }
    /// The laptop's outbox as a package, as Export sync package writes it.
    QByteArray outbox(DeviceSync& device)
    {
        QByteArray package;
        REQUIRE(device.exportPackage(&package));
        return package;
    }
    QByteArray hash() { return test::TempDatabase::dumpHash(countyDb.db()); }
    /// True (with a warning) when the county's store could not be made: PostgreSQL not installed.
    bool skipped() const
    {
        if (countyDb.isOpen())
            return false;
        WARN(countyDb.skipReason().toStdString());
        return true;
    }
};

/// A copy of a package whose header says something else; the signature no longer matches, but
/// the checks of the header's claims come first.
QByteArray withHeader(const QByteArray& package, const std::function<void(PackageHeader&)>& edit)
{
    PackageHeader header;
    REQUIRE(PackageReader::readHeader(package, {}, &header));
    const qint64 size = qFromLittleEndian<quint32>(package.constData() + 10);
    edit(header);
    const QByteArray cbor = header.toCbor();
    QByteArray length(4, '\0');
    qToLittleEndian<quint32>(quint32(cbor.size()), length.data());
    return package.left(10) + length + cbor + package.mid(14 + size);
}
} // namespace

TEST_CASE("hostile packages are refused by the county import, each saying why, and change nothing",
          "[county][hostile]")
{
    County county;
    if (county.skipped())
        return;
    INFO(test::storeName(county.countyDb.store()).toStdString());
    // A new household filed on the laptop: a good package, not imported yet.
    HouseholdFile second = test::sampleHousehold(QStringLiteral("曾祥"));
    REQUIRE(HouseholdRepository(county.laptopDb.db(), test::as(QStringLiteral("王芳"))).save(second));
    const QByteArray good = county.outbox(county.laptop);
    const QByteArray before = county.hash();

    auto refused = [&](const QByteArray& bytes, const QString& says) {
        const CountyStore::ImportOutcome outcome = county.store.importPackage(bytes);
        INFO("expected a refusal saying “" << says.toStdString()
                                           << "”, got: " << outcome.reason.toStdString());
        CHECK(outcome.kind == Kind::Refused);
        CHECK(outcome.reason.contains(says));
        CHECK(outcome.receipt.isEmpty());
        CHECK(county.hash() == before);
    };

    // Forged: signed with another key by someone claiming to be the laptop.
    const QList<Change> changes =
        JournalReader(county.laptopDb.db()).since(0).mid(3); // the second household's changes
    REQUIRE(changes.size() == 3);
    const QString laptopId = county.laptop.deviceId();
    refused(PackageWriter::write(changes, {laptopId, KeyPair::generate(KeyPair::Kind::Signing)},
                                 {QStringLiteral("371321"), county.store.boxKeys().publicKey}, 1),
            QStringLiteral("signature does not match the device %1").arg(laptopId));
    // A device the county never enrolled.
    refused(PackageWriter::write(changes, {QStringLiteral("stranger"), county.laptop.signingKeys()},
                                 {QStringLiteral("371321"), county.store.boxKeys().publicKey}, 1),
            QStringLiteral("not enrolled here (stranger)"));
    // A revoked laptop's own, correctly signed package.
    {
        HouseholdFile theirs = test::sampleHousehold(QStringLiteral("单雷"));
        REQUIRE(HouseholdRepository(county.revokedDb.db(), test::as(QStringLiteral("王芳"))).save(theirs));
        refused(county.outbox(county.revoked), QStringLiteral("was revoked"));
    }
    // Addressed to another county, and sealed to another county's key.
    refused(PackageWriter::write(changes, {laptopId, county.laptop.signingKeys()},
                                 {QStringLiteral("110101"), county.store.boxKeys().publicKey}, 1),
            QStringLiteral("addressed to “110101”"));
    refused(PackageWriter::write(changes, {laptopId, county.laptop.signingKeys()},
                                 {QStringLiteral("371321"), KeyPair::generate(KeyPair::Kind::Box).publicKey},
                                 1),
            QStringLiteral("cannot be opened with this county's key"));
    // Claims beyond the limits, refused from the header before anything is decrypted.
    refused(withHeader(good, [](PackageHeader& h) { h.changes = PackageLimits{}.maxChanges + 1; }),
            QStringLiteral("claims more than a package may hold"));
    refused(withHeader(good, [](PackageHeader& h) { h.plainSize = PackageLimits{}.maxPayloadBytes + 1; }),
            QStringLiteral("claims more than a package may hold"));
    // Not a package at all; extra bytes after a good one; another format version.
    refused(QByteArray("PK\x03\x04 a photo, not a package"), QStringLiteral("not a Fieldfile sync package"));
    refused(good + QByteArray("x"), QStringLiteral("extra bytes after its end"));
    // Correctly signed and sealed, but its payload inflates to far more than it states (8 MB of
    // zeros stated as 1 KB): refused, and never inflated beyond the 1 KB (PayloadInflaterTest).
    {
        QByteArray bomb = qCompress(QByteArray(8 * 1024 * 1024, '\0'), 9);
        qToBigEndian(quint32(1024), bomb.data());
        PackageHeader header;
        header.changes = 1;
        header.created = 1;
        refused(PackageWriter::seal(bomb, header, {laptopId, county.laptop.signingKeys()},
                                    {QStringLiteral("371321"), county.store.boxKeys().publicKey}),
                QStringLiteral("damaged"));
    }
    QByteArray future = good;
    qToLittleEndian<quint16>(quint16(99), future.data() + 8);
    refused(future, QStringLiteral("another version of Fieldfile"));

    // Cut at every chunk boundary, inside the header, the sealed key and before the signature.
    {
        test::TempDatabase many;
        REQUIRE(DemoGenerator::generate(many.db(), {600, 3, 600, QDate(2026, 6, 1)}));
        const QList<Change> caseload = JournalReader(many.db()).since(0);
        const QByteArray large =
            PackageWriter::write(caseload, {laptopId, county.laptop.signingKeys()},
                                 {QStringLiteral("371321"), county.store.boxKeys().publicKey}, 1);
        PackageHeader header;
        REQUIRE(PackageReader::readHeader(large, {}, &header));
        REQUIRE(header.chunks >= 3);
        const qint64 headerSize = qFromLittleEndian<quint32>(large.constData() + 10);
        qint64 at = 14 + headerSize + 80 + 24;
        QList<qint64> cuts = {14 + headerSize / 2, 14 + headerSize + 40, at};
        for (qint64 i = 0; i < header.chunks; ++i) {
            at += 4 + qFromLittleEndian<quint32>(large.constData() + at);
            cuts << at;
        }
        cuts << large.size() - 1;
        for (qint64 cut : std::as_const(cuts)) {
            INFO("cut at " << cut << " of " << large.size());
            refused(large.left(cut), QStringLiteral("incomplete"));
        }
    }

    // Every single byte of the good package flipped: every copy refused, the database untouched.
    int flippedRefused = 0;
    for (qsizetype i = 0; i < good.size(); ++i) {
        QByteArray bad = good;
        bad[i] = char(bad[i] ^ 0x20);
        const CountyStore::ImportOutcome outcome = county.store.importPackage(bad);
        if (outcome.kind == Kind::Refused && !outcome.reason.isEmpty())
            ++flippedRefused;
        else
            FAIL_CHECK("byte " << i << " flipped was not refused");
    }
    CHECK(flippedRefused == good.size());
    CHECK(county.hash() == before);

    // The good package goes in once; replayed, it changes nothing.
    REQUIRE(county.store.importPackage(good).kind == Kind::Applied);
    const QByteArray afterImport = county.hash();
    CHECK(afterImport != before);
    const CountyStore::ImportOutcome replay = county.store.importPackage(good);
    CHECK(replay.kind == Kind::AlreadyImported);
    CHECK(county.hash() == afterImport);
}

TEST_CASE("a laptop's package may carry only its own changes: one that names another device is parked",
          "[county][hostile]")
{
    County county;
    if (county.skipped())
        return;
    INFO(test::storeName(county.countyDb.store()).toStdString());
    // A supervisor's laptop may decide status reviews; a caseworker's may not.
    REQUIRE(county.store.addUser(QStringLiteral("周督导"), QStringLiteral("supervisor"),
                                 QStringLiteral("岸堤镇社工站")));
    test::TempDatabase supervisorDb;
    DeviceSync supervisor(supervisorDb.db());
    {
        QString code, user;
        REQUIRE(supervisor.ensureKeys());
        REQUIRE(county.store.issueEnrollmentCode(QStringLiteral("周督导"), &code));
        REQUIRE(county.store.enroll(code, supervisor.deviceId(), supervisor.signingKeys().publicKey,
                                    supervisor.boxKeys().publicKey, &user));
    }
    HouseholdFile second = test::sampleHousehold(QStringLiteral("曾祥"));
    REQUIRE(HouseholdRepository(county.laptopDb.db(), test::as(QStringLiteral("王芳"))).save(second));
    QList<Change> changes = JournalReader(county.laptopDb.db()).since(0).mid(3);
    REQUIRE(changes.size() == 3);
    // The caseworker's laptop slips in a status change in the supervisor's name (and sequence).
    Change forged = changes.first();
    forged.id = {supervisor.deviceId(), 1};
    forged.op = Change::Op::Update;
    forged.fields = {{QStringLiteral("status"), QStringLiteral("tekun")}};
    forged.bases.clear();
    changes.append(forged);
    const QByteArray package =
        PackageWriter::write(changes, {county.laptop.deviceId(), county.laptop.signingKeys()},
                             {QStringLiteral("371321"), county.store.boxKeys().publicKey}, 1);
    const CountyStore::ImportOutcome outcome = county.store.importPackage(package);
    REQUIRE(outcome.kind == Kind::Applied);
    CHECK(outcome.report.applied == 3);
    CHECK(outcome.report.parked == 1);
    CHECK(outcome.report.parkedReasons.value(QStringLiteral("not_from_sender")) == 1);
    // County IT sees it, and why, with fieldfile-server parked.
    const QString listed = CountyDirectory(county.countyDb.db()).parked();
    CHECK(listed.contains(supervisor.deviceId() + QStringLiteral("\t1\t")));
    CHECK(listed.contains(QStringLiteral("another device than the one that sent the package")));
    CHECK(listed.contains(QStringLiteral("status")));
    // The supervisor's own change 1, when it comes, is not taken for a duplicate.
    QSqlQuery q(county.countyDb.db().sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM journal WHERE device = ?"));
    q.addBindValue(supervisor.deviceId());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("members wait for a household whose own change was parked, and arrive with it later",
          "[county][hostile]")
{
    test::TempDatabase source, laptop;
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(source.db(), test::as(QStringLiteral("王芳"))).save(file));
    QList<Change> changes = JournalReader(source.db()).since(0);
    REQUIRE(changes.first().entity == QStringLiteral("household"));
    Change household = changes.first();
    Change broken = household;
    broken.householdId = QStringLiteral("another-household"); // a household that is not its own: parked
    changes[0] = broken;
    // Applied with record rows (as a laptop does): nothing half-arrives, the commit goes through.
    ChangeImporter::Report report;
    REQUIRE(ChangeImporter::apply(laptop.db(), changes, &report));
    CHECK(report.applied == 0);
    CHECK(report.parkedReasons.value(QStringLiteral("malformed")) == 1);
    CHECK(report.parkedReasons.value(QStringLiteral("waiting_for_household")) == int(changes.size()) - 1);
    CHECK(test::TempDatabase::count(laptop.db(), QStringLiteral("member")) == 0);
    // The household's real change arrives: its members follow it in.
    REQUIRE(ChangeImporter::apply(laptop.db(), {household}, &report));
    CHECK(report.applied == 1);
    CHECK(report.unparked == int(changes.size()) - 1);
    CHECK(test::TempDatabase::dumpRecords(laptop.db()) == test::TempDatabase::dumpRecords(source.db()));
}
