// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Golden package files (tests/golden/packages, one folder per case with a README): packages
// written once and kept, so the format cannot drift unnoticed, plus deliberately broken ones.
//
// To write the files again after a deliberate change of the format or of the cases (then update the
// example of docs/sync-protocol.md §4.8, which quotes the valid package):
//   FIELDFILE_GOLDEN_OUT=tests/golden/packages build/tests/test_sync "[.golden-write]"
#include "tests/support/QtStringMaker.h"

#include "core/crypto/KeyPair.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/sync/PackageHeader.h"
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
    // As JournalWriter writes every update (docs/sync-protocol.md §5.4): `_deleted` = 0, with no base,
    // as the household was never removed.
    Change update = household;
    update.id.seq = 3;
    update.hlc += 2;
    update.op = Change::Op::Update;
    update.fields = {{QStringLiteral("status"), QStringLiteral("tekun")},
                     {QStringLiteral("_deleted"), qint64(0)}};
    update.bases = {{QStringLiteral("status"), {household.id}}};
    return {household, head, update};
}

/// The header's `created`, as Fieldfile writes it (§4.2): the clock of the payload's last change.
quint64 goldenCreated() { return goldenChanges().last().hlc; }

/// A change as expected.json lists it: the keys of the change map (§3.1), `h` as decimal text
/// (a 64-bit clock does not fit a JSON number exactly), the bases as `device:seq` text.
QJsonObject changeJson(const Change& c)
{
    QJsonObject fields;
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        fields.insert(it.key(), QJsonValue::fromVariant(it.value()));
    QJsonObject bases;
    for (auto it = c.bases.cbegin(); it != c.bases.cend(); ++it) {
        QJsonArray ids;
        for (const ChangeId& id : it.value())
            ids.append(id.toString());
        bases.insert(it.key(), ids);
    }
    return {{QStringLiteral("d"), c.id.device},
            {QStringLiteral("s"), c.id.seq},
            {QStringLiteral("h"), QString::number(c.hlc)},
            {QStringLiteral("a"), c.author},
            {QStringLiteral("e"), c.entity},
            {QStringLiteral("r"), c.recordId},
            {QStringLiteral("o"), c.householdId},
            {QStringLiteral("p"), Change::opName(c.op)},
            {QStringLiteral("f"), fields},
            {QStringLiteral("b"), bases}};
}

/// The header as expected.json lists it (`created` as decimal text, like `h`).
QJsonObject headerJson(const PackageHeader& h)
{
    QJsonArray ranges;
    for (const PackageHeader::Range& r : h.ranges)
        ranges.append(QJsonArray{r.origin, r.first, r.last});
    return {{QStringLiteral("sender"), h.sender},
            {QStringLiteral("recipient"), h.recipient},
            {QStringLiteral("created"), QString::number(h.created)},
            {QStringLiteral("changes"), h.changes},
            {QStringLiteral("ranges"), ranges}};
}

/// What the valid package holds, as its expected.json says it: the header and the three changes.
QJsonObject goldenExpected()
{
    PackageHeader header;
    header.sender = QStringLiteral("golden-laptop");
    header.recipient = QStringLiteral("371321");
    header.created = goldenCreated();
    header.changes = goldenChanges().size();
    header.ranges = {{QStringLiteral("golden-laptop"), 1, 3}};
    QJsonArray changes;
    for (const Change& c : goldenChanges())
        changes.append(changeJson(c));
    return {{QStringLiteral("outcome"), QStringLiteral("ok")},
            {QStringLiteral("header"), headerJson(header)},
            {QStringLiteral("changes"), changes}};
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
        PackageHeader header;
        const Status s = PackageReader::read(
            package.readAll(), {keys.value(QStringLiteral("county")).toString(), county},
            [&](const QString& id) -> std::optional<KnownDevice> {
                if (id != keys.value(QStringLiteral("device")).toString())
                    return std::nullopt;
                return KnownDevice{id, b64(keys, "deviceSigningPublic"), false};
            },
            PackageLimits{}, &header, &changes);
        const QString outcome = expected.value(QStringLiteral("outcome")).toString();
        if (outcome == QStringLiteral("ok")) {
            INFO((s.isOk() ? QString() : s.error().message).toStdString());
            REQUIRE(s.isOk());
            // What the file holds is what its expected.json lists, key by key and change by change.
            CHECK(headerJson(header) == expected.value(QStringLiteral("header")).toObject());
            const QJsonArray listed = expected.value(QStringLiteral("changes")).toArray();
            REQUIRE(listed.size() == header.changes);
            REQUIRE(changes.size() == listed.size());
            for (int i = 0; i < listed.size(); ++i) {
                INFO("change " << i + 1);
                const QJsonObject read = changeJson(changes[i]);
                const QJsonObject want = listed.at(i).toObject();
                CHECK(read.keys() == want.keys());
                for (const QString& key : want.keys()) {
                    INFO("key " << key.toStdString());
                    CHECK(read.value(key) == want.value(key));
                }
            }
            // And the listing is the generator's: the changes it wrote, no other.
            CHECK(expected == goldenExpected());
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
    const QByteArray good =
        PackageWriter::write(goldenChanges(), {QStringLiteral("golden-laptop"), device},
                             {QStringLiteral("371321"), county.publicKey}, goldenCreated());
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
         "of the status superseding the household's creation (with `_deleted` = 0, as every update). "
         "Reading it must give exactly the header and the three changes its expected.json lists."},
        {"truncated", good.left(good.size() - 100), "truncated",
         "The valid package with its last 100 bytes cut off (a copy interrupted on the USB stick). Refused "
         "as "
         "incomplete."},
        {"byte-flipped", flipped, "signature",
         "The valid package with one bit changed in the middle. Refused: the signature no longer matches."},
        {"forged-signature",
         PackageWriter::write(goldenChanges(), {QStringLiteral("golden-laptop"), stranger},
                              {QStringLiteral("371321"), county.publicKey}, goldenCreated()),
         "signature", "Claims to come from golden-laptop but is signed with another key. Refused."},
        {"unknown-device",
         PackageWriter::write(goldenChanges(), {QStringLiteral("stolen-laptop"), stranger},
                              {QStringLiteral("371321"), county.publicKey}, goldenCreated()),
         "unknown device", "From a device the county never enrolled. Refused before anything is decrypted."},
        {"wrong-county",
         PackageWriter::write(goldenChanges(), {QStringLiteral("golden-laptop"), device},
                              {QStringLiteral("371322"), county.publicKey}, goldenCreated()),
         "recipient", "Addressed to county 371322, not 371321. Refused."},
        {"not-a-package", QByteArray("PK\x03\x04 this is a zip file, not a package"), "magic",
         "Some other file with the .ffpkg name. Refused: wrong magic bytes."},
    };
    for (const Case& c : cases) {
        root.mkpath(QString::fromLatin1(c.name));
        write(QStringLiteral("%1/package.ffpkg").arg(QLatin1String(c.name)), c.bytes);
        // The valid package's expected.json lists what it holds; a refused one's only why.
        const QJsonObject expected =
            QByteArray(c.outcome) == "ok"
                ? goldenExpected()
                : QJsonObject{{QStringLiteral("outcome"), QString::fromLatin1(c.outcome)}};
        write(QStringLiteral("%1/expected.json").arg(QLatin1String(c.name)),
              QJsonDocument(expected).toJson());
        write(QStringLiteral("%1/README.md").arg(QLatin1String(c.name)), QByteArray(c.readme) + '\n');
    }
}
