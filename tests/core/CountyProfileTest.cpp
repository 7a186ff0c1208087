// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the county tells a laptop's profile and does for it, against the real fieldfile-server:
// the user's identity, the password and lock policy and the recovery key at enrollment and at each
// sync (docs/sync-protocol.md §8.4, §8.6); the policy command; recover-profile; and the demo
// profile, which never reaches a county.
#include "tests/support/QtStringMaker.h"
#include "tests/support/SignedClient.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/crypto/KeyPair.h"
#include "core/crypto/SecretBytes.h"
#include "core/crypto/Signature.h"
#include "core/journal/JournalReader.h"
#include "core/profile/ProfileKeyFile.h"
#include "core/records/HouseholdRepository.h"
#include "core/server/CountyKeyFile.h"
#include "core/server/CountyStore.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/PackageHeader.h"
#include "core/sync/PackageReader.h"
#include "core/sync/PackageWriter.h"
#include "core/sync/SyncClient.h"

#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstring>
#include <optional>

#include <sys/stat.h>

using namespace ff;

using test::admin;
using test::Answer;
using test::enrollmentCode;
using test::Laptop;
using test::message;
using test::RunningServer;
using test::send;
using test::tryAdmin;

namespace {
const QString kCounty = QStringLiteral("371321");
const QString kStation = QStringLiteral("岸堤镇社工站");

/// A county database with 王芳 (caseworker of kStation) and 县民政局 (county staff), on each of the
/// county's stores in turn (docs/postgresql.md): a file, then a PostgreSQL database with its key
/// file in `dir`. Empty when PostgreSQL is not there (the test is skipped, with a warning).
QString makeCounty(const QTemporaryDir& dir)
{
    const QString db = test::countyDatabase(GENERATE(test::Store::Sqlite, test::Store::Postgres), dir.path());
    if (db.isEmpty())
        return {};
    admin(db, {QStringLiteral("init"), QStringLiteral("--county"), kCounty});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
               QStringLiteral("caseworker"), QStringLiteral("--station"), kStation});
    admin(db, {QStringLiteral("add-user"), QStringLiteral("县民政局"), QStringLiteral("--role"),
               QStringLiteral("county")});
    return db;
}

/// The recovery secret in the county's key file (empty when there is none).
QByteArray recoverySecret(const QString& db)
{
    const std::optional<CountyKeyFile::Secrets> secrets = CountyKeyFile::read(test::keyFileOf(db));
    return secrets ? secrets->recovery : QByteArray();
}

QJsonObject policy(int length, int minutes, int sync = ProfilePolicy::kDefaultSyncMinutes)
{
    return {{QStringLiteral("minPasswordLength"), length},
            {QStringLiteral("lockMinutes"), minutes},
            {QStringLiteral("syncMinutes"), sync}};
}

int mode(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777) : -1;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

bool same(const crypto::SecretBytes& a, const crypto::SecretBytes& b)
{
    return !a.isNull() && !b.isNull() && a.size() == b.size() &&
           std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

/// The profile of an enrolled laptop, as the app makes it: a data key under `password`, sealed to
/// the recovery key the county sent, with the identity the county gave.
ProfileKeyFile profileOf(Database& laptop, const crypto::SecretBytes& dataKey, const QString& password)
{
    const DeviceSync device(laptop);
    ProfileKeyFile file = ProfileKeyFile::create(dataKey, password, device.recoveryPublicKey(),
                                                 crypto::PasswordKey::testCost());
    file.setIdentity(
        {device.user(), device.displayName(), device.role(), device.station(), device.countyId()});
    file.setPolicy(ProfilePolicy::fromJson(device.policy()));
    return file;
}
} // namespace

