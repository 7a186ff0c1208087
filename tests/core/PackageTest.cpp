// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync packages: the round trip, and hostile input refused with a specific message.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/crypto/KeyPair.h"
#include "core/crypto/Signature.h"
#include "core/demo/DemoGenerator.h"
#include "core/journal/JournalReader.h"
#include "core/sync/ChangeCbor.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/PackageReader.h"
#include "core/sync/PackageWriter.h"

#include <QLocale>
#include <QtEndian>

using namespace ff;
using crypto::KeyPair;

namespace {
struct Parties
{
    KeyPair laptop = KeyPair::generate(KeyPair::Kind::Signing);
    KeyPair county = KeyPair::generate(KeyPair::Kind::Box);
    bool revoked = false;

    QByteArray write(const QList<Change>& changes) const
    {
        return PackageWriter::write(changes, {QStringLiteral("laptop-1"), laptop},
                                    {QStringLiteral("county-yinan"), county.publicKey}, 42);
    }
    Status read(const QByteArray& bytes, QList<Change>* changes, const PackageLimits& limits = {}) const
    {
        PackageHeader header;
        return PackageReader::read(
            bytes, {QStringLiteral("county-yinan"), county},
            [this](const QString& id) -> std::optional<KnownDevice> {
                if (id != QStringLiteral("laptop-1"))
                    return std::nullopt;
                return KnownDevice{id, laptop.publicKey, revoked};
            },
            limits, &header, changes);
    }
};

QList<Change> demoChanges(int households)
{
    test::TempDatabase t;
    if (!DemoGenerator::generate(t.db(), {households, 77, households, QDate(2026, 6, 1)}))
        return {};
    return JournalReader(t.db()).since(0);
}

QString detail(const Status& s) { return s.isOk() ? QStringLiteral("ok") : s.error().detail; }
QString message(const Status& s) { return s.isOk() ? QStringLiteral("ok") : s.error().message; }

/// A package from laptop-1 whose (compressed) payload and header claims are the caller's,
/// correctly sealed and signed: what a faulty second implementation could send.
QByteArray sealed(const Parties& p, const QByteArray& compressed, qint64 changes)
{
    PackageHeader header;
    header.changes = changes;
    header.created = 1;
    header.ranges = {{QStringLiteral("laptop-1"), 1, 1}};
    return PackageWriter::seal(compressed, header, {QStringLiteral("laptop-1"), p.laptop},
                               {QStringLiteral("county-yinan"), p.county.publicKey});
}

/// `package` with `extra` bytes after its header's map, counted in its header length, and signed
/// again by the laptop: only the reader's rule about those bytes can refuse it.
QByteArray withBytesAfterHeader(const Parties& p, const QByteArray& package, const QByteArray& extra)
{
    const qint64 size = qFromLittleEndian<quint32>(package.constData() + 10);
    QByteArray out = package.left(14 + size) + extra +
                     package.mid(14 + size, package.size() - 14 - size - crypto::Signature::kSize);
    qToLittleEndian<quint32>(quint32(size + extra.size()), out.data() + 10);
    return out + crypto::Signature::sign(out, p.laptop.secretKey);
}
} // namespace

TEST_CASE("a package carries changes from a laptop to the county unchanged", "[package]")
{
    Parties p;
    const QList<Change> changes = demoChanges(40);
    REQUIRE(changes.size() > 100);
    const QByteArray bytes = p.write(changes);
    REQUIRE_FALSE(bytes.isEmpty());
    QList<Change> read;
    REQUIRE(detail(p.read(bytes, &read)) == QStringLiteral("ok"));
    REQUIRE(read.size() == changes.size());
    for (int i = 0; i < read.size(); ++i) {
        CHECK(read[i].id == changes[i].id);
        CHECK(read[i].hlc == changes[i].hlc);
        CHECK(read[i].fields == changes[i].fields);
        CHECK(read[i].bases == changes[i].bases);
        CHECK(read[i].author == changes[i].author);
    }
    // Importing the read changes gives the same records as the sender has.
    test::TempDatabase sender, county;
    REQUIRE(DemoGenerator::generate(sender.db(), {40, 77, 40, QDate(2026, 6, 1)}));
    REQUIRE(ChangeImporter::apply(county.db(), read));
    CHECK(test::TempDatabase::dumpRecords(county.db()) == test::TempDatabase::dumpRecords(sender.db()));

    // Nothing readable leaks into the file: a name from the payload is not in the bytes.
    CHECK_FALSE(bytes.contains(changes[1].fields.value(QStringLiteral("name")).toString().toUtf8()));
}

