// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming payload reader (sync/PayloadReader): what it passes through to the journal is
// byte for byte what ChangeCodec writes, other well-formed encodings are stored canonically, and
// anything malformed refuses the whole payload with a reason and no changes.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/demo/DemoGenerator.h"
#include "core/journal/ChangeCodec.h"
#include "core/journal/JournalReader.h"
#include "core/sync/ChangeCbor.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/PayloadReader.h"

#include <QCborStreamWriter>
#include <QSqlQuery>
#include <QSqlRecord>

#include <limits>

#include <catch2/catch.hpp>

using namespace ff;

namespace {
Change sampleChange(qint64 seq)
{
    Change c;
    c.id = {QStringLiteral("laptop-07"), seq};
    c.hlc = (quint64(1'780'000'000'000) << 16) + quint64(seq);
    c.author = QStringLiteral("王芳");
    c.entity = QStringLiteral("household");
    c.recordId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    c.householdId = c.recordId;
    c.op = seq == 1 ? Change::Op::Create : Change::Op::Update;
    c.fields = {{QStringLiteral("village"), QStringLiteral("东山村")},
                {QStringLiteral("annual_income"), 8400.5},
                {QStringLiteral("relocated"), qint64(1)},
                {QStringLiteral("phone"), QVariant()},
                {QStringLiteral("notes"), QString(300, QLatin1Char('x'))},
                {QStringLiteral("household_no"), QStringLiteral("371321105-000001")},
                {QStringLiteral("caseworker"), qint64(-70000)},
                {QStringLiteral("station"), qint64(1) << 40}};
    if (seq > 1)
        c.bases = {
            {QStringLiteral("village"), {{QStringLiteral("laptop-07"), seq - 1}, {QStringLiteral("x"), 300}}},
            {QStringLiteral("phone"), {{QStringLiteral("county"), 12}}}};
    return c;
}

bool readPayload(const QByteArray& cbor, QList<EncodedChange>* changes, QString* error = nullptr,
                 qsizetype max = 100)
{
    PayloadReader reader(cbor);
    const bool ok = reader.read(max, changes);
    if (error)
        *error = reader.error();
    return ok;
}

/// A one-change payload whose change map is written by `body` (which writes its key/value pairs).
template <typename Body>
QByteArray payload(int pairs, Body body)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(1);
    w.startMap(pairs);
    body(w);
    w.endMap();
    w.endArray();
    return out;
}

/// Writes the keys d s h a e r o p of a valid change (8 pairs); f and b are up to the caller.
void identity(QCborStreamWriter& w)
{
    w.append(QLatin1StringView("d"));
    w.append(QLatin1StringView("laptop-07"));
    w.append(QLatin1StringView("s"));
    w.append(qint64(1));
    w.append(QLatin1StringView("h"));
    w.append(qint64(1) << 40);
    w.append(QLatin1StringView("a"));
    w.append(QLatin1StringView("wang"));
    w.append(QLatin1StringView("e"));
    w.append(QLatin1StringView("household"));
    w.append(QLatin1StringView("r"));
    w.append(QLatin1StringView("h-1"));
    w.append(QLatin1StringView("o"));
    w.append(QLatin1StringView("h-1"));
    w.append(QLatin1StringView("p"));
    w.append(QLatin1StringView("create"));
}

void emptyBases(QCborStreamWriter& w)
{
    w.append(QLatin1StringView("b"));
    w.startMap(0);
    w.endMap();
}
} // namespace

TEST_CASE("a payload's fields and bases reach the journal as the bytes ChangeCodec writes", "[payload]")
{
    const QList<Change> changes = {sampleChange(1), sampleChange(2), sampleChange(3)};
    QList<EncodedChange> read;
    QString error;
    REQUIRE(readPayload(ChangeCbor::encode(changes), &read, &error));
    CHECK(error.isEmpty());
    REQUIRE(read.size() == changes.size());
    for (int i = 0; i < changes.size(); ++i) {
        const Change& c = changes[i];
        const EncodedChange& e = read[i];
        CHECK(e.fields == ChangeCodec::fieldsToBytes(c.fields));
        CHECK(e.bases == ChangeCodec::basesToBytes(c.bases));
        CHECK(e.device == c.id.device.toUtf8());
        CHECK(e.author == c.author.toUtf8());
        CHECK(e.recordId == c.recordId.toUtf8());
        CHECK_FALSE(e.basesOutsideFields);
        QStringList names;
        for (const EncodedChange::Edit& edit : e.edits) {
            names.append(edit.field);
            CHECK(edit.bases == c.bases.value(edit.field));
        }
        CHECK(names == c.fields.keys());
        const Change back = e.toChange();
        CHECK(back.id == c.id);
        CHECK(back.hlc == c.hlc);
        CHECK(back.op == c.op);
        CHECK(back.author == c.author);
        CHECK(back.fields == c.fields);
        CHECK(back.bases == c.bases);
    }
}

