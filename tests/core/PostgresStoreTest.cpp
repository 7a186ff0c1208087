// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The county's PostgreSQL store at the core/db seam: opening by URL, the county's schema, kept
// statements without a SQLite handle, and the transactions' locks and snapshots
// (docs/postgresql.md). Run against the test program's own throwaway cluster.
#include "tests/support/PostgresCluster.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Database.h"
#include "core/db/PostgresRowBatch.h"
#include "core/db/PostgresSchema.h"
#include "core/db/Query.h"
#include "core/db/ReadTransaction.h"
#include "core/db/SqlStatement.h"
#include "core/db/WriteTransaction.h"

using namespace ff;

namespace {
/// The URL of a new database, or empty (and a warning) when the cluster is not running.
QString newDatabase()
{
    const QString url = test::PostgresCluster::instance().newDatabase();
    if (url.isEmpty())
        WARN("PostgreSQL tests skipped: " << test::PostgresCluster::instance().problem().toStdString());
    return url;
}

qint64 countOf(Database& db, const QString& sql)
{
    Query q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

TEST_CASE("a PostgreSQL URL opens the county's schema, once", "[postgres]")
{
    const QString url = newDatabase();
    if (url.isEmpty())
        return;
    test::TempDatabase files;
    const QString local = files.dir() + QStringLiteral("/county");
    Database db;
    REQUIRE(db.open(url, local));
    CHECK(db.dialect().isPostgres());
    CHECK(db.localPath() == local);
    CHECK(db.schemaVersion() == PostgresSchema::latestVersion());
    CHECK(db.meta(QStringLiteral("journal_encoding")) == QStringLiteral("cbor"));
    REQUIRE(db.setMeta(QStringLiteral("county_id"), QStringLiteral("371321")));
    CHECK(db.meta(QStringLiteral("county_id")) == QStringLiteral("371321"));
    CHECK(db.meta(QStringLiteral("nothing"), QStringLiteral("fallback")) == QStringLiteral("fallback"));

    // Opened again (a second server on the same database): the schema is not made twice.
    Database again;
    REQUIRE(again.open(url, local));
    CHECK(again.meta(QStringLiteral("county_id")) == QStringLiteral("371321"));
    CHECK(again.schemaVersion() == PostgresSchema::latestVersion());

    // A database from a newer Fieldfile is refused and left as it is.
    REQUIRE(
        db.setMeta(QStringLiteral("schema_version"), QString::number(PostgresSchema::latestVersion() + 1)));
    Database newer;
    const Status refused = newer.open(url, local);
    CHECK(refused.error().message.contains(QStringLiteral("newer version")));
    CHECK(db.meta(QStringLiteral("county_id")) == QStringLiteral("371321"));

    Database noLocal;
    CHECK_FALSE(noLocal.open(url).isOk());
    Database wrong;
    CHECK_FALSE(wrong.open(QStringLiteral("postgresql://fieldfile@127.0.0.1:1/"), local).isOk());
}

TEST_CASE("a kept statement without a SQLite handle binds and reads as on SQLite", "[postgres]")
{
    for (const test::Store store : {test::Store::Sqlite, test::Store::Postgres}) {
        test::TempDatabase t(store);
        if (!t.isOpen()) {
            WARN(t.skipReason().toStdString());
            continue;
        }
        INFO(test::storeName(store).toStdString());
        Database& db = t.db();
        const QByteArray blob("\x00\x01\xff cbor", 8);
        SqlStatement insert(db,
                            QStringLiteral("INSERT INTO journal(device, device_seq, hlc, author, entity, "
                                           "record_id, household_id, op, fields, bases) VALUES(?, ?, ?, ?, "
                                           "?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        REQUIRE(insert.isValid());
        const QByteArray device("laptop-1"); // bound in place: it must outlive run()
        for (int round = 0; round < 2; ++round) {
            insert.bindTextInPlace(1, device)
                .bind(2, qint64(7))
                .bind(3, qint64(1) << 40)
                .bind(4, QStringLiteral("王芳"))
                .bind(5, QByteArray("household"))
                .bind(6, QByteArray("h1"))
                .bind(7, QByteArray("h1"))
                .bind(8, QByteArray("create"))
                .bindBlobInPlace(9, blob.constData(), blob.size())
                .bindBlob(10, QByteArray());
            REQUIRE(insert.run());
            CHECK(insert.changes() == (round == 0 ? 1 : 0)); // the second is the same change
        }
        SqlStatement read(
            db, QStringLiteral("SELECT seq, author, fields, hlc, NULL FROM journal WHERE device = ?"));
        read.bind(1, QStringLiteral("laptop-1"));
        REQUIRE(read.step());
        CHECK(read.columnInt(0) == 1);
        CHECK(read.columnText(1) == QStringLiteral("王芳"));
        CHECK(read.columnBytes(2) == blob);
        CHECK(read.columnValue(3) == QVariant(qint64(1) << 40));
        CHECK(read.columnValue(3).typeId() == QMetaType::LongLong);
        CHECK_FALSE(read.columnValue(4).isValid());
        CHECK_FALSE(read.step());
        read.reset();
        read.bind(1, QStringLiteral("nobody"));
        CHECK_FALSE(read.step());
        read.reset();

        SqlStatement broken(db, QStringLiteral("SELECT nothing FROM nowhere"));
        CHECK_FALSE(broken.isValid());
        CHECK(broken.error().contains(QStringLiteral("nowhere")));
    }
}

TEST_CASE("PostgreSQL write transactions roll back, nest, and hold one lock for every process", "[postgres]")
{
    const QString url = newDatabase();
    if (url.isEmpty())
        return;
    test::TempDatabase files;
    Database db;
    REQUIRE(db.open(url, files.dir() + QStringLiteral("/county")));
    Database other;
    REQUIRE(other.open(url, files.dir() + QStringLiteral("/county")));
    const QString tryLock =
        QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(SqlDialect::kWriteLock);
    {
        WriteTransaction tx(db);
        REQUIRE(tx.isOpen());
        REQUIRE(db.setMeta(QStringLiteral("a"), QStringLiteral("1")));
        {
            WriteTransaction inner(db); // a savepoint of the outer one
            REQUIRE(inner.isOpen());
            REQUIRE(db.setMeta(QStringLiteral("b"), QStringLiteral("2")));
        } // rolled back
        // Another connection (another server process) cannot write meanwhile.
        CHECK(countOf(other, tryLock) == 0);
        CHECK(other.meta(QStringLiteral("a")).isEmpty()); // not committed yet
    }                                                     // rolled back
    CHECK(db.meta(QStringLiteral("a")).isEmpty());
    CHECK(countOf(other, tryLock) == 1); // free again (and released with that statement)
    {
        WriteTransaction tx(db);
        REQUIRE(db.setMeta(QStringLiteral("a"), QStringLiteral("1")));
        {
            WriteTransaction inner(db);
            REQUIRE(db.setMeta(QStringLiteral("b"), QStringLiteral("2")));
            REQUIRE(inner.commit());
        }
        REQUIRE(tx.commit());
    }
    CHECK(other.meta(QStringLiteral("a")) == QStringLiteral("1"));
    CHECK(other.meta(QStringLiteral("b")) == QStringLiteral("2"));
    CHECK(db.openTransactions() == 0);
}

TEST_CASE("a prepared Query on PostgreSQL binds and reads as QPSQL did, in one round trip", "[postgres]")
{
    const QString url = newDatabase();
    if (url.isEmpty())
        return;
    test::TempDatabase files;
    Database db;
    REQUIRE(db.open(url, files.dir() + QStringLiteral("/county")));
    Query q(db);
    // A null text is NULL, as QPSQL binds it (meta.value is NOT NULL); the empty text is not.
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)")));
    q.addBindValue(QStringLiteral("a"));
    q.addBindValue(QString());
    CHECK_FALSE(q.exec());
    CHECK(q.lastErrorText().contains(QStringLiteral("null")));
    q.addBindValue(QStringLiteral("a")); // after an exec, values bind from the first again
    q.addBindValue(QStringLiteral(""));
    REQUIRE(q.exec());
    CHECK(q.numRowsAffected() == 1);
    // Whole numbers are typed as bigint, as QPSQL's literals were: arithmetic on two of them works.
    REQUIRE(q.prepare(QStringLiteral("SELECT ? + ?, CAST(? AS BYTEA), ?")));
    q.addBindValue(qint64(40));
    q.addBindValue(2);
    q.addBindValue(QByteArray("\x00\xff", 2));
    q.addBindValue(QStringLiteral("王芳"));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.columnCount() == 3);
    CHECK(q.value(0).toLongLong() == 42);
    CHECK(q.value(1).toByteArray() == QByteArray("\x00\xff", 2));
    CHECK(q.value(2).toString() == QStringLiteral("王芳"));
    CHECK_FALSE(q.next());
    // A list, as addBindList binds it.
    REQUIRE(q.prepare(QStringLiteral("SELECT count(*) FROM meta WHERE key IN (SELECT value FROM %1)")
                          .arg(db.dialect().listTable())));
    q.addBindList({QStringLiteral("a"), QStringLiteral("b")});
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1);
    REQUIRE(q.prepare(QStringLiteral("SELECT count(*) FROM meta WHERE key = ?")));
    q.addBindValue(QStringLiteral("a"));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1);
    // While a forward-only query (QPSQL's, a row at a time) still reads, a prepared one runs too,
    // with the values bound for its last run.
    Query rows(db);
    rows.setForwardOnly(true);
    REQUIRE(rows.prepare(QStringLiteral("SELECT key FROM meta ORDER BY key")));
    REQUIRE(rows.exec());
    REQUIRE(rows.next());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1);
}

