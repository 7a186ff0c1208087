// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import rebuilds a household's list data (head, groups, member count, open risks, search keys) only
// for changes that alter it; a caseload arriving in pages must still end with exactly the data a
// full replay derives.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/demo/DemoGenerator.h"
#include "core/journal/ChangeApplier.h"
#include "core/journal/EncodedChange.h"
#include "core/journal/JournalReader.h"
#include "core/journal/JournalReplayer.h"
#include "core/journal/Projection.h"
#include "core/records/HouseholdSummary.h"
#include "core/sync/ChangeImporter.h"

#include <QSqlQuery>

#include <algorithm>
#include <memory>

#include <catch2/catch.hpp>

using namespace ff;
using test::TempDatabase;

TEST_CASE("which changes alter a household's list data", "[import][summary]")
{
    auto change = [](const char* entity, Change::Op op, QVariantMap fields) {
        Change c;
        c.entity = QString::fromLatin1(entity);
        c.op = op;
        c.fields = std::move(fields);
        return c;
    };
    const QVariantMap lastVisit = {{QStringLiteral("last_visit"), QStringLiteral("2026-11-01")}};
    const QVariantMap phone = {{QStringLiteral("phone"), QStringLiteral("13812345678")}};
    const QList<std::pair<Change, bool>> cases = {
        {change("household", Change::Op::Create, lastVisit), true},
        {change("household", Change::Op::Update, lastVisit), false},
        {change("household", Change::Op::Update, phone), true},
        {change("household", Change::Op::Delete, {{QStringLiteral("_deleted"), true}}), true},
        {change("member", Change::Op::Update, {{QStringLiteral("name"), QStringLiteral("张伟")}}), true},
        {change("risk_flag", Change::Op::Update, {{QStringLiteral("flag_status"), QStringLiteral("closed")}}),
         true},
        {change("visit", Change::Op::Create, {{QStringLiteral("notes"), QStringLiteral("走访")}}), false},
        {change("answer", Change::Op::Create, {{QStringLiteral("value"), QStringLiteral("[1]")}}), false},
    };
    for (const auto& [c, expected] : cases) {
        INFO(c.entity.toStdString() << " " << c.fields.keys().join(QLatin1Char(',')).toStdString());
        CHECK(HouseholdSummary::affectedBy(EncodedChange::fromChange(c)) == expected);
    }
}

TEST_CASE("a caseload imported in pages has the list data a replay derives", "[import][summary]")
{
    TempDatabase source;
    DemoGenerator::Options options;
    options.households = 300;
    options.seed = 11;
    options.today = QDate(2026, 6, 1);
    REQUIRE(DemoGenerator::generate(source.db(), options));
    const QList<Change> changes = JournalReader(source.db()).since(0);
    REQUIRE(changes.size() > 1000);

    // Pages of 97 changes: every household's records are spread over several pages, and its
    // members, risk flags and casework arrive in different ones.
    TempDatabase laptop;
    for (qsizetype from = 0; from < changes.size(); from += 97) {
        QList<EncodedChange> page;
        for (const Change& c : changes.mid(from, 97))
            page.append(EncodedChange::fromChange(c));
        ChangeImporter::Report report;
        REQUIRE(ChangeImporter::apply(laptop.db(), page, ChangeImporter::Options{}, &report));
        CHECK(report.parked == 0);
    }
    const QString imported = TempDatabase::dumpTables(laptop.db());
    // The caseload has what the list derives from: open risk flags, members of every kind.
    QSqlQuery q(laptop.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM household WHERE open_risks <> ''")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 0);
    REQUIRE(JournalReplayer::rebuild(laptop.db()));
    CHECK(TempDatabase::dumpTables(laptop.db()) == imported);
    // And the same as where the changes were made.
    CHECK(TempDatabase::dumpTables(source.db()) == imported);
}

TEST_CASE("a provisioning computes the list data once at its end, and a cut one resumes",
          "[import][summary][provisioning]")
{
    TempDatabase source;
    DemoGenerator::Options options;
    options.households = 200;
    options.seed = 12;
    options.today = QDate(2026, 6, 1);
    REQUIRE(DemoGenerator::generate(source.db(), options));
    const QList<Change> changes = JournalReader(source.db()).since(0);
    REQUIRE(changes.size() > 1000);

    TempDatabase laptop;
    ChangeImporter::Options provisioning;
    provisioning.deferProjections = true;
    auto importPages = [&](qsizetype from, qsizetype to) {
        for (; from < to; from += 97) {
            QList<EncodedChange> page;
            for (const Change& c : changes.mid(from, std::min<qsizetype>(97, to - from)))
                page.append(EncodedChange::fromChange(c));
            ChangeImporter::Report report;
            REQUIRE(ChangeImporter::apply(laptop.db(), page, provisioning, &report));
            CHECK(report.parked == 0);
        }
    };
    CHECK_FALSE(ChangeApplier::projectionsDeferred(laptop.db()));
    // The first pages, then the connection is cut: every page committed, the list data marked as
    // still to be computed (households are here without their head's name or search keys).
    const qsizetype half = changes.size() / 2;
    importPages(0, half);
    CHECK(ChangeApplier::projectionsDeferred(laptop.db()));
    QSqlQuery q(laptop.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), count(head_name), (SELECT count(*) FROM search_key)"
                                  " FROM household")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 0);
    CHECK(q.value(1).toInt() == 0);
    CHECK(q.value(2).toInt() == 0);
    q.finish();
    // Resumed: the rest of the pages, then the list data of every household at once.
    importPages(half, changes.size());
    REQUIRE(q.exec(QStringLiteral("SELECT count(DISTINCT household_id) FROM record_heads")));
    REQUIRE(q.next());
    const qint64 scopes = q.value(0).toLongLong(); // households, and a station's records if any
    q.finish();
    QList<qint64> told;
    qint64 total = 0;
    REQUIRE(ChangeApplier::refreshDeferredProjections(laptop.db(), [&](qint64 done, qint64 of) {
        told << done;
        total = of;
    }));
    // It says how far it is, up to the end: each projection once for each of them.
    REQUIRE_FALSE(told.isEmpty());
    CHECK(std::is_sorted(told.cbegin(), told.cend()));
    CHECK(told.last() == total);
    CHECK(total == scopes * Projections::installed().size());
    CHECK_FALSE(ChangeApplier::projectionsDeferred(laptop.db()));
    const QString provisioned = TempDatabase::dumpTables(laptop.db());
    CHECK(TempDatabase::dumpTables(source.db()) == provisioned);
    REQUIRE(JournalReplayer::rebuild(laptop.db()));
    CHECK(TempDatabase::dumpTables(laptop.db()) == provisioned);
    // Once done, a later import keeps the list data page by page again.
    REQUIRE(ChangeApplier::refreshDeferredProjections(laptop.db())); // nothing to do
    CHECK_FALSE(ChangeApplier::projectionsDeferred(laptop.db()));
}