TEST_CASE("other well-formed encodings of a change are accepted and stored canonically", "[payload]")
{
    // Fields out of order, in an indefinite-length map, with a 32-bit float; an indefinite-length
    // array of bases: the same values as the canonical change below.
    const QByteArray odd = payload(10, [](QCborStreamWriter& w) {
        identity(w);
        w.append(QLatin1StringView("f"));
        w.startMap();
        w.append(QLatin1StringView("village"));
        w.append(QStringLiteral("东山村"));
        w.append(QLatin1StringView("annual_income"));
        w.append(0.5f);
        w.endMap();
        w.append(QLatin1StringView("b"));
        w.startMap(1);
        w.append(QLatin1StringView("village"));
        w.startArray();
        w.append(QLatin1StringView("laptop-07:7"));
        w.endArray();
        w.endMap();
    });
    QList<EncodedChange> read;
    REQUIRE(readPayload(odd, &read));
    REQUIRE(read.size() == 1);
    const QVariantMap fields{{QStringLiteral("village"), QStringLiteral("东山村")},
                             {QStringLiteral("annual_income"), 0.5}};
    const QMap<QString, QList<ChangeId>> bases{
        {QStringLiteral("village"), {{QStringLiteral("laptop-07"), 7}}}};
    CHECK(read[0].fields == ChangeCodec::fieldsToBytes(fields));
    CHECK(read[0].bases == ChangeCodec::basesToBytes(bases));
    REQUIRE(read[0].edits.size() == 2);
    CHECK(read[0].edits[0].field == QStringLiteral("annual_income"));
    CHECK(read[0].edits[1].field == QStringLiteral("village"));
    CHECK(read[0].edits[1].bases == bases.value(QStringLiteral("village")));

    // Bases for a field the change does not set are read, and marked, so import parks the change.
    const QByteArray stray = payload(10, [](QCborStreamWriter& w) {
        identity(w);
        w.append(QLatin1StringView("f"));
        w.startMap(0);
        w.endMap();
        w.append(QLatin1StringView("b"));
        w.startMap(1);
        w.append(QLatin1StringView("phone"));
        w.startArray(1);
        w.append(QLatin1StringView("county:3"));
        w.endArray();
        w.endMap();
    });
    REQUIRE(readPayload(stray, &read));
    CHECK(read[0].basesOutsideFields);
}

