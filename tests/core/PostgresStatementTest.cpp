// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The county's hot statements on PostgreSQL through libpq (core/db/PostgresStatement), and the
// import's read-ahead of the records a batch names (ChangeApplier::readAhead): the same values and
// the same merge state as without them (docs/postgresql.md, "What remains", 5).
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Database.h"
#include "core/db/PostgresStatement.h"
#include "core/db/Query.h"
#include "core/db/SqlStatement.h"
#include "core/db/WriteTransaction.h"
#include "core/journal/ChangeApplier.h"
#include "core/journal/ChangeCodec.h"

#include <catch2/catch.hpp>

using namespace ff;

namespace {
/// A record's heads as text: "field device/seq" for each head, in order.
QStringList listed(const RecordHeads& heads)
{
    QStringList out;
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        for (const FieldHead& h : it.value())
            out << it.key() + QLatin1Char(' ') + h.change.device + QLatin1Char('/') +
                       QString::number(h.change.seq);
    }
    return out;
}
} // namespace

TEST_CASE("placeholders are numbered outside quotes", "[postgres]")
{
    int count = 0;
    CHECK(PostgresStatement::numberedPlaceholders(
              QStringLiteral("SELECT '?', \"a?\" FROM t WHERE x = ? AND y IN (?, 'it''s ?')"), &count) ==
          QStringLiteral("SELECT '?', \"a?\" FROM t WHERE x = $1 AND y IN ($2, 'it''s ?')"));
    CHECK(count == 2);
    CHECK(PostgresStatement::numberedPlaceholders(QStringLiteral("SELECT 1"), &count) ==
          QStringLiteral("SELECT 1"));
    CHECK(count == 0);
}