TEST_CASE("a package cut at any chunk boundary is refused as incomplete", "[package][hostile]")
{
    Parties p;
    const QList<Change> changes = demoChanges(1200); // several 64 KiB chunks
    const QByteArray bytes = p.write(changes);
    PackageHeader header;
    REQUIRE(PackageReader::readHeader(bytes, {}, &header));
    REQUIRE(header.chunks >= 3);
    // Every chunk boundary, and a cut inside the header, inside the key, and just before the signature.
    const qint64 headerSize = qFromLittleEndian<quint32>(bytes.constData() + 10);
    qint64 at = 14 + headerSize + 80 + 24;
    QList<qint64> cuts = {5, 14 + headerSize / 2, 14 + headerSize + 40, at};
    for (qint64 i = 0; i < header.chunks; ++i) {
        at += 4 + qFromLittleEndian<quint32>(bytes.constData() + at);
        cuts << at;
    }
    cuts << bytes.size() - 1;
    for (qint64 cut : cuts) {
        QList<Change> read;
        const Status s = p.read(bytes.left(cut), &read);
        INFO("cut at " << cut << " of " << bytes.size() << ": " << s.error().message.toStdString());
        CHECK_FALSE(s.isOk());
        CHECK(read.isEmpty());
        CHECK((s.error().detail == QStringLiteral("truncated") ||
               s.error().detail == QStringLiteral("truncated header") ||
               s.error().detail == QStringLiteral("magic")));
    }
}

TEST_CASE("every single flipped byte of a small package is caught", "[package][hostile]")
{
    Parties p;
    const QByteArray bytes = p.write(demoChanges(2));
    REQUIRE(bytes.size() < 4000);
    int refused = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray bad = bytes;
        bad[i] = char(bad[i] ^ 0x20);
        QList<Change> read;
        const Status s = p.read(bad, &read);
        if (!s.isOk() && read.isEmpty())
            ++refused;
        else
            INFO("byte " << i << " flipped was accepted");
    }
    CHECK(refused == bytes.size());
}