TEST_CASE("the enrollment answer carries the user's identity, the county's policy and its recovery key, "
          "and the laptop acts as that person",
          "[sync][e2e][profile]")
{
    QTemporaryDir dir;
    const QString db = makeCounty(dir);
    if (db.isEmpty())
        return;
    admin(db, {QStringLiteral("policy"), QStringLiteral("--min-password-length"), QStringLiteral("12"),
               QStringLiteral("--lock-minutes"), QStringLiteral("5")});
    // init made the recovery key; its public half is what the county announces.
    const QByteArray secret = recoverySecret(db);
    REQUIRE(secret.size() == crypto::KeyPair::kBoxSecretSize);
    const QByteArray recoveryPublic = crypto::KeyPair::boxPublicFor(secret);
    RunningServer server(db);
    REQUIRE(server.url.isValid());

    // The answer as a second implementation reads it (§8.4).
    const crypto::KeyPair signing = crypto::KeyPair::generate(crypto::KeyPair::Kind::Signing);
    const crypto::KeyPair box = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
    const QJsonObject request{
        {QStringLiteral("code"), enrollmentCode(db, QStringLiteral("王芳"))},
        {QStringLiteral("device"), QStringLiteral("11111111-2222-4333-8444-555555555555")},
        {QStringLiteral("signingKey"), QString::fromLatin1(signing.publicKey.toBase64())},
        {QStringLiteral("boxKey"), QString::fromLatin1(box.publicKey.toBase64())}};
    const Answer a = send(SyncClient::endpoint(server.url, QStringLiteral("/api/v1/enroll")), "POST",
                          QJsonDocument(request).toJson(QJsonDocument::Compact),
                          {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    REQUIRE(a.status == 200);
    const QJsonObject answer = QJsonDocument::fromJson(a.body).object();
    CHECK(answer.value(QStringLiteral("county")).toString() == kCounty);
    CHECK(answer.value(QStringLiteral("user")).toString() == QStringLiteral("王芳"));
    CHECK(answer.value(QStringLiteral("role")).toString() == QStringLiteral("caseworker"));
    CHECK(answer.value(QStringLiteral("displayName")).toString() == QStringLiteral("王芳"));
    CHECK(answer.value(QStringLiteral("station")).toString() == kStation);
    CHECK(answer.value(QStringLiteral("recoveryKey")).toString() ==
          QString::fromLatin1(recoveryPublic.toBase64()));
    CHECK(answer.value(QStringLiteral("policy")).toObject() == policy(12, 5));
    // The public half only: the secret never leaves the key file.
    CHECK_FALSE(a.body.contains(secret.toBase64()));

    // A laptop keeps them and acts as the county's person.
    Laptop wang;
    REQUIRE(message(wang.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    const DeviceSync device(wang.data.db());
    CHECK(device.user() == QStringLiteral("王芳"));
    CHECK(device.displayName() == QStringLiteral("王芳"));
    CHECK(device.role() == QStringLiteral("caseworker"));
    CHECK(device.station() == kStation);
    CHECK(device.recoveryPublicKey() == recoveryPublic);
    CHECK(device.policy() == policy(12, 5));
    const Session session = device.session();
    CHECK(session.actor().userId == QStringLiteral("王芳"));
    CHECK(session.actor().displayName == QStringLiteral("王芳"));
    CHECK(session.actor().role == Role::Caseworker);
    CHECK(session.actor().station == kStation);
    // A name given counts only for a laptop never enrolled.
    CHECK(device.session(QStringLiteral("someone else")).actor().userId == QStringLiteral("王芳"));
    CHECK(device.session(QStringLiteral("someone else")).author() == QStringLiteral("王芳"));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(HouseholdRepository(wang.data.db(), device.session()).save(file));
    CHECK(JournalReader(wang.data.db()).since(0).last().author == QStringLiteral("王芳"));

    // County staff belong to no station.
    Laptop county;
    REQUIRE(message(county.enroll(server.url, enrollmentCode(db, QStringLiteral("县民政局")))) ==
            QStringLiteral("ok"));
    const DeviceSync staff(county.data.db());
    CHECK(staff.station().isEmpty());
    CHECK(staff.session().actor().role == Role::County);
    CHECK(staff.session().actor().station.isEmpty());
    CHECK(staff.recoveryPublicKey() == recoveryPublic);
}

TEST_CASE("a laptop keeps what the county says of its user, ignoring what is malformed", "[sync][profile]")
{
    test::TempDatabase laptop;
    DeviceSync device(laptop.db());
    // Never enrolled: nobody, unless a name is given; the county's defaults.
    CHECK_FALSE(device.session().hasActor());
    CHECK(device.session(QStringLiteral("王芳")).actor().userId == QStringLiteral("王芳"));
    CHECK(device.session(QStringLiteral("王芳")).role() == Role::Caseworker);
    CHECK(device.displayName().isEmpty());
    CHECK(device.station().isEmpty());
    CHECK(device.recoveryPublicKey().isEmpty());
    CHECK(device.policy() == policy(8, 10));

    const QByteArray key(32, 'k');
    const QByteArray recovery = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box).publicKey;
    REQUIRE(device.setCounty(kCounty, key, key, QStringLiteral("https://county"), QStringLiteral("周督导"),
                             QStringLiteral("supervisor"), {},
                             {{QStringLiteral("displayName"), QStringLiteral("周督导")},
                              {QStringLiteral("station"), kStation},
                              {QStringLiteral("recoveryKey"), QString::fromLatin1(recovery.toBase64())},
                              {QStringLiteral("policy"), policy(14, 20)}}));
    CHECK(device.session().actor().userId == QStringLiteral("周督导"));
    CHECK(device.session().actor().role == Role::Supervisor);
    CHECK(device.session().actor().station == kStation);
    CHECK(device.recoveryPublicKey() == recovery);
    CHECK(device.policy() == policy(14, 20));

    // Later answers: what is missing stays, a recovery key of the wrong size is ignored, a policy
    // weaker than Fieldfile allows becomes the defaults.
    REQUIRE(device.setCountyProfile({{QStringLiteral("recoveryKey"), QStringLiteral("AAAA")}}));
    CHECK(device.recoveryPublicKey() == recovery);
    CHECK(device.station() == kStation);
    REQUIRE(device.setCountyProfile({{QStringLiteral("recoveryKey"), QStringLiteral("not base64!")}}));
    CHECK(device.recoveryPublicKey() == recovery);
    REQUIRE(device.setCountyProfile({{QStringLiteral("policy"), policy(4, 100000)}}));
    CHECK(device.policy() == policy(8, 10));
    REQUIRE(device.setCountyProfile({{QStringLiteral("policy"), policy(8, 10, -5)}}));
    CHECK(device.policy() == policy(8, 10, ProfilePolicy::kDefaultSyncMinutes));
    REQUIRE(device.setCountyProfile({{QStringLiteral("policy"), policy(8, 10, 0)}}));
    CHECK(device.policy() == policy(8, 10, 0));
    REQUIRE(device.setCountyProfile({{QStringLiteral("policy"), policy(8, 10)}}));
    REQUIRE(device.setCountyProfile({{QStringLiteral("station"), QStringLiteral("孙祖镇社工站")}}));
    CHECK(device.station() == QStringLiteral("孙祖镇社工站"));
    CHECK(device.displayName() == QStringLiteral("周督导"));
    // A laptop enrolled by a county from before: the display name is the user.
    test::TempDatabase older;
    REQUIRE(DeviceSync(older.db())
                .setCounty(kCounty, key, key, QStringLiteral("https://county"), QStringLiteral("王芳"),
                           QStringLiteral("caseworker")));
    CHECK(DeviceSync(older.db()).displayName() == QStringLiteral("王芳"));
    CHECK(DeviceSync(older.db()).session().author() == QStringLiteral("王芳"));
}

TEST_CASE("a changed policy reaches an enrolled laptop at its next sync, with every pull page",
          "[sync][e2e][profile]")
{
    QTemporaryDir dir;
    const QString db = makeCounty(dir);
    if (db.isEmpty())
        return;
    RunningServer server(db);
    Laptop wang;
    REQUIRE(message(wang.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    const DeviceSync device(wang.data.db());
    CHECK(device.policy() == policy(8, 10));

    admin(db, {QStringLiteral("policy"), QStringLiteral("--min-password-length"), QStringLiteral("10"),
               QStringLiteral("--lock-minutes"), QStringLiteral("30")});
    // The pull answer's header, as a second implementation reads it (§8.6), on an empty page too.
    const QByteArray target = "/api/v1/pull?device=" + wang.id().toUtf8() + "&after=0";
    const Answer page = send(QUrl(server.url.toString() + QString::fromUtf8(target)), "GET", {},
                             wang.sign("GET", target, {}));
    REQUIRE(page.status == 200);
    CHECK(page.body.isEmpty());
    const QJsonObject profile =
        QJsonDocument::fromJson(QByteArray::fromBase64(page.header("X-Fieldfile-Profile"))).object();
    CHECK(profile.value(QStringLiteral("displayName")).toString() == QStringLiteral("王芳"));
    CHECK(profile.value(QStringLiteral("station")).toString() == kStation);
    CHECK(QByteArray::fromBase64(profile.value(QStringLiteral("recoveryKey")).toString().toLatin1()) ==
          crypto::KeyPair::boxPublicFor(recoverySecret(db)));
    CHECK(profile.value(QStringLiteral("policy")).toObject() == policy(10, 30));
    // Signed by the county, so that nobody in between can choose the recovery key: the signature
    // verifies for the header as sent and not for one with another recovery key.
    const QByteArray signature = QByteArray::fromBase64(page.header("X-Fieldfile-Profile-Signature"));
    CHECK(
        crypto::Signature::verify(signature, page.header("X-Fieldfile-Profile"), device.countySigningKey()));
    QJsonObject swapped = profile;
    swapped.insert(
        QStringLiteral("recoveryKey"),
        QString::fromLatin1(crypto::KeyPair::generate(crypto::KeyPair::Kind::Box).publicKey.toBase64()));
    CHECK_FALSE(crypto::Signature::verify(signature,
                                          QJsonDocument(swapped).toJson(QJsonDocument::Compact).toBase64(),
                                          device.countySigningKey()));

    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(device.policy() == policy(10, 30));
    admin(db, {QStringLiteral("policy"), QStringLiteral("--lock-minutes"), QStringLiteral("15")});
    REQUIRE(message(wang.sync()) == QStringLiteral("ok"));
    CHECK(device.policy() == policy(10, 15));
    CHECK(device.station() == kStation);
}

TEST_CASE("a county from before recovery keys gets one the first time a command or serve opens it",
          "[server][cli][profile]")
{
    QTemporaryDir dir;
    const QString db = makeCounty(dir);
    if (db.isEmpty())
        return;
    const QString keyFile = test::keyFileOf(db);
    const auto forget = [&] {
        std::optional<CountyKeyFile::Secrets> secrets = CountyKeyFile::read(keyFile);
        REQUIRE(secrets);
        secrets->recovery.clear();
        REQUIRE(CountyKeyFile::write(keyFile, *secrets));
        REQUIRE_FALSE(fileBytes(keyFile).contains("recovery"));
        return *secrets;
    };
    const CountyKeyFile::Secrets before = forget();

    // A command: the key is added, the others kept, the file still private.
    const test::AdminRun run = tryAdmin(db, {QStringLiteral("users")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    std::optional<CountyKeyFile::Secrets> after = CountyKeyFile::read(keyFile);
    REQUIRE(after);
    CHECK(after->signing == before.signing);
    CHECK(after->box == before.box);
    REQUIRE(after->recovery.size() == crypto::KeyPair::kBoxSecretSize);
    CHECK(mode(keyFile) == 0600);
    CHECK_FALSE(QFile::exists(keyFile + QStringLiteral(".lock")));
    // Made once: the next command keeps it.
    admin(db, {QStringLiteral("status")});
    CHECK(CountyKeyFile::read(keyFile)->recovery == after->recovery);

    // serve, the same; the laptops enrolled then receive its public half.
    forget();
    RunningServer server(db);
    REQUIRE(server.url.isValid());
    const QByteArray made = recoverySecret(db);
    REQUIRE(made.size() == crypto::KeyPair::kBoxSecretSize);
    CHECK(made != after->recovery);
    CHECK(mode(keyFile) == 0600);
    Laptop wang;
    REQUIRE(message(wang.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
            QStringLiteral("ok"));
    CHECK(DeviceSync(wang.data.db()).recoveryPublicKey() == crypto::KeyPair::boxPublicFor(made));
}

TEST_CASE("fieldfile-server policy shows the policy, sets it, and refuses what is out of range",
          "[server][cli][profile]")
{
    QTemporaryDir dir;
    const QString db = makeCounty(dir);
    if (db.isEmpty())
        return;
    const QString shown =
        QStringLiteral("Shortest password: %1 characters\nLaptops lock after: %2 min without "
                       "use\nLaptops sync every: 15 min while the county answers\n");
    test::AdminRun r = tryAdmin(db, {QStringLiteral("policy")});
    CHECK(r.exitCode == 0);
    CHECK(r.out == shown.arg(8).arg(10));

    for (const char* length : {"7", "0", "-8", "129", "twelve", ""}) {
        INFO("length " << length);
        r = tryAdmin(db,
                     {QStringLiteral("policy"), QStringLiteral("--min-password-length"),
                      QString::fromLatin1(length), QStringLiteral("--lock-minutes"), QStringLiteral("20")});
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("--min-password-length needs a whole number from 8 to 128")));
    }
    for (const char* minutes : {"0", "241", "1.5", "x"}) {
        INFO("minutes " << minutes);
        r = tryAdmin(
            db, {QStringLiteral("policy"), QStringLiteral("--lock-minutes"), QString::fromLatin1(minutes)});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--lock-minutes needs a whole number from 1 to 240")));
    }
    // Nothing of a refused command was kept, not even its valid half.
    CHECK(tryAdmin(db, {QStringLiteral("policy")}).out == shown.arg(8).arg(10));

    r = tryAdmin(db, {QStringLiteral("policy"), QStringLiteral("--min-password-length"), QStringLiteral("12"),
                      QStringLiteral("--lock-minutes"), QStringLiteral("5")});
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("Policy changed: each laptop receives it at its next sync.\n") +
                       shown.arg(12).arg(5));
    // One value alone leaves the other; the limits themselves are allowed.
    r = tryAdmin(db, {QStringLiteral("policy"), QStringLiteral("--lock-minutes"), QStringLiteral("240")});
    CHECK(r.out.endsWith(shown.arg(12).arg(240)));
    r = tryAdmin(db, {QStringLiteral("policy"), QStringLiteral("--min-password-length"),
                      QStringLiteral("128"), QStringLiteral("--lock-minutes"), QStringLiteral("1")});
    CHECK(r.out.endsWith(shown.arg(128).arg(1)));
    r = tryAdmin(db,
                 {QStringLiteral("policy"), QStringLiteral("--min-password-length"), QStringLiteral("8")});
    CHECK(r.out.endsWith(shown.arg(8).arg(1)));

    // The store refuses the same values, for any other caller.
    Database county;
    REQUIRE(county.open(db, test::keyFileOf(db).chopped(5)));
    CountyStore store(county);
    CHECK(store.setPolicy(7, std::nullopt).error().message.contains(QStringLiteral("from 8 to 128")));
    CHECK(store.setPolicy(std::nullopt, 241).error().message.contains(QStringLiteral("1 to 240 minutes")));
    CHECK(store.setPolicy(12, 0).error().message.contains(QStringLiteral("1 to 240 minutes")));
    CHECK(store.setPolicy(12, 30, 1441).error().message.contains(QStringLiteral("1 to 1440 minutes")));
    CHECK(store.setPolicy(std::nullopt, std::nullopt, -1)
              .error()
              .message.contains(QStringLiteral("0: only when asked")));
    CHECK(store.policy().minPasswordLength == 8);
    CHECK(store.policy().lockMinutes == 1);
    CHECK(store.policy().syncMinutes == ProfilePolicy::kDefaultSyncMinutes);

    // How often laptops sync by themselves: 0 turns it off, the rest is left as it was.
    for (const char* minutes : {"-1", "1441", "soon"}) {
        INFO("sync minutes " << minutes);
        r = tryAdmin(
            db, {QStringLiteral("policy"), QStringLiteral("--sync-minutes"), QString::fromLatin1(minutes)});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--sync-minutes needs a whole number from 0 to 1440")));
    }
    r = tryAdmin(db, {QStringLiteral("policy"), QStringLiteral("--sync-minutes"), QStringLiteral("0")});
    CHECK(r.exitCode == 0);
    CHECK(
        r.out.endsWith(QStringLiteral("Laptops lock after: 1 min without use\nLaptops sync: only when their "
                                      "user asks\n")));
    r = tryAdmin(db, {QStringLiteral("policy"), QStringLiteral("--sync-minutes"), QStringLiteral("30")});
    CHECK(r.out.endsWith(QStringLiteral("Laptops sync every: 30 min while the county answers\n")));
    CHECK(store.policy().syncMinutes == 30);
    CHECK(store.policy().lockMinutes == 1);
}

TEST_CASE("recover-profile gives a forgotten profile a new password with the county's recovery key, and "
          "refuses the profiles it may not recover",
          "[server][cli][profile]")
{
    QTemporaryDir dir;
    const QString db = makeCounty(dir);
    if (db.isEmpty())
        return;
    Laptop wang;
    {
        RunningServer server(db);
        REQUIRE(message(wang.enroll(server.url, enrollmentCode(db, QStringLiteral("王芳")))) ==
                QStringLiteral("ok"));
    }
    REQUIRE(DeviceSync(wang.data.db()).recoveryPublicKey().size() == crypto::KeyPair::kBoxPublicSize);

    // The laptop's profile folder, copied to the county: the key file sealed at enrollment.
    const QString folder = dir.filePath(QStringLiteral("profiles/wangfang"));
    REQUIRE(QDir().mkpath(folder));
    const QString keyPath = QDir(folder).filePath(ProfileKeyFile::fileName());
    const crypto::SecretBytes dataKey = crypto::SecretBytes::random(ProfileKeyFile::kDataKeySize);
    ProfileKeyFile profile = profileOf(wang.data.db(), dataKey, QStringLiteral("forgotten password"));
    profile.setFailedAttempts(7);
    REQUIRE(profile.write(keyPath));
    const QString passwordFile = dir.filePath(QStringLiteral("new-password.txt"));
    writeFile(passwordFile, "新的 password 2026\n");

    test::AdminRun r = tryAdmin(
        db, {QStringLiteral("recover-profile"), folder, QStringLiteral("--password-file"), passwordFile});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("The profile of 王芳 (station 岸堤镇社工站, county 371321) has a new "
                                        "password; its failed sign-ins are reset.")));
    CHECK(r.out.contains(keyPath));
    // Nothing secret is printed.
    CHECK_FALSE(r.out.contains(QStringLiteral("password 2026")));
    CHECK_FALSE(r.err.contains(QStringLiteral("password 2026")));

    ProfileKeyFile recovered;
    REQUIRE(ProfileKeyFile::read(keyPath, &recovered));
    CHECK(mode(keyPath) == 0600);
    CHECK(same(recovered.unlock(QStringLiteral("新的 password 2026")), dataKey));
    CHECK(recovered.unlock(QStringLiteral("forgotten password")).isNull());
    CHECK(recovered.failedAttempts() == 0);
    CHECK(recovered.identity().user == QStringLiteral("王芳"));
    CHECK(recovered.identity().station == kStation);
    CHECK(recovered.hasRecovery());
    CHECK(same(recovered.recover(recoverySecret(db)), dataKey));

    // The key file itself may be named; a password shorter than the county asks is refused.
    admin(db, {QStringLiteral("policy"), QStringLiteral("--min-password-length"), QStringLiteral("20")});
    QByteArray before = fileBytes(keyPath);
    r = tryAdmin(
        db, {QStringLiteral("recover-profile"), keyPath, QStringLiteral("--password-file"), passwordFile});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("too short: the county asks for at least 20 characters")));
    CHECK(fileBytes(keyPath) == before);
    writeFile(passwordFile, "a much longer new password\r\nsecond line\n");
    r = tryAdmin(
        db, {QStringLiteral("recover-profile"), keyPath, QStringLiteral("--password-file"), passwordFile});
    CHECK(r.exitCode == 0);
    REQUIRE(ProfileKeyFile::read(keyPath, &recovered));
    CHECK(same(recovered.unlock(QStringLiteral("a much longer new password")), dataKey));

    // Without --password-file and without a terminal: nothing to read the password from.
    before = fileBytes(keyPath);
    r = tryAdmin(db, {QStringLiteral("recover-profile"), folder});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--password-file")));
    r = tryAdmin(db, {QStringLiteral("recover-profile"), folder, QStringLiteral("--password-file"),
                      dir.filePath(QStringLiteral("missing.txt"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("cannot be read")));
    CHECK(fileBytes(keyPath) == before);

    // Refused, each unchanged: another county's profile, the demo, one without recovery, one sealed
    // to another recovery key.
    const auto refused = [&](const QString& name, ProfileKeyFile file, const QString& why) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        REQUIRE(file.write(path));
        const QByteArray bytes = fileBytes(path);
        const test::AdminRun refusal = tryAdmin(
            db, {QStringLiteral("recover-profile"), path, QStringLiteral("--password-file"), passwordFile});
        CHECK(refusal.exitCode == 2);
        CHECK(refusal.out.isEmpty());
        CHECK(refusal.err.contains(why));
        CHECK(fileBytes(path) == bytes);
    };
    ProfileKeyFile elsewhere = profileOf(wang.data.db(), dataKey, QStringLiteral("pw"));
    ProfileIdentity otherCounty = elsewhere.identity();
    otherCounty.county = QStringLiteral("370000");
    elsewhere.setIdentity(otherCounty);
    refused(QStringLiteral("elsewhere.key"), std::move(elsewhere),
            QStringLiteral("belongs to county “370000”, not to this county (371321)"));
    refused(QStringLiteral("demo.key"), ProfileKeyFile::demo(), QStringLiteral("is the demo profile"));
    ProfileKeyFile unsealed =
        ProfileKeyFile::create(dataKey, QStringLiteral("pw"), {}, crypto::PasswordKey::testCost());
    unsealed.setIdentity(profile.identity());
    refused(QStringLiteral("unsealed.key"), std::move(unsealed), QStringLiteral("has no recovery"));
    ProfileKeyFile foreign = ProfileKeyFile::create(
        dataKey, QStringLiteral("pw"), crypto::KeyPair::generate(crypto::KeyPair::Kind::Box).publicKey,
        crypto::PasswordKey::testCost());
    foreign.setIdentity(profile.identity());
    refused(QStringLiteral("foreign.key"), std::move(foreign),
            QStringLiteral("sealed to another recovery key"));
    r = tryAdmin(db, {QStringLiteral("recover-profile"), dir.filePath(QStringLiteral("nowhere")),
                      QStringLiteral("--password-file"), passwordFile});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("could not be read")));
}