TEST_CASE("the list data's pass over a database that has its keys ends with the same rows and index",
          "[import][summary][provisioning]")
{
    // The pass removes every search key at its start and sets indexes aside until its end (the
    // keys' by household, the household's on the columns it sets: HouseholdSummary::beginPass):
    // over a database whose list data is already there, with a removed household and a key no
    // household gives, it ends with the rows a refresh of each household gives, and every index
    // made again as it was declared.
    TempDatabase laptop;
    DemoGenerator::Options options;
    options.households = 120;
    options.seed = 13;
    options.today = QDate(2026, 6, 1);
    REQUIRE(DemoGenerator::generate(laptop.db(), options));
    QSqlQuery q(laptop.db().sql());
    const auto indexes = [&] {
        QStringList out;
        REQUIRE(
            q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name")));
        while (q.next())
            out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        q.finish();
        return out;
    };
    const QStringList before = indexes();
    CHECK(before.filter(QStringLiteral("search_key_household")).size() == 1);
    CHECK(before.filter(QStringLiteral("household_village_order")).size() == 1);
    REQUIRE(q.exec(
        QStringLiteral("UPDATE household SET deleted = 1 WHERE rowid = (SELECT min(rowid) FROM household)")));
    REQUIRE(
        q.exec(QStringLiteral("INSERT INTO search_key(key, household_rowid) VALUES('zz-stale', 999999)")));
    {
        // What refreshing each household gives, outside a pass.
        const std::unique_ptr<Projection> summary = std::make_unique<HouseholdSummary>(laptop.db());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM household")));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        for (const QString& id : std::as_const(ids))
            REQUIRE(summary->refresh(id));
    }
    REQUIRE(q.exec(QStringLiteral("DELETE FROM search_key WHERE key = 'zz-stale'")));
    const QString refreshed = TempDatabase::dumpTables(laptop.db());
    REQUIRE(
        q.exec(QStringLiteral("INSERT INTO search_key(key, household_rowid) VALUES('zz-stale', 999999)")));
    REQUIRE(laptop.db().setMeta(QStringLiteral("projections_deferred"), QStringLiteral("1")));
    REQUIRE(ChangeApplier::refreshDeferredProjections(laptop.db()));
    CHECK(TempDatabase::dumpTables(laptop.db()) == refreshed);
    CHECK(indexes() == before);
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
    q.finish();
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM search_key WHERE household_rowid ="
                                  " (SELECT min(rowid) FROM household)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}