TEST_CASE("rows held back on PostgreSQL are written before the next statement, or fail the transaction",
          "[postgres]")
{
    const QString url = newDatabase();
    if (url.isEmpty())
        return;
    test::TempDatabase files;
    Database db;
    REQUIRE(db.open(url, files.dir() + QStringLiteral("/county")));
    Database other;
    REQUIRE(other.open(url, files.dir() + QStringLiteral("/county")));
    const QString held = QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'held%'");
    {
        WriteTransaction tx(db);
        PostgresRowBatch batch(db);
        REQUIRE(batch.isValid());
        const int meta = batch.addTable("meta", {"key", "value"});
        batch.row(meta).text("held 1").text("1");
        batch.row(meta).text("held 2").text("2");
        CHECK(batch.heldRows() == 2);
        CHECK(countOf(db, held) == 2); // written before this statement
        CHECK(batch.heldRows() == 0);
        batch.row(meta).text("held 3").text("3");
        {
            WriteTransaction inner(db); // the held row goes before the savepoint: kept
            batch.row(meta).text("held 4").text("4");
        }                                 // rolled back, with the row held inside it
        CHECK(countOf(other, held) == 0); // nothing committed yet
        REQUIRE(tx.commit());
    }
    CHECK(countOf(other, held) == 3);
    CHECK(other.meta(QStringLiteral("held 3")) == QStringLiteral("3"));
    {
        // A held row that is not new fails the write, and the commit with it: nothing is kept.
        WriteTransaction tx(db);
        REQUIRE(db.setMeta(QStringLiteral("kept?"), QStringLiteral("no")));
        PostgresRowBatch batch(db);
        batch.row(batch.addTable("meta", {"key", "value"})).text("held 1").text("again");
        CHECK_FALSE(tx.commit());
    }
    CHECK(db.meta(QStringLiteral("held 1")) == QStringLiteral("1"));
    CHECK(db.meta(QStringLiteral("kept?")).isEmpty());
    {
        // With a conflict clause (an INSERT, not COPY) a row already there changes nothing.
        WriteTransaction tx(db);
        PostgresRowBatch batch(db);
        const int meta = batch.addTable("meta", {"key", "value"}, "ON CONFLICT DO NOTHING");
        batch.row(meta).text("held 1").text("again");
        batch.row(meta).text("held 5").text("5");
        REQUIRE(tx.commit());
    }
    CHECK(other.meta(QStringLiteral("held 1")) == QStringLiteral("1"));
    CHECK(other.meta(QStringLiteral("held 5")) == QStringLiteral("5"));
    CHECK(db.openTransactions() == 0);
}

TEST_CASE("a PostgreSQL read transaction sees one snapshot", "[postgres]")
{
    const QString url = newDatabase();
    if (url.isEmpty())
        return;
    test::TempDatabase files;
    Database reader;
    REQUIRE(reader.open(url, files.dir() + QStringLiteral("/county")));
    Database writer;
    REQUIRE(writer.open(url, files.dir() + QStringLiteral("/county")));
    REQUIRE(writer.setMeta(QStringLiteral("n"), QStringLiteral("1")));
    {
        const ReadTransaction snapshot(reader);
        REQUIRE(snapshot.isOpen());
        CHECK(reader.meta(QStringLiteral("n")) == QStringLiteral("1"));
        REQUIRE(writer.setMeta(QStringLiteral("n"), QStringLiteral("2")));
        CHECK(reader.meta(QStringLiteral("n")) == QStringLiteral("1"));
    }
    CHECK(reader.meta(QStringLiteral("n")) == QStringLiteral("2"));
    CHECK(reader.openTransactions() == 0);
}
