// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Golden package files (tests/golden/packages, one folder per case with a README): packages
// written once and kept, so the format cannot drift unnoticed, plus deliberately broken ones.
//
// To write the files again after a deliberate format change (a new format version):
//   FIELDFILE_GOLDEN_OUT=tests/golden/packages build/tests/test_sync "[.golden-write]"
#include "tests/support/QtStringMaker.h"

#include "core/crypto/KeyPair.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/sync/PackageReader.h"
#include "core/sync/PackageWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ff;
using crypto::KeyPair;

namespace {
/// The changes in the valid golden package: a household and its head, with fixed ids and clocks.
QList<Change> goldenChanges()
{
    Change household;
    household.id = {QStringLiteral("golden-laptop"), 1};
    household.hlc = HybridLogicalClock::pack(1'780'000'000'000, 0);
    household.author = QStringLiteral("王芳");
    household.entity = QStringLiteral("household");
    household.recordId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    household.householdId = household.recordId;
    household.op = Change::Op::Create;
    household.fields = {{QStringLiteral("household_no"), QStringLiteral("371321105-000001")},
                        {QStringLiteral("village"), QStringLiteral("东山村")},
                        {QStringLiteral("status"), QStringLiteral("dibao")},
                        {QStringLiteral("annual_income"), qint64(8400)}};
    Change head = household;
    head.id.seq = 2;
    head.hlc += 1;
    head.entity = QStringLiteral("member");
    head.recordId = QStringLiteral("00000000-0000-4000-8000-000000000002");
    head.fields = {{QStringLiteral("name"), QStringLiteral("曾祥")},
                   {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
                   {QStringLiteral("relation"), QStringLiteral("head")}};
    Change update = household;
    update.id.seq = 3;
    update.hlc += 2;
    update.op = Change::Op::Update;
    update.fields = {{QStringLiteral("status"), QStringLiteral("tekun")}};
    update.bases = {{QStringLiteral("status"), {household.id}}};
    return {household, head, update};
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QByteArray b64(const QJsonObject& o, const char* key)
{
    return QByteArray::fromBase64(o.value(QLatin1String(key)).toString().toLatin1());
}
} // namespace

TEST_CASE("golden packages read as recorded, broken ones are refused with their reason", "[package][golden]")
{
    const QDir root(QStringLiteral(FIELDFILE_GOLDEN_DIR "/packages"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 5);
    const QJsonObject keys = readJson(root.filePath(QStringLiteral("keys.json")));
    for (const QString& name : cases) {
        INFO("case " << name.toStdString());
        const QDir dir(root.filePath(name));
        REQUIRE(QFile::exists(dir.filePath(QStringLiteral("README.md"))));
        QFile package(dir.filePath(QStringLiteral("package.ffpkg")));
        REQUIRE(package.open(QIODevice::ReadOnly));
        const QJsonObject expected = readJson(dir.filePath(QStringLiteral("expected.json")));
        const KeyPair county{KeyPair::Kind::Box, b64(keys, "countyBoxPublic"), b64(keys, "countyBoxSecret")};
        QList<Change> changes;
        const Status s = PackageReader::read(
            package.readAll(), {keys.value(QStringLiteral("county")).toString(), county},
            [&](const QString& id) -> std::optional<KnownDevice> {
                if (id != keys.value(QStringLiteral("device")).toString())
                    return std::nullopt;
                return KnownDevice{id, b64(keys, "deviceSigningPublic"), false};
            },
            PackageLimits{}, nullptr, &changes);
        const QString outcome = expected.value(QStringLiteral("outcome")).toString();
        if (outcome == QStringLiteral("ok")) {
            INFO((s.isOk() ? QString() : s.error().message).toStdString());
            REQUIRE(s.isOk());
            const QList<Change> golden = goldenChanges();
            REQUIRE(changes.size() == golden.size());
            for (int i = 0; i < golden.size(); ++i) {
                CHECK(changes[i].id == golden[i].id);
                CHECK(changes[i].hlc == golden[i].hlc);
                CHECK(changes[i].fields == golden[i].fields);
                CHECK(changes[i].bases == golden[i].bases);
                CHECK(changes[i].author == golden[i].author);
            }
        } else {
            CHECK_FALSE(s.isOk());
            CHECK(s.error().detail == outcome);
            CHECK(changes.isEmpty());
        }
    }
}

TEST_CASE("write the golden packages", "[.golden-write]")
{
    const QString out = qEnvironmentVariable("FIELDFILE_GOLDEN_OUT");
    REQUIRE_FALSE(out.isEmpty());
    const KeyPair device = KeyPair::generate(KeyPair::Kind::Signing);
    const KeyPair county = KeyPair::generate(KeyPair::Kind::Box);
    const KeyPair stranger = KeyPair::generate(KeyPair::Kind::Signing);
    QDir root(out);
    auto write = [&](const QString& path, const QByteArray& data) {
        QFile f(root.filePath(path));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    const QJsonObject keys{
        {QStringLiteral("device"), QStringLiteral("golden-laptop")},
        {QStringLiteral("deviceSigningPublic"), QString::fromLatin1(device.publicKey.toBase64())},
        {QStringLiteral("county"), QStringLiteral("371321")},
        {QStringLiteral("countyBoxPublic"), QString::fromLatin1(county.publicKey.toBase64())},
        {QStringLiteral("countyBoxSecret"), QString::fromLatin1(county.secretKey.toBase64())}};
    write(QStringLiteral("keys.json"), QJsonDocument(keys).toJson());
    const QByteArray good = PackageWriter::write(goldenChanges(), {QStringLiteral("golden-laptop"), device},
                                                 {QStringLiteral("371321"), county.publicKey}, 42);
    struct Case
    {
        const char* name;
        QByteArray bytes;
        const char* outcome;
        const char* readme;
    };
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
    const QList<Case> cases = {
        {"valid-household-and-head", good, "ok",
         "A valid package from device golden-laptop to county 371321: a household, its head, and an update "
         "of the "
         "status superseding the household's creation. Reading it must give exactly these three changes."},
        {"truncated", good.left(good.size() - 100), "truncated",
         "The valid package with its last 100 bytes cut off (a copy interrupted on the USB stick). Refused "
         "as "
         "incomplete."},
        {"byte-flipped", flipped, "signature",
         "The valid package with one bit changed in the middle. Refused: the signature no longer matches."},
        {"forged-signature",
         PackageWriter::write(goldenChanges(), {QStringLiteral("golden-laptop"), stranger},
                              {QStringLiteral("371321"), county.publicKey}, 42),
         "signature", "Claims to come from golden-laptop but is signed with another key. Refused."},
        {"unknown-device",
         PackageWriter::write(goldenChanges(), {QStringLiteral("stolen-laptop"), stranger},
                              {QStringLiteral("371321"), county.publicKey}, 42),
         "unknown device", "From a device the county never enrolled. Refused before anything is decrypted."},
        {"wrong-county",
         PackageWriter::write(goldenChanges(), {QStringLiteral("golden-laptop"), device},
                              {QStringLiteral("371322"), county.publicKey}, 42),
         "recipient", "Addressed to county 371322, not 371321. Refused."},
        {"not-a-package", QByteArray("PK\x03\x04 this is a zip file, not a package"), "magic",
         "Some other file with the .ffpkg name. Refused: wrong magic bytes."},
    };
    for (const Case& c : cases) {
        root.mkpath(QString::fromLatin1(c.name));
        write(QStringLiteral("%1/package.ffpkg").arg(QLatin1String(c.name)), c.bytes);
        write(
            QStringLiteral("%1/expected.json").arg(QLatin1String(c.name)),
            QJsonDocument(QJsonObject{{QStringLiteral("outcome"), QString::fromLatin1(c.outcome)}}).toJson());
        write(QStringLiteral("%1/README.md").arg(QLatin1String(c.name)), QByteArray(c.readme) + '\n');
    }
}
