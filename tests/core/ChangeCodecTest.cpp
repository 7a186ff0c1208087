// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"

#include "core/journal/ChangeCodec.h"
#include "core/journal/HeadsDecoder.h"
#include "core/journal/HeadsEncoder.h"
#include "core/util/StringInterner.h"

#include <algorithm>

#include <catch2/catch.hpp>

using namespace ff;

TEST_CASE("Journal fields, bases and heads round-trip through their stored bytes", "[journal][codec]")
{
    const QVariantMap fields{{QStringLiteral("name"), QStringLiteral("张伟")},
                             {QStringLiteral("disability_grade"), qint64(2)},
                             {QStringLiteral("annual_income"), 8400.5},
                             {QStringLiteral("relocated"), true},
                             {QStringLiteral("phone"), QVariant()}};
    const QVariantMap back = ChangeCodec::fieldsFromBytes(ChangeCodec::fieldsToBytes(fields));
    CHECK(back.value(QStringLiteral("name")) == QVariant(QStringLiteral("张伟")));
    CHECK(back.value(QStringLiteral("disability_grade")) == QVariant(qint64(2)));
    CHECK(back.value(QStringLiteral("annual_income")) == QVariant(8400.5));
    // Booleans are stored as 0/1, as in packages.
    CHECK(back.value(QStringLiteral("relocated")) == QVariant(qint64(1)));
    CHECK(back.contains(QStringLiteral("phone")));
    CHECK(!back.value(QStringLiteral("phone")).isValid());

    const QMap<QString, QList<ChangeId>> bases{
        {QStringLiteral("name"), {{QStringLiteral("dev-a"), 3}, {QStringLiteral("dev-b"), 9}}}};
    CHECK(ChangeCodec::basesFromBytes(ChangeCodec::basesToBytes(bases)) == bases);

    const ChangeId a{QStringLiteral("dev-a"), 3}, b{QStringLiteral("dev-b"), 9};
    const quint64 bigHlc = (quint64(1) << 62) + 7; // beyond a double's exact range
    RecordHeads heads{{QStringLiteral("name"), {{a, 10}, {b, bigHlc}}}, {QStringLiteral("phone"), {{a, 10}}}};
    const RecordHeads headsBack = ChangeCodec::headsFromBytes(ChangeCodec::headsToBytes(heads));
    REQUIRE(headsBack.size() == 2);
    REQUIRE(headsBack.value(QStringLiteral("name")).size() == 2);
    CHECK(headsBack.value(QStringLiteral("name")).at(1).change == b);
    CHECK(headsBack.value(QStringLiteral("name")).at(1).hlc == bigHlc);
    CHECK(headsBack.value(QStringLiteral("phone")).at(0).change == a);
}

TEST_CASE("Journal rows written as JSON before schema 6 are still read", "[journal][codec]")
{
    const QVariantMap fields =
        ChangeCodec::fieldsFromBytes(R"({"annual_income":8400,"name":"张伟","phone":null})");
    CHECK(fields.value(QStringLiteral("annual_income")) == QVariant(qint64(8400)));
    CHECK(fields.value(QStringLiteral("name")) == QVariant(QStringLiteral("张伟")));
    CHECK(fields.contains(QStringLiteral("phone")));

    const auto bases = ChangeCodec::basesFromBytes(R"({"name":["dev-a:3"]})");
    CHECK(bases.value(QStringLiteral("name")) == QList<ChangeId>{{QStringLiteral("dev-a"), 3}});

    const RecordHeads heads =
        ChangeCodec::headsFromBytes(R"({"c":["dev-a:3@17","dev-b:9@18"],"f":{"name":[0,1],"phone":[1]}})");
    REQUIRE(heads.value(QStringLiteral("name")).size() == 2);
    CHECK(heads.value(QStringLiteral("name")).at(0).hlc == 17);
    CHECK(heads.value(QStringLiteral("phone")).at(0).change == ChangeId{QStringLiteral("dev-b"), 9});
}