TEST_CASE("a kept statement on PostgreSQL sends its values as parameters and reads them back as on SQLite",
          "[postgres]")
{
    for (const test::Store store : {test::Store::Sqlite, test::Store::Postgres}) {
        test::TempDatabase t(store);
        if (!t.isOpen()) {
            WARN(t.skipReason().toStdString());
            continue;
        }
        INFO(test::storeName(store).toStdString());
        Database& db = t.db();
        if (store == test::Store::Postgres)
            CHECK(PostgresStatement::handleOf(db.sql()) != nullptr);
        else
            CHECK(PostgresStatement::handleOf(db.sql()) == nullptr);

        // Text with quotes, a question mark and a backslash; bytes with a zero and a backslash.
        const QString text = QStringLiteral("王芳's \"?\" \\ end");
        const QByteArray bytes("\x00\\x41'\xff", 6);
        SqlStatement put(db, QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"));
        REQUIRE(put.isValid());
        REQUIRE(put.bind(1, QStringLiteral("t1")).bind(2, text).run());
        CHECK(put.changes() == 1);
        REQUIRE(put.bind(1, QStringLiteral("t2")).bindValue(2, QVariant(qint64(-42))).run());
        SqlStatement get(db, QStringLiteral("SELECT value, '?' FROM meta WHERE key = ?"));
        get.bind(1, QStringLiteral("t1"));
        REQUIRE(get.step());
        CHECK(get.columnText(0) == text);
        CHECK(get.columnText(1) == QStringLiteral("?"));
        get.reset();

        SqlStatement heads(db,
                           QStringLiteral("INSERT INTO record_heads(entity, record_id, heads, household_id)"
                                          " VALUES(?, ?, ?, ?)"));
        REQUIRE(heads.bind(1, QStringLiteral("household"))
                    .bind(2, QByteArray("h1"))
                    .bindBlob(3, bytes)
                    .bind(4, QByteArray("h1"))
                    .run());
        REQUIRE(heads.bind(1, QStringLiteral("household"))
                    .bind(2, QByteArray("h2"))
                    .bindBlob(3, QByteArray()) // a null blob: the empty one, not NULL
                    .bindValue(4, QVariant())  // NULL
                    .run());
        SqlStatement read(db, QStringLiteral("SELECT heads, household_id, heads IS NULL, length(heads) + 1,"
                                             " 0.5 FROM record_heads WHERE record_id = ?"));
        read.bind(1, QByteArray("h1"));
        REQUIRE(read.step());
        CHECK(read.columnBytes(0) == bytes);
        CHECK(read.columnValue(0) == QVariant(bytes));
        CHECK(read.columnText(1) == QStringLiteral("h1"));
        CHECK(read.columnInt(2) == 0);
        CHECK(read.columnValue(2) == QVariant(qint64(0)));
        CHECK(read.columnValue(3) == QVariant(qint64(7)));
        CHECK(read.columnValue(4) == QVariant(0.5));
        CHECK_FALSE(read.step());
        CHECK_FALSE(read.failed());
        read.reset();
        read.bind(1, QByteArray("h2"));
        REQUIRE(read.step());
        CHECK(read.columnBytes(0).isEmpty());
        CHECK(read.columnInt(2) == 0);
        CHECK_FALSE(read.columnValue(1).isValid());
        CHECK(read.columnText(1).isNull());
        read.reset();

        // A failed run says why, with the statement.
        REQUIRE(put.bind(1, QStringLiteral("t1")).bind(2, QStringLiteral("again")).run() == false);
        CHECK(put.failed());
        CHECK(put.error().contains(QStringLiteral("INSERT INTO meta")));
    }
}

TEST_CASE("the import's read-ahead answers as the records' rows do, and follows the applier's own writes",
          "[postgres]")
{
    for (const test::Store store : {test::Store::Sqlite, test::Store::Postgres}) {
        test::TempDatabase t(store);
        if (!t.isOpen()) {
            WARN(t.skipReason().toStdString());
            continue;
        }
        INFO(test::storeName(store).toStdString());
        Database& db = t.db();
        const auto change = [](qint64 seq, const QString& record, Change::Op op, const QVariantMap& fields,
                               const QList<ChangeId>& bases = {}) {
            Change c;
            c.id = {QStringLiteral("laptop-1"), seq};
            c.hlc = quint64(1000 + seq);
            c.author = QStringLiteral("王芳");
            c.entity = QStringLiteral("household");
            c.recordId = record;
            c.householdId = record;
            c.op = op;
            c.fields = fields;
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                c.bases.insert(it.key(), bases);
            return EncodedChange::fromChange(c);
        };
        const QString address = QStringLiteral("address");
        const EncodedChange first =
            change(1, QStringLiteral("h1"), Change::Op::Create, {{address, QStringLiteral("东山村")}});
        const EncodedChange second = change(2, QStringLiteral("h1"), Change::Op::Update,
                                            {{address, QStringLiteral("西山村")}}, {first.id});
        const EncodedChange other =
            change(3, QStringLiteral("h2"), Change::Op::Create, {{address, QStringLiteral("南山村")}});

        WriteTransaction tx(db);
        REQUIRE(tx.isOpen());
        {
            ChangeApplier applier(db);
            applier.keepRecordRows(false);
            REQUIRE(applier.apply(first));
        }
        ChangeApplier ahead(db);
        ahead.keepRecordRows(false);
        REQUIRE(ahead.readAhead({first, second, other}));
        // Read ahead: h1 is here with its one head, h2 is not.
        CHECK(ahead.householdOf(QStringLiteral("household"), "h1") == std::optional<QByteArray>("h1"));
        CHECK_FALSE(ahead.householdOf(QStringLiteral("household"), "h2").has_value());
        CHECK(ahead.heads(QStringLiteral("household"), QStringLiteral("h1")).value(address).size() == 1);
        // Its own writes: what it answers afterwards is what is stored.
        REQUIRE(ahead.apply(second));
        REQUIRE(ahead.apply(other));
        ChangeApplier fresh(db);
        for (const QString& record : {QStringLiteral("h1"), QStringLiteral("h2")}) {
            INFO(record.toStdString());
            CHECK(ahead.householdOf(QStringLiteral("household"), record.toUtf8()) ==
                  fresh.householdOf(QStringLiteral("household"), record.toUtf8()));
            CHECK(listed(ahead.heads(QStringLiteral("household"), record)) ==
                  listed(fresh.heads(QStringLiteral("household"), record)));
        }
        CHECK(listed(fresh.heads(QStringLiteral("household"), QStringLiteral("h1"))) ==
              QStringList{QStringLiteral("address laptop-1/2")});
        CHECK(listed(fresh.heads(QStringLiteral("household"), QStringLiteral("h2"))) ==
              QStringList{QStringLiteral("address laptop-1/3")});
    }
}
