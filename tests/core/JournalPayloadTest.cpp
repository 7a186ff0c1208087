// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The county's pull pages written from the journal's stored bytes: the same payload, header
// ranges and households as the changes decoded and encoded again.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Query.h"
#include "core/db/SqlStatement.h"
#include "core/demo/DemoGenerator.h"
#include "core/journal/ChangeCodec.h"
#include "core/sync/ChangeCbor.h"
#include "core/sync/JournalPayload.h"

#include <QMap>
#include <QSet>

#include <catch2/catch.hpp>

using namespace ff;

namespace {
void insertRow(Database& db, const QString& device, qint64 seq, qint64 hlc, const QString& household,
               const QString& op, const QByteArray& fields, const QByteArray& bases)
{
    Query q(db);
    q.prepare(QStringLiteral("INSERT INTO journal(device, device_seq, hlc, author, entity, record_id,"
                             " household_id, op, fields, bases) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(device);
    q.addBindValue(seq);
    q.addBindValue(hlc);
    q.addBindValue(QStringLiteral("王芳"));
    q.addBindValue(QStringLiteral("household"));
    q.addBindValue(household);
    q.addBindValue(household);
    q.addBindValue(op);
    q.addBindValue(fields);
    q.addBindValue(bases);
    INFO(q.lastErrorText().toStdString());
    REQUIRE(q.exec());
}
} // namespace

TEST_CASE("A page written from the journal's stored bytes is the page written from decoded changes",
          "[sync][pull]")
{
    test::TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {12, 5, 12, QDate(2026, 6, 1)}));
    // Rows as older versions and odd writers left them: JSON text (before schema 6), values of
    // every kind, large and negative numbers, an unknown operation, empty bases.
    QVariantMap values{{QStringLiteral("phone"), QStringLiteral("13800000000")},
                       {QStringLiteral("size"), qint64(-70000)},
                       {QStringLiteral("income"), 1234.5},
                       {QStringLiteral("notes"), QVariant()},
                       {QStringLiteral("name"), QStringLiteral("张伟")}};
    insertRow(t.db(), QStringLiteral("dev-b"), 3, qint64(1) << 40, QStringLiteral("h-json"),
              QStringLiteral("update"),
              QByteArrayLiteral(R"({"phone":"139","size":4,"income":2.0,"notes":null})"),
              QByteArrayLiteral(R"({"phone":["dev-a:1","dev-b:2"]})"));
    insertRow(t.db(), QStringLiteral("dev-b"), 70000, (qint64(1) << 40) + 1, QStringLiteral("h-cbor"),
              QStringLiteral("create"), ChangeCodec::fieldsToBytes(values), QByteArray("", 0));
    insertRow(t.db(), QStringLiteral("dév-ä"), 1, (qint64(1) << 40) + 2, QStringLiteral("h-cbor"),
              QStringLiteral("rename"), ChangeCodec::fieldsToBytes({}),
              ChangeCodec::basesToBytes({{QStringLiteral("phone"), {{QStringLiteral("dev-b"), 70000}}}}));

    const QString sql =
        QStringLiteral("SELECT %1 FROM journal ORDER BY seq").arg(ChangeCodec::journalColumns());
    QList<Change> decoded;
    Query q(t.db());
    REQUIRE(q.exec(sql));
    while (q.next())
        decoded.append(ChangeCodec::fromJournalRow(q));
    q.finish();
    REQUIRE(decoded.size() > 100);

    JournalPayload stored;
    SqlStatement rows(t.db(), sql);
    while (rows.step())
        stored.append(rows);
    REQUIRE_FALSE(rows.failed());
    rows.reset();

    CHECK(stored.count() == decoded.size());
    CHECK(stored.payload() == ChangeCbor::encode(decoded));
    CHECK(stored.lastHlc() == decoded.last().hlc);
    QMap<QString, QPair<qint64, qint64>> ranges;
    QSet<QString> households;
    for (const Change& c : std::as_const(decoded)) {
        auto it = ranges.find(c.id.device);
        if (it == ranges.end())
            ranges.insert(c.id.device, {c.id.seq, c.id.seq});
        else
            *it = {std::min(it->first, c.id.seq), std::max(it->second, c.id.seq)};
        households.insert(c.householdId);
    }
    const QList<PackageHeader::Range> storedRanges = stored.ranges();
    REQUIRE(storedRanges.size() == ranges.size());
    qsizetype i = 0;
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it, ++i) {
        CHECK(storedRanges.at(i).origin == it.key());
        CHECK(storedRanges.at(i).first == it->first);
        CHECK(storedRanges.at(i).last == it->second);
    }
    QStringList sorted(households.cbegin(), households.cend());
    sorted.sort();
    CHECK(stored.households() == sorted);
}