TEST_CASE("the demo profile never reaches a county: no enrollment, no export, and its packages are refused "
          "over the network and from a USB stick",
          "[sync][e2e][profile]")
{
    QTemporaryDir dir;
    const QString db = makeCounty(dir);
    if (db.isEmpty())
        return;
    RunningServer server(db);
    REQUIRE(server.url.isValid());

    // A demo database does not enroll: the county is never asked, the code stays unused.
    Laptop demo;
    REQUIRE(DeviceSync(demo.data.db()).markDemo());
    CHECK(DeviceSync(demo.data.db()).isDemo());
    const QString code = enrollmentCode(db, QStringLiteral("王芳"));
    const Status refusedEnrollment = demo.enroll(server.url, code);
    CHECK(message(refusedEnrollment).contains(QStringLiteral("This is the demo")));
    CHECK(refusedEnrollment.error().detail == QStringLiteral("demo"));
    CHECK_FALSE(DeviceSync(demo.data.db()).hasCounty());
    // ... nor stores a county it is handed, nor exports what it holds.
    const QByteArray key(32, 'k');
    CHECK_FALSE(DeviceSync(demo.data.db())
                    .setCounty(kCounty, key, key, server.url.toString(), QStringLiteral("王芳"),
                               QStringLiteral("caseworker")));
    HouseholdFile invented = test::sampleHousehold(QStringLiteral("演示户"));
    REQUIRE(HouseholdRepository(demo.data.db(), DeviceSync(demo.data.db()).session(QStringLiteral("演示")))
                .save(invented));
    QByteArray exported;
    const Status exportRefused = DeviceSync(demo.data.db()).exportPackage(&exported);
    CHECK(exportRefused.error().detail == QStringLiteral("demo"));
    CHECK(exportRefused.error().message.contains(QStringLiteral("invented")));
    CHECK(exported.isEmpty());

    Laptop wang;
    REQUIRE(message(wang.enroll(server.url, code)) == QStringLiteral("ok")); // the same code still works
    CHECK_FALSE(DeviceSync(wang.data.db()).markDemo()); // an enrolled laptop holds real work
    CHECK_FALSE(DeviceSync(wang.data.db()).isDemo());

    // A package whose header says the demo wrote it, signed by an enrolled laptop (written some
    // other way than the app's export, which refuses).
    HouseholdFile file = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(wang.data.db(), DeviceSync(wang.data.db()).session()).save(file));
    const QList<Change> changes = JournalReader(wang.data.db()).since(0);
    const QByteArray countyBox =
        QByteArray::fromBase64(wang.data.db().meta(QStringLiteral("sync_county_box_public")).toLatin1());
    const DeviceSync device(wang.data.db());
    const QByteArray demoPackage = PackageWriter::write(
        changes, {device.deviceId(), device.signingKeys(), true}, {kCounty, countyBox}, changes.last().hlc);
    REQUIRE_FALSE(demoPackage.isEmpty());
    PackageHeader header;
    REQUIRE(PackageReader::readHeader(demoPackage, PackageLimits{}, &header));
    CHECK(header.profile == QStringLiteral("demo"));
    CHECK(header.isFromDemo());

    // Over the network: 422, a reason, a log line, nothing imported.
    const QUrl push(server.url.toString() + QStringLiteral("/api/v1/push"));
    Answer a = send(push, "POST", demoPackage, wang.sign("POST", "/api/v1/push", demoPackage));
    CHECK(a.status == 422);
    CHECK(QJsonDocument::fromJson(a.body)
              .object()
              .value(QStringLiteral("error"))
              .toString()
              .contains(QStringLiteral("written by the demo profile")));
    const QString log = server.log();
    CHECK(log.contains(QStringLiteral("\"outcome\":\"refused\"")));
    CHECK(log.contains(QStringLiteral("\"reason\":\"demo\"")));
    CHECK(tryAdmin(db, {QStringLiteral("status")})
              .out.contains(QStringLiteral("Changes: 0\nPackages imported: 0")));

    // From a USB stick: refused, said, logged, no receipt, nothing imported.
    const QString usb = dir.filePath(QStringLiteral("fieldfile-demo.ffpkg"));
    writeFile(usb, demoPackage);
    const test::AdminRun import = tryAdmin(db, {QStringLiteral("import"), usb});
    CHECK(import.exitCode == 1);
    CHECK(import.out.contains(QStringLiteral("refused: This package was written by the demo profile")));
    CHECK(import.out.contains(QStringLiteral("1 package(s): 0 imported, 0 imported before, 1 refused.")));
    CHECK(import.err.contains(QStringLiteral("\"event\":\"import\"")));
    CHECK(import.err.contains(QStringLiteral("\"reason\":\"demo\"")));
    CHECK(import.err.contains(QStringLiteral("\"sender\":\"%1\"").arg(device.deviceId())));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("fieldfile-demo.ffrct"))));
    CHECK(tryAdmin(db, {QStringLiteral("status")})
              .out.contains(QStringLiteral("Changes: 0\nPackages imported: 0")));

    // The same changes in a package of the laptop's own are imported: only the header made the difference.
    QByteArray package;
    REQUIRE(DeviceSync(wang.data.db()).exportPackage(&package));
    PackageHeader plain;
    REQUIRE(PackageReader::readHeader(package, PackageLimits{}, &plain));
    CHECK(plain.profile.isEmpty());
    a = send(push, "POST", package, wang.sign("POST", "/api/v1/push", package));
    CHECK(a.status == 200);
    CHECK(tryAdmin(db, {QStringLiteral("status")}).out.contains(QStringLiteral("Packages imported: 1")));
}