TEST_CASE("forged, unknown, revoked, misaddressed and oversize packages are refused", "[package][hostile]")
{
    Parties p;
    const QList<Change> changes = demoChanges(3);
    const QByteArray good = p.write(changes);
    QList<Change> read;

    // Signed with another key, claiming to be laptop-1.
    const QByteArray forged =
        PackageWriter::write(changes, {QStringLiteral("laptop-1"), KeyPair::generate(KeyPair::Kind::Signing)},
                             {QStringLiteral("county-yinan"), p.county.publicKey}, 42);
    CHECK(detail(p.read(forged, &read)) == QStringLiteral("signature"));
    CHECK(p.read(forged, &read).error().message.contains(QStringLiteral("laptop-1")));

    const QByteArray stranger =
        PackageWriter::write(changes, {QStringLiteral("laptop-9"), p.laptop},
                             {QStringLiteral("county-yinan"), p.county.publicKey}, 42);
    CHECK(detail(p.read(stranger, &read)) == QStringLiteral("unknown device"));

    Parties revoked = p;
    revoked.revoked = true;
    CHECK(detail(revoked.read(good, &read)) == QStringLiteral("revoked"));

    const QByteArray elsewhere =
        PackageWriter::write(changes, {QStringLiteral("laptop-1"), p.laptop},
                             {QStringLiteral("county-other"), p.county.publicKey}, 42);
    CHECK(detail(p.read(elsewhere, &read)) == QStringLiteral("recipient"));

    // Addressed right but sealed to another county's key.
    const QByteArray wrongKey = PackageWriter::write(
        changes, {QStringLiteral("laptop-1"), p.laptop},
        {QStringLiteral("county-yinan"), KeyPair::generate(KeyPair::Kind::Box).publicKey}, 42);
    CHECK(detail(p.read(wrongKey, &read)) == QStringLiteral("sealed key"));

    PackageLimits small;
    small.maxFileBytes = good.size() - 1;
    CHECK(detail(p.read(good, &read, small)) == QStringLiteral("oversize"));
    small = {};
    small.maxChanges = changes.size() - 1;
    CHECK(detail(p.read(good, &read, small)) == QStringLiteral("limits"));

    CHECK(detail(p.read(QByteArray("PK\x03\x04 a zip file"), &read)) == QStringLiteral("magic"));
    CHECK(detail(p.read(good + QByteArray("x"), &read)) == QStringLiteral("trailing"));
    CHECK(read.isEmpty());

    // And the good one still reads.
    CHECK(detail(p.read(good, &read)) == QStringLiteral("ok"));
    CHECK(read.size() == changes.size());
}

TEST_CASE("importing the same package twice changes nothing the second time", "[package]")
{
    Parties p;
    const QByteArray bytes = p.write(demoChanges(10));
    QList<Change> read;
    REQUIRE(p.read(bytes, &read));
    test::TempDatabase county;
    ChangeImporter::Report report;
    REQUIRE(ChangeImporter::apply(county.db(), read, &report));
    CHECK(report.applied == read.size());
    const QString once =
        test::TempDatabase::dumpTables(county.db()) + test::TempDatabase::dumpJournal(county.db());
    REQUIRE(ChangeImporter::apply(county.db(), read, &report));
    CHECK(report.applied == 0);
    CHECK(report.alreadyHere == read.size());
    CHECK(test::TempDatabase::dumpTables(county.db()) + test::TempDatabase::dumpJournal(county.db()) == once);
}

TEST_CASE("bytes after the header's map, within its length, refuse the package", "[package][hostile]")
{
    Parties p;
    const QByteArray good = p.write(demoChanges(2));
    QList<Change> read;
    // Signed again with nothing added, the package still reads: the signing here is sound.
    CHECK(detail(p.read(withBytesAfterHeader(p, good, {}), &read)) == QStringLiteral("ok"));
    CHECK_FALSE(read.isEmpty());
    // A byte of padding, a second map, a null: each refused as a damaged header, before any key.
    for (const QByteArray& extra :
         {QByteArray(1, '\0'), QByteArray("\xa0", 1), QByteArray("\xf6", 1), QByteArray(100, '\0')}) {
        INFO(extra.size() << " bytes: " << extra.left(4).toHex().toStdString());
        read.clear();
        const Status s = p.read(withBytesAfterHeader(p, good, extra), &read);
        CHECK(detail(s) == QStringLiteral("header"));
        CHECK(message(s) == QStringLiteral("The package is damaged: its header cannot be read."));
        CHECK(read.isEmpty());
    }
    // The header's own reader, on its bytes alone.
    PackageHeader header;
    REQUIRE(PackageReader::readHeader(good, {}, &header));
    PackageHeader back;
    CHECK(PackageHeader::fromCbor(header.toCbor(), &back));
    CHECK(back.sender == QStringLiteral("laptop-1"));
    CHECK_FALSE(PackageHeader::fromCbor(header.toCbor() + QByteArray(1, '\0'), &back));
    CHECK_FALSE(PackageHeader::fromCbor(header.toCbor().chopped(1), &back));
}

