// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ff;

namespace {
int version(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

/// A plain connection, as an older Fieldfile would have left the file.
struct RawConnection
{
    explicit RawConnection(const QString& path)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    QSqlDatabase db;
};

const QList<Migrations::Step> kV1 = {
    {QStringLiteral("CREATE TABLE t(a TEXT)"), QStringLiteral("INSERT INTO t VALUES('kept')")}};
} // namespace

TEST_CASE("a new database gets the latest schema, WAL and foreign keys", "[migrations]")
{
    test::TempDatabase t;
    CHECK(t.db().schemaVersion() == Migrations::latestVersion());
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    // A new file has nothing to lose: no backup is made.
    CHECK_FALSE(QFile::exists(Migrations::backupPath(t.path(), 0)));
}

TEST_CASE("migrating an existing file takes a backup first and keeps the data", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    RawConnection raw(path);
    REQUIRE(Migrations::run(raw.db, path, kV1));
    CHECK(version(raw.db) == 1);

    QList<Migrations::Step> v2 = kV1;
    v2.append({QStringLiteral("ALTER TABLE t ADD COLUMN b INTEGER DEFAULT 7")});
    REQUIRE(Migrations::run(raw.db, path, v2));
    CHECK(version(raw.db) == 2);
    QSqlQuery q(raw.db);
    REQUIRE(q.exec(QStringLiteral("SELECT a, b FROM t")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("kept"));
    CHECK(q.value(1).toInt() == 7);

    // The backup is the version-1 file.
    const QString backup = Migrations::backupPath(path, 1);
    REQUIRE(QFile::exists(backup));
    {
        QSqlDatabase b = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        b.setDatabaseName(backup);
        REQUIRE(b.open());
        CHECK(version(b) == 1);
        QSqlQuery bq(b);
        REQUIRE(bq.exec(QStringLiteral("SELECT a FROM t")));
        REQUIRE(bq.next());
        CHECK(bq.value(0).toString() == QStringLiteral("kept"));
        bq.finish();
        b.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
}

TEST_CASE("a failing migration step changes nothing", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    RawConnection raw(path);
    REQUIRE(Migrations::run(raw.db, path, kV1));
    QList<Migrations::Step> broken = kV1;
    broken.append({QStringLiteral("ALTER TABLE t ADD COLUMN c TEXT"), QStringLiteral("THIS IS NOT SQL")});
    const Status s = Migrations::run(raw.db, path, broken);
    CHECK_FALSE(s.isOk());
    CHECK(s.error().message.contains(QStringLiteral("Nothing was changed")));
    CHECK(version(raw.db) == 1);
    QSqlQuery q(raw.db);
    CHECK_FALSE(q.exec(QStringLiteral("SELECT c FROM t"))); // the first statement of the step was rolled back
}

TEST_CASE("a file from a newer Fieldfile is refused, untouched", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    {
        RawConnection raw(path);
        QSqlQuery(raw.db).exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    Database db;
    const Status s = db.open(path);
    CHECK_FALSE(s.isOk());
    CHECK(s.error().message.contains(QStringLiteral("newer")));
    RawConnection raw(path);
    CHECK(version(raw.db) == 99);
}

TEST_CASE("a file that is not a database gets a clear message", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    Database db;
    const Status s = db.open(path);
    CHECK_FALSE(s.isOk());
    CHECK_FALSE(s.error().message.isEmpty());
}