TEST_CASE("a package header names the demo profile only, and only when it wrote the package",
          "[sync][profile]")
{
    PackageHeader header;
    header.sender = QStringLiteral("laptop");
    header.recipient = kCounty;
    header.chunks = 1;
    header.payloadHash = QByteArray(32, 'h');
    // A county laptop's header is as it always was: no `profile` key.
    const QByteArray plain = header.toCbor();
    CHECK_FALSE(QCborValue::fromCbor(plain).toMap().contains(QStringLiteral("profile")));
    PackageHeader back;
    REQUIRE(PackageHeader::fromCbor(plain, &back));
    CHECK(back.profile.isEmpty());

    header.profile = QStringLiteral("demo");
    REQUIRE(PackageHeader::fromCbor(header.toCbor(), &back));
    CHECK(back.isFromDemo());
    CHECK(QCborValue::fromCbor(header.toCbor()).toMap().value(QStringLiteral("profile")).toString() ==
          QStringLiteral("demo"));
    // Any other value is a damaged header.
    for (const QCborValue& other : {QCborValue(QStringLiteral("county")), QCborValue(QStringLiteral("")),
                                    QCborValue(1), QCborValue(QByteArray("demo"))}) {
        QCborMap m = QCborValue::fromCbor(plain).toMap();
        m.insert(QStringLiteral("profile"), other);
        CHECK_FALSE(PackageHeader::fromCbor(m.toCborValue().toCbor(), &back));
    }
}
