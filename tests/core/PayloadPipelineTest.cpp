// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a payload on a second thread while it is applied (sync/PayloadPipeline) and applying it
// in batches (sync/ImportSession): the same result as one list, in order, all or nothing.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/demo/DemoGenerator.h"
#include "core/journal/JournalReader.h"
#include "core/sync/ChangeCbor.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/ImportSession.h"
#include "core/sync/PayloadPipeline.h"

#include <QThread>

#include <catch2/catch.hpp>

using namespace ff;

namespace {
QList<Change> caseload(int households)
{
    test::TempDatabase t;
    if (!DemoGenerator::generate(t.db(), {households, 11, households, QDate(2026, 6, 1)}))
        return {};
    return JournalReader(t.db()).since(0);
}
} // namespace

TEST_CASE("the pipeline hands over every change, in order, in whole batches on the calling thread",
          "[payload][pipeline]")
{
    const QList<Change> changes = caseload(600);
    REQUIRE(changes.size() > 3 * PayloadPipeline::kBatch);
    const QByteArray cbor = ChangeCbor::encode(changes);
    QList<ChangeId> seen;
    int batches = 0;
    QThread* caller = QThread::currentThread();
    const Status s =
        PayloadPipeline::run(cbor, changes.size(), 1'000'000, [&](const QList<EncodedChange>& batch) {
            CHECK(QThread::currentThread() == caller);
            CHECK(batch.size() <= PayloadPipeline::kBatch);
            ++batches;
            for (const EncodedChange& c : batch)
                seen.append(c.id);
            return Status::ok();
        });
    REQUIRE(s.isOk());
    CHECK(batches == (changes.size() + PayloadPipeline::kBatch - 1) / PayloadPipeline::kBatch);
    REQUIRE(seen.size() == changes.size());
    for (qsizetype i = 0; i < seen.size(); ++i)
        REQUIRE(seen[i] == changes[i].id);
}

TEST_CASE("the pipeline stops at the first failure of either side", "[payload][pipeline][hostile]")
{
    const QList<Change> changes = caseload(600);
    const QByteArray cbor = ChangeCbor::encode(changes);

    // The header promised another number of changes: said so, in a sentence of its own.
    const Status miscounted = PayloadPipeline::run(cbor, changes.size() + 1, 1'000'000,
                                                   [](const QList<EncodedChange>&) { return Status::ok(); });
    CHECK(miscounted.error().detail.contains(QStringLiteral("the header says")));
    CHECK(miscounted.error().message ==
          QStringLiteral("The package is damaged: it holds %1 change(s), but its header says %2.")
              .arg(changes.size())
              .arg(changes.size() + 1));
    // More than allowed.
    const Status tooMany = PayloadPipeline::run(cbor, changes.size(), 100,
                                                [](const QList<EncodedChange>&) { return Status::ok(); });
    CHECK(tooMany.error().message ==
          QStringLiteral(
              "The package is damaged: it holds more than 100 changes, more than a package may hold."));
    // Damaged near the end: refused, and no batch after the damage reaches the consumer.
    QByteArray damaged = cbor;
    damaged.chop(40);
    qsizetype consumed = 0;
    const Status cut =
        PayloadPipeline::run(damaged, changes.size(), 1'000'000, [&](const QList<EncodedChange>& b) {
            consumed += b.size();
            return Status::ok();
        });
    CHECK_FALSE(cut.isOk());
    CHECK(cut.error().message ==
          QStringLiteral("The package is damaged: change %1 in it cannot be read.").arg(changes.size()));
    CHECK(consumed < changes.size());
    // The consumer refuses the second batch: the reader stops, the consumer's error comes back.
    int calls = 0;
    const Status refused =
        PayloadPipeline::run(cbor, changes.size(), 1'000'000, [&](const QList<EncodedChange>&) {
            return ++calls == 2 ? Status(Error{QStringLiteral("disk full"), {}}) : Status::ok();
        });
    CHECK(calls == 2);
    CHECK(refused.error().message == QStringLiteral("disk full"));
}

TEST_CASE("an import in batches stores what one list stores, and counts members that came before "
          "their household as applied",
          "[payload][pipeline]")
{
    QList<Change> changes = caseload(60);
    // A member's change moved before its household's creation, across a batch boundary.
    qsizetype member = -1;
    for (qsizetype i = 0; i < changes.size() && member < 0; ++i) {
        if (changes[i].entity == QStringLiteral("member"))
            member = i;
    }
    REQUIRE(member > 0);
    const Change early = changes.takeAt(member);
    changes.prepend(early);

    test::TempDatabase whole, batched;
    ChangeImporter::Report wholeReport;
    REQUIRE(ChangeImporter::apply(whole.db(), changes, &wholeReport));

    QList<EncodedChange> encoded;
    for (const Change& c : std::as_const(changes))
        encoded.append(EncodedChange::fromChange(c));
    ImportSession session(batched.db(), {});
    REQUIRE(session.begin());
    for (qsizetype at = 0; at < encoded.size(); at += 100)
        REQUIRE(session.add(encoded.mid(at, 100)));
    ChangeImporter::Report report;
    REQUIRE(session.finish(&report));

    CHECK(report.applied == changes.size());
    CHECK(report.parked == 0);
    CHECK(report.parkedReasons.isEmpty());
    CHECK(report.unparked == 0);
    CHECK(wholeReport.applied == changes.size());
    CHECK(test::TempDatabase::dumpTables(batched.db()) == test::TempDatabase::dumpTables(whole.db()));
    CHECK(test::TempDatabase::count(batched.db(), QStringLiteral("parked_change")) == 0);

    // A session given up before finish() leaves nothing behind.
    test::TempDatabase abandoned;
    const QByteArray before = test::TempDatabase::dumpHash(abandoned.db());
    {
        ImportSession unfinished(abandoned.db(), {});
        REQUIRE(unfinished.begin());
        REQUIRE(unfinished.add(encoded.mid(0, 500)));
    }
    CHECK(test::TempDatabase::dumpHash(abandoned.db()) == before);
}