TEST_CASE("a malformed payload is refused whole, with a reason, and nothing is read", "[payload][hostile]")
{
    const QByteArray good = ChangeCbor::encode({sampleChange(1), sampleChange(2)});
    const auto withFields = [](auto writeFields) {
        return payload(10, [&](QCborStreamWriter& w) {
            identity(w);
            w.append(QLatin1StringView("f"));
            writeFields(w);
            emptyBases(w);
        });
    };
    struct Case
    {
        const char* name;
        QByteArray bytes;
        const char* reason; // part of the error
    };
    QByteArray badUtf8 = withFields([](QCborStreamWriter& w) {
        w.startMap(1);
        w.append(QLatin1StringView("village"));
        w.append(QLatin1StringView("ab"));
        w.endMap();
    });
    badUtf8.replace(QByteArray("\x62"
                               "ab",
                               3),
                    QByteArray("\x62"
                               "a\xff",
                               3));
    QByteArray hugeText = withFields([](QCborStreamWriter& w) {
        w.startMap(1);
        w.append(QLatin1StringView("village"));
        w.append(QLatin1StringView("ab"));
        w.endMap();
    });
    // A text string that claims 2^31 bytes.
    hugeText.replace(QByteArray("\x62"
                                "ab",
                                3),
                     QByteArray("\x7a\x80\x00\x00\x00"
                                "ab",
                                7));
    const QList<Case> cases = {
        {"empty", QByteArray(), "not a CBOR array"},
        {"not an array", QByteArray("\xa0", 1), "not a CBOR array"},
        {"truncated", good.left(good.size() - 7), "change 2"},
        {"bytes after the array", good + QByteArray("\x00", 1), "bytes after"},
        {"a change that is not a map", payload(0, [](QCborStreamWriter&) {}).replace('\xa0', '\x80'),
         "not a CBOR map"},
        {"a missing clock",
         payload(9,
                 [](QCborStreamWriter& w) {
                     identity(w);
                     w.append(QLatin1StringView("f"));
                     w.startMap(0);
                     w.endMap();
                 }),
         "keys missing: b"},
        {"a sequence as text",
         payload(10,
                 [](QCborStreamWriter& w) {
                     w.append(QLatin1StringView("s"));
                     w.append(QLatin1StringView("1"));
                     identity(w);
                     w.append(QLatin1StringView("f"));
                     w.startMap(0);
                     w.endMap();
                 }),
         "s (sequence) is not an integer"},
        {"a key twice",
         payload(11,
                 [](QCborStreamWriter& w) {
                     identity(w);
                     w.append(QLatin1StringView("p"));
                     w.append(QLatin1StringView("update"));
                     w.append(QLatin1StringView("f"));
                     w.startMap(0);
                     w.endMap();
                     emptyBases(w);
                 }),
         "the key p twice"},
        {"an unknown operation",
         payload(10,
                 [](QCborStreamWriter& w) {
                     identity(w);
                     w.append(QLatin1StringView("f"));
                     w.startMap(0);
                     w.endMap();
                     emptyBases(w);
                 })
             .replace(QByteArray("create"), QByteArray("modify")),
         "p (operation)"},
        {"a boolean value", withFields([](QCborStreamWriter& w) {
             w.startMap(1);
             w.append(QLatin1StringView("relocated"));
             w.append(true);
             w.endMap();
         }),
         "field relocated"},
        {"a tagged value", withFields([](QCborStreamWriter& w) {
             w.startMap(1);
             w.append(QLatin1StringView("last_visit"));
             w.append(QCborKnownTags::DateTimeString);
             w.append(QLatin1StringView("2026-01-01T00:00:00Z"));
             w.endMap();
         }),
         "field last_visit"},
        {"a nested map value", withFields([](QCborStreamWriter& w) {
             w.startMap(1);
             w.append(QLatin1StringView("notes"));
             w.startMap(0);
             w.endMap();
             w.endMap();
         }),
         "field notes"},
        {"invalid UTF-8", badUtf8, "field village"},
        {"a text longer than the payload", hugeText, "field village"},
        {"a base that is no change id",
         payload(10,
                 [](QCborStreamWriter& w) {
                     identity(w);
                     w.append(QLatin1StringView("f"));
                     w.startMap(0);
                     w.endMap();
                     w.append(QLatin1StringView("b"));
                     w.startMap(1);
                     w.append(QLatin1StringView("village"));
                     w.startArray(1);
                     w.append(QLatin1StringView("no-sequence"));
                     w.endArray();
                     w.endMap();
                 }),
         "not a change id"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        QList<EncodedChange> read = {EncodedChange{}};
        QString error;
        CHECK_FALSE(readPayload(c.bytes, &read, &error));
        CHECK(error.contains(QLatin1String(c.reason)));
        CHECK(read.size() == 1); // untouched
    }
    // More changes than allowed.
    QList<EncodedChange> read;
    QString error;
    CHECK_FALSE(readPayload(good, &read, &error, 1));
    CHECK(error.contains(QStringLiteral("more than 1 changes")));
    CHECK(read.isEmpty());
}

TEST_CASE("a base is a change id exactly as the protocol defines it, or the payload is refused",
          "[payload][hostile]")
{
    // docs/sync-protocol.md §2: the device (everything before the last ':', not empty), ':', and a
    // positive decimal without sign, spaces or leading zero that fits 64 bits. One definition
    // (ChangeId) for the payload, the journal's bytes and any other reader.
    const auto basePayload = [](const QString& base, bool definiteArray) {
        return payload(10, [&](QCborStreamWriter& w) {
            identity(w);
            w.append(QLatin1StringView("f"));
            w.startMap(1);
            w.append(QLatin1StringView("village"));
            w.append(QLatin1StringView("x"));
            w.endMap();
            w.append(QLatin1StringView("b"));
            w.startMap(1);
            w.append(QLatin1StringView("village"));
            // An indefinite-length array is not canonical: the change is read the other way
            // (ChangeCodec::readBases), which must follow the same definition.
            definiteArray ? w.startArray(1) : w.startArray();
            w.append(base);
            w.endArray();
            w.endMap();
        });
    };
    const QList<QPair<QString, ChangeId>> ids = {
        {QStringLiteral("dev:19"), {QStringLiteral("dev"), 19}},
        {QStringLiteral("dev:1"), {QStringLiteral("dev"), 1}},
        {QStringLiteral("a:b:7"), {QStringLiteral("a:b"), 7}},
        {QStringLiteral("王芳的电脑:3"), {QStringLiteral("王芳的电脑"), 3}},
        {QStringLiteral("d:9223372036854775807"), {QStringLiteral("d"), std::numeric_limits<qint64>::max()}},
    };
    for (const auto& [text, id] : ids) {
        INFO(text.toStdString());
        CHECK(ChangeId::fromString(text) == id);
        CHECK(id.toString() == text);
        for (bool definite : {true, false}) {
            QList<EncodedChange> read;
            QString error;
            REQUIRE(readPayload(basePayload(text, definite), &read, &error));
            REQUIRE(read.size() == 1);
            REQUIRE(read[0].edits.size() == 1);
            CHECK(read[0].edits[0].bases == QList<ChangeId>{id});
            CHECK(read[0].bases == ChangeCodec::basesToBytes({{QStringLiteral("village"), {id}}}));
        }
    }
    const QStringList notIds = {QStringLiteral("dev:0"),
                                QStringLiteral("dev:019"),
                                QStringLiteral("dev:00"),
                                QStringLiteral("dev:+19"),
                                QStringLiteral("dev:-19"),
                                QStringLiteral("dev: 19"),
                                QStringLiteral("dev:19 "),
                                QStringLiteral("dev:"),
                                QStringLiteral(":19"),
                                QStringLiteral("dev19"),
                                QStringLiteral("dev:1e3"),
                                QStringLiteral("dev:１９"),
                                QStringLiteral("dev:0x13"),
                                QStringLiteral("d:9223372036854775808"),
                                QStringLiteral("d:99999999999999999999"),
                                QString()};
    for (const QString& text : notIds) {
        INFO("“" << text.toStdString() << "”");
        CHECK(ChangeId::fromString(text).isNull());
        for (bool definite : {true, false}) {
            QList<EncodedChange> read = {EncodedChange{}};
            QString error;
            CHECK_FALSE(readPayload(basePayload(text, definite), &read, &error));
            CHECK(error.contains(QStringLiteral("not a change id")));
            CHECK(read.size() == 1); // untouched
        }
    }
}

/// Every row of a table, blobs as hex, in a fixed order.
static QString rows(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    QString out;
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            out += (v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                        : v.toString()) +
                   QLatin1Char('|');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

TEST_CASE("importing a caseload from its payload stores what importing the decoded changes stores",
          "[payload][import]")
{
    test::TempDatabase laptop;
    REQUIRE(DemoGenerator::generate(laptop.db(), {60, 7, 1000}));
    QList<Change> changes = JournalReader(laptop.db()).since(0);
    REQUIRE(changes.size() > 100);
    // Later edits from two other devices of the same households' villages: each supersedes the
    // creation, so the two open conflicts.
    QList<Change> edits;
    for (const Change& c : std::as_const(changes)) {
        if (c.entity != QStringLiteral("household") || !c.fields.contains(QStringLiteral("village")) ||
            edits.size() >= 20)
            continue;
        for (const QString& device : {QStringLiteral("laptop-b"), QStringLiteral("laptop-c")}) {
            Change e = c;
            e.id = {device, qint64(edits.size() + 1)};
            e.hlc = c.hlc + 1000;
            e.op = Change::Op::Update;
            e.fields = {{QStringLiteral("village"), device}};
            e.bases = {{QStringLiteral("village"), {c.id}}};
            edits.append(e);
        }
    }
    REQUIRE(edits.size() == 20);
    changes += edits;

    QList<EncodedChange> fromPayload;
    REQUIRE(readPayload(ChangeCbor::encode(changes), &fromPayload, nullptr, changes.size()));
    for (const bool recordRows : {false, true}) {
        INFO("record rows: " << recordRows);
        test::TempDatabase streamed, decoded;
        ChangeImporter::Report a, b;
        REQUIRE(ChangeImporter::apply(streamed.db(), fromPayload, {.recordRows = recordRows}, &a));
        REQUIRE(ChangeImporter::apply(decoded.db(), changes, {.recordRows = recordRows}, &b));
        CHECK(a.applied == changes.size());
        CHECK(b.applied == changes.size());
        CHECK(a.conflictsOpened == 10);
        CHECK(b.conflictsOpened == 10);
        for (const QString& sql :
             {QStringLiteral("SELECT * FROM journal ORDER BY seq"),
              QStringLiteral("SELECT * FROM record_heads ORDER BY entity, record_id"),
              QStringLiteral("SELECT * FROM conflict ORDER BY entity, record_id, field")})
            CHECK(rows(streamed.db(), sql) == rows(decoded.db(), sql));
        CHECK(test::TempDatabase::dumpTables(streamed.db()) == test::TempDatabase::dumpTables(decoded.db()));
        // The stored bytes are the ones the laptop stored.
        const QString sql = QStringLiteral("SELECT device, device_seq, fields, bases FROM journal"
                                           " WHERE device = '%1' ORDER BY device_seq")
                                .arg(changes.first().id.device);
        CHECK(rows(streamed.db(), sql) == rows(laptop.db(), sql));
        // Importing it again finds every change already here.
        REQUIRE(ChangeImporter::apply(streamed.db(), fromPayload, {.recordRows = recordRows}, &a));
        CHECK(a.alreadyHere == changes.size());
    }
}