TEST_CASE("the payload's length prefix must be its inflated length exactly", "[package][hostile]")
{
    Parties p;
    const QList<Change> changes = demoChanges(2);
    const QByteArray cbor = ChangeCbor::encode(changes);
    const QByteArray compressed = qCompress(cbor, 6);
    QList<Change> read;
    REQUIRE(detail(p.read(sealed(p, compressed, changes.size()), &read)) == QStringLiteral("ok"));
    CHECK(read.size() == changes.size());
    // Stated 10 bytes too large, 1 too large, 1 too small, 10 too small: refused, and said so.
    for (const qint64 wrong : {qint64(10), qint64(1), qint64(-1), qint64(-10)}) {
        INFO("stated " << wrong << " bytes off");
        QByteArray bad = compressed;
        qToBigEndian<quint32>(quint32(cbor.size() + wrong), bad.data());
        read.clear();
        const Status s = p.read(sealed(p, bad, changes.size()), &read);
        CHECK(detail(s) == QStringLiteral("payload: not compressed data of the size it states"));
        CHECK(
            message(s) ==
            QStringLiteral("The package is damaged: its contents do not decompress to exactly the size they "
                           "state."));
        CHECK(read.isEmpty());
    }
}

TEST_CASE("a damaged payload is refused with a sentence that says what is wrong", "[package][hostile]")
{
    Parties p;
    const QList<Change> changes = demoChanges(2);
    REQUIRE(changes.size() >= 3);
    const QByteArray cbor = ChangeCbor::encode(changes);
    QList<Change> read;

    // The header says one change more than the payload holds.
    Status s = p.read(sealed(p, qCompress(cbor, 6), changes.size() + 1), &read);
    CHECK(detail(s) == QStringLiteral("payload: %1 changes, the header says %2")
                           .arg(changes.size())
                           .arg(changes.size() + 1));
    CHECK(message(s) ==
          QStringLiteral("The package is damaged: it holds %1 change(s), but its header says %2.")
              .arg(changes.size())
              .arg(changes.size() + 1));

    // The second change's sequence number is text: a type error, named with its change.
    const QByteArray first = ChangeCbor::encode({changes[0]}).mid(1); // the change's map, without its array
    QByteArray second = ChangeCbor::encode({changes[1]}).mid(1);
    REQUIRE(changes[1].id.seq < 24);
    const QByteArray seq =
        QByteArray("\x61s", 2) + QByteArray(1, char(changes[1].id.seq)); // "s" and its value
    REQUIRE(second.count(seq) == 1);
    second.replace(seq, QByteArray("\x61s\x61"
                                   "1",
                                   4));
    const QByteArray typed = QByteArray("\x82", 1) + first + second;
    s = p.read(sealed(p, qCompress(typed, 6), 2), &read);
    CHECK(detail(s) == QStringLiteral("payload: change 2: s (sequence) is not an integer"));
    CHECK(message(s) == QStringLiteral("The package is damaged: change 2 in it cannot be read."));

    // Not a list of changes at all, and bytes after the list.
    s = p.read(sealed(p, qCompress(QByteArray("\xa0", 1), 6), 0), &read);
    CHECK(detail(s) == QStringLiteral("payload: the payload is not a CBOR array"));
    CHECK(message(s) == QStringLiteral("The package is damaged: its list of changes cannot be read."));
    s = p.read(sealed(p, qCompress(cbor + QByteArray(1, '\0'), 6), changes.size()), &read);
    CHECK(detail(s) == QStringLiteral("payload: bytes after the array of changes"));
    CHECK(message(s) == QStringLiteral("The package is damaged: its list of changes cannot be read."));

    // More changes than this reader takes.
    PackageLimits small;
    small.maxChanges = changes.size();
    s = p.read(sealed(p, qCompress(ChangeCbor::encode(changes + changes.mid(0, 1)), 6), changes.size()),
               &read, small);
    CHECK(message(s) == QStringLiteral("The package is damaged: it holds more than %1 changes, more than a "
                                       "package may hold.")
                            .arg(QLocale().toString(qint64(changes.size()))));
    CHECK(read.isEmpty());
}