TEST_CASE("HeadsEncoder writes exactly what headsToBytes writes, for new records and for any heads",
          "[journal][codec]")
{
    HeadsEncoder encoder;
    const QStringList names = {QStringLiteral("address"),  QStringLiteral("annual_income"),
                               QStringLiteral("phone"),    QStringLiteral("status"),
                               QStringLiteral("village"),  QStringLiteral("名字"),
                               QStringLiteral("_deleted"), QStringLiteral("notes")};
    // 40 field sets (more than the encoder keeps), met twice each in an interleaved order.
    for (int round = 0; round < 2; ++round) {
        for (int shape = 1; shape <= 40; ++shape) {
            QList<EncodedChange::Edit> edits;
            RecordHeads heads;
            const FieldHead head{{QStringLiteral("laptop-%1").arg(shape), qint64(shape) * 1000 + round},
                                 (quint64(1) << 50) + quint64(shape)};
            for (int i = 0; i < names.size(); ++i) {
                if (shape & (1 << (i % 6)) || i == shape % names.size()) {
                    edits.append({names[i], {}});
                    heads.insert(names[i], {head});
                }
            }
            std::sort(
                edits.begin(), edits.end(),
                [](const EncodedChange::Edit& a, const EncodedChange::Edit& b) { return a.field < b.field; });
            INFO("shape " << shape << " round " << round);
            CHECK(encoder.encodeSole(head, edits).toByteArray() == ChangeCodec::headsToBytes(heads));
            // Heads with several changes, between two first changes.
            heads.insert(QStringLiteral("status"), {head, {{QStringLiteral("county"), 3}, 7}});
            CHECK(encoder.encode(heads).toByteArray() == ChangeCodec::headsToBytes(heads));
        }
    }
    CHECK(encoder.encodeSole({{QStringLiteral("a"), 1}, 1}, {}).toByteArray() ==
          ChangeCodec::headsToBytes({}));
}

namespace {
bool sameHeads(const RecordHeads& a, const RecordHeads& b)
{
    if (a.keys() != b.keys())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QList<FieldHead>& other = b.value(it.key());
        if (other.size() != it->size())
            return false;
        for (qsizetype i = 0; i < other.size(); ++i) {
            if (other[i].change != it->at(i).change || other[i].hlc != it->at(i).hlc)
                return false;
        }
    }
    return true;
}
} // namespace

TEST_CASE("HeadsDecoder reads what the encoders write as headsFromBytes does, and anything else through it",
          "[journal][codec]")
{
    HeadsDecoder decoder;
    HeadsEncoder encoder;
    const ChangeId a{QStringLiteral("dev-a"), 3}, b{QStringLiteral("设备-b"), 9}, c{QStringLiteral("c"), 1};
    const quint64 bigHlc = (quint64(1) << 62) + 7;
    const QList<RecordHeads> cases = {
        {},
        {{QStringLiteral("name"), {{a, 10}}}},
        {{QStringLiteral("name"), {{a, 10}, {b, bigHlc}}}, {QStringLiteral("phone"), {{a, 10}}}},
        {{QStringLiteral("名字"), {{c, 1}, {b, 2}, {a, 3}}},
         {QStringLiteral("_deleted"), {{c, 1}}},
         {QStringLiteral("status"), {}}},
    };
    for (const RecordHeads& heads : cases) {
        const QByteArray bytes = ChangeCodec::headsToBytes(heads);
        CHECK(sameHeads(decoder.decode(bytes), ChangeCodec::headsFromBytes(bytes)));
        CHECK(sameHeads(decoder.decode(bytes), heads));
        CHECK(sameHeads(decoder.decode(encoder.encode(heads).toByteArray()), heads));
    }
    // A first change's heads, as the import's fast path writes them.
    const QList<EncodedChange::Edit> edits = {{QStringLiteral("address"), {}}, {QStringLiteral("phone"), {}}};
    const RecordHeads sole = decoder.decode(encoder.encodeSole({a, 10}, edits).toByteArray());
    CHECK(sameHeads(sole, {{QStringLiteral("address"), {{a, 10}}}, {QStringLiteral("phone"), {{a, 10}}}}));

    // Rows from before schema 6 are JSON; the decoder hands them to headsFromBytes.
    const QByteArray json = R"({"c":["dev-a:3@17","dev-b:9@18"],"f":{"name":[0,1],"phone":[1]}})";
    CHECK(sameHeads(decoder.decode(json), ChangeCodec::headsFromBytes(json)));
    CHECK(decoder.decode(json).value(QStringLiteral("name")).size() == 2);

    // Damaged bytes or an index past the changes: never a crash, never a head that was not there.
    QByteArray bytes = ChangeCodec::headsToBytes(cases[2]);
    for (qsizetype cut = 0; cut < bytes.size(); ++cut)
        CHECK(sameHeads(decoder.decode(bytes.left(cut)), ChangeCodec::headsFromBytes(bytes.left(cut))));
    QByteArray badIndex = ChangeCodec::headsToBytes({{QStringLiteral("x"), {{a, 1}}}});
    badIndex[badIndex.size() - 1] = 5; // [0] → [5]: there is one change
    CHECK(sameHeads(decoder.decode(badIndex), ChangeCodec::headsFromBytes(badIndex)));
}

TEST_CASE("StringInterner gives the same text back for the same bytes, also when slots collide",
          "[journal][codec]")
{
    StringInterner interner;
    CHECK(interner.intern("name") == QStringLiteral("name"));
    CHECK(interner.intern("名字") == QStringLiteral("名字"));
    CHECK(interner.intern(QByteArrayView()) == QString());
    // Far more texts than slots: each still comes back as itself.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 5000; ++i) {
            const QByteArray text = "field_" + QByteArray::number(i);
            REQUIRE(interner.intern(text) == QString::fromLatin1(text));
        }
    }
}
