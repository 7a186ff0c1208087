// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtStringMaker.h"

#include "journal/ChangeCodec.h"

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
