// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtStringMaker.h"

#include "journal/ChangeCodec.h"
#include "journal/HeadsEncoder.h"

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
