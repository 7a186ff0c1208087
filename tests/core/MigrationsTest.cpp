// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Migrations.h"
#include "core/db/SqlFunctions.h"
#include "core/db/SqlStatement.h"
#include "core/records/HouseholdListQuery.h"
#include "core/records/PinyinTable.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
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
    // The version a start compares with, without writing the steps out, is their count.
    CHECK(Migrations::latestVersion() == int(Migrations::steps().size()));
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

namespace {
/// The steps of the schema as written by hand up to version 11 (tests/golden/schema).
QList<Migrations::Step> handwrittenSteps()
{
    QFile file(QStringLiteral(FIELDFILE_GOLDEN_DIR "/schema/v11-handwritten.sql"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<Migrations::Step> steps;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("-- version ")))
            steps.append(Migrations::Step());
        else if (!line.startsWith(QStringLiteral("--")) && !line.trimmed().isEmpty())
            steps.last().append(line.trimmed().chopped(1)); // without the ';'
    }
    return steps;
}

/// Every table's columns (name, type, not null, default, key), foreign keys and indexes (with
/// their columns and whether partial), in a fixed order: equal for equal schemas, whatever the
/// order and spelling of the statements that made them.
QString schemaOf(QSqlDatabase& db)
{
    QStringList out;
    QSqlQuery tables(db);
    tables.exec(
        QStringLiteral("SELECT name, type FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        out << tables.value(1).toString() + QLatin1Char(' ') + name;
        for (const char* pragma : {"table_info", "foreign_key_list", "index_list", "index_info"}) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA %1(%2)").arg(QLatin1String(pragma), name));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < 8; ++i)
                    values << q.value(i).toString();
                if (QLatin1String(pragma) == QLatin1String("index_list"))
                    values[0].clear(); // its position, which follows the order of creation
                out << QLatin1String(pragma) + QLatin1Char(':') + values.join(QLatin1Char('|'));
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out.join(QLatin1Char('\n'));
}
} // namespace

TEST_CASE("the tables derived from the record type declarations are the tables written by hand before",
          "[migrations][schema]")
{
    QTemporaryDir dir;
    const QList<Migrations::Step> handwritten = handwrittenSteps();
    REQUIRE(handwritten.size() == 11);
    QString expected;
    {
        RawConnection raw(dir.filePath(QStringLiteral("handwritten.db")));
        REQUIRE(Migrations::run(raw.db, dir.filePath(QStringLiteral("handwritten.db")), handwritten));
        expected = schemaOf(raw.db);
    }
    QString derived;
    {
        RawConnection raw(dir.filePath(QStringLiteral("derived.db")));
        REQUIRE(Migrations::run(raw.db, dir.filePath(QStringLiteral("derived.db")),
                                Migrations::steps().mid(0, 11)));
        derived = schemaOf(raw.db);
    }
    CHECK(expected.count(QLatin1Char('\n')) > 200);
    CHECK(derived == expected);

    // And a file at every version in between, made by hand, migrates to the same schema.
    for (int from = 1; from <= 10; ++from) {
        const QString path = dir.filePath(QStringLiteral("from-v%1.db").arg(from));
        RawConnection raw(path);
        REQUIRE(Migrations::run(raw.db, path, handwritten.mid(0, from)));
        REQUIRE(Migrations::run(raw.db, path, Migrations::steps().mid(0, 11)));
        INFO("from version " << from);
        CHECK(schemaOf(raw.db) == expected);
    }
}

TEST_CASE("version 12 gives every record's merge state the household its first change named", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v11.db"));
    RawConnection raw(path);
    REQUIRE(Migrations::run(raw.db, path, Migrations::steps().mid(0, 11)));
    QSqlQuery q(raw.db);
    // A county's journal of version 11: a household, its member (moved by a later change that named
    // another household, which the household stays independent of), and their merge state.
    for (const char* row : {"('d', 1, 1, 'a', 'household', 'h1', 'h1', 'create', x'a0', x'a0')",
                            "('d', 2, 2, 'a', 'member', 'm1', 'h1', 'create', x'a0', x'a0')",
                            "('d', 3, 3, 'a', 'member', 'm1', 'h2', 'update', x'a0', x'a0')"})
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO journal(device, device_seq, hlc, author, entity, record_id,"
                                  " household_id, op, fields, bases) VALUES") +
                   QString::fromLatin1(row)));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO record_heads(entity, record_id, heads) VALUES"
                                  " ('household', 'h1', x'a0'), ('member', 'm1', x'a0')")));
    q.finish();
    REQUIRE(Migrations::run(raw.db, path, Migrations::steps()));
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(record_id || '=' || household_id, ' ')"
                                  " FROM (SELECT * FROM record_heads ORDER BY record_id)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("h1=h1 m1=h1"));
}

TEST_CASE("version 17 fills each household's village pinyin as the household summary keeps it",
          "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v15.db"));
    {
        RawConnection raw(path);
        REQUIRE(Migrations::run(raw.db, path, Migrations::steps().mid(0, 15)));
        QSqlQuery q(raw.db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO household(id, household_id, village) VALUES"
                                      " ('h1', 'h1', '东坡村'), ('h2', 'h2', '岸堤村'), ('h3', 'h3', NULL),"
                                      " ('h4', 'h4', '')")));
        q.finish();
        REQUIRE(Migrations::run(raw.db, path, Migrations::steps()));
        CHECK(version(raw.db) == Migrations::latestVersion());
    }
    // Opened as the app opens it, the list sorts the villages of the migrated file by pinyin.
    Database db;
    REQUIRE(db.open(path));
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id, village_sort FROM household ORDER BY id")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char('=') +
                    (q.value(1).isNull() ? QStringLiteral("null") : q.value(1).toString());
    // What HouseholdSummary writes for the same villages: no village, no key.
    CHECK(rows == QStringList{QStringLiteral("h1=dong po cun"), QStringLiteral("h2=an di cun"),
                              QStringLiteral("h3=null"), QStringLiteral("h4=null")});
    CHECK(PinyinTable::sortKey(QStringLiteral("东坡村")) == QStringLiteral("dong po cun"));
    CHECK(PinyinTable::sortKey(QString()).isNull());
    q.finish();
    HouseholdListQuery list(db);
    list.setSort(HouseholdListQuery::Village, Qt::AscendingOrder);
    QStringList villages;
    for (const HouseholdRow& r : list.page(0, 10))
        villages << r.village;
    CHECK(villages == QStringList{QString(), QString(), QStringLiteral("岸堤村"), QStringLiteral("东坡村")});
}

TEST_CASE("a function a migration needs that no layer installed fails only when a step calls it",
          "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lent.db"));
    RawConnection raw(path);
    const QString name = QStringLiteral("never_installed_here");
    const QList<Migrations::Step> steps = {
        {QStringLiteral("CREATE TABLE t(a TEXT, b TEXT)"),
         QStringLiteral("UPDATE t SET b = never_installed_here(a)")}}; // no rows: never called
    REQUIRE(SqlFunctions::registerOn(SqlStatement::handleOf(raw.db), {name}));
    REQUIRE(Migrations::run(raw.db, path, steps));
    QSqlQuery q(raw.db);
    REQUIRE(q.exec(QStringLiteral("INSERT INTO t(a) VALUES('x')")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE t SET b = never_installed_here(a)")));
    CHECK(q.lastError().text().contains(QStringLiteral("never_installed_here() was not installed")));
    // An installed function is called with the value, NULL as a null string.
    SqlFunctions::install(QStringLiteral("test_twice"), [](const QString& text) {
        return text.isNull() ? QStringLiteral("null") : text + text;
    });
    REQUIRE(SqlFunctions::registerOn(SqlStatement::handleOf(raw.db)));
    REQUIRE(q.exec(QStringLiteral("SELECT test_twice('岸堤'), test_twice(NULL), test_twice('')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("岸堤岸堤"));
    CHECK(q.value(1).toString() == QStringLiteral("null"));
    CHECK_FALSE(q.value(2).isNull()); // empty, not NULL
    CHECK(q.value(2).toString().isEmpty());
}

TEST_CASE("version 23 carries each household's search keys over to the household's rowid", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v22.db"));
    {
        RawConnection raw(path);
        REQUIRE(Migrations::run(raw.db, path, Migrations::steps().mid(0, 22)));
        QSqlQuery q(raw.db);
        // Rows in another order than their ids, so that a key cannot land on the right household
        // by chance; a key of a household without a row (never written so) is not carried over.
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO household(rowid, id, household_id, village, head_name, head_sort, village_sort)"
            " VALUES (7, 'h2', 'h2', '后河村', '单雷', 'shan lei', 'hou he cun'),"
            " (3, 'h1', 'h1', '东山村', '张伟', 'zhang wei', 'dong shan cun'),"
            " (5, 'h3', 'h3', '东山村', '曾祥', 'zeng xiang', 'dong shan cun')")));
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO search_key(key, household_id) VALUES"
                                  " ('张伟', 'h1'), ('伟', 'h1'), ('zw', 'h1'), ('单雷', 'h2'), ('雷', 'h2'),"
                                  " ('dl', 'h2'), ('sl', 'h2'), ('曾祥', 'h3'), ('祥', 'h3'), ('zx', 'h3'),"
                                  " ('cx', 'h3'), ('张伟', 'h9')")));
        q.finish();
        REQUIRE(Migrations::run(raw.db, path, Migrations::steps()));
        CHECK(version(raw.db) == Migrations::latestVersion());
        REQUIRE(q.exec(QStringLiteral("SELECT group_concat(key || '=' || household_rowid, ' ')"
                                      " FROM (SELECT * FROM search_key ORDER BY household_rowid, key)")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() ==
              QStringLiteral("zw=3 伟=3 张伟=3 cx=5 zx=5 曾祥=5 祥=5 dl=7 sl=7 单雷=7 雷=7"));
        // Each key with its household's sort columns, as the row holds them.
        REQUIRE(q.exec(
            QStringLiteral("SELECT count(*) FROM search_key k JOIN household h ON h.rowid = k.household_rowid"
                           " WHERE k.village_sort IS h.village_sort AND k.village IS h.village AND "
                           "k.head_sort IS h.head_sort")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 11);
        // The keys of a household are found by its rowid, as a refresh and a forget remove them.
        REQUIRE(
            q.exec(QStringLiteral("EXPLAIN QUERY PLAN DELETE FROM search_key WHERE household_rowid = 7")));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        CHECK(plan.join(QLatin1Char(' ')).contains(QStringLiteral("search_key_household")));
    }
    // Opened as the app opens it, the search finds each household by its own keys.
    Database db;
    REQUIRE(db.open(path));
    HouseholdListQuery list(db);
    const auto found = [&](const QString& text) {
        list.setFilter({text, {}, {}, {}, {}});
        QStringList ids;
        for (const HouseholdRow& r : list.page(0, 10))
            ids << r.id;
        CHECK(list.count() == ids.size());
        return ids;
    };
    CHECK(found(QStringLiteral("张伟")) == QStringList{QStringLiteral("h1")});
    CHECK(found(QStringLiteral("sl")) == QStringList{QStringLiteral("h2")});
    CHECK(found(QStringLiteral("祥")) == QStringList{QStringLiteral("h3")});
    // In the list's order (by village pinyin, then head): a search's page sorts the matches by
    // their rows, read by rowid.
    CHECK(found(QStringLiteral("东山")) == (QStringList{QStringLiteral("h3"), QStringLiteral("h1")}));
}

TEST_CASE("version 25 reads a household's members from one index, and every statement by household still "
          "finds them through it",
          "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v24.db"));
    RawConnection raw(path);
    REQUIRE(Migrations::run(raw.db, path, Migrations::steps().mid(0, 24)));
    QSqlQuery q(raw.db);
    REQUIRE(
        q.exec(QStringLiteral("INSERT INTO household(id, household_id) VALUES ('h1', 'h1'), ('h2', 'h2')")));
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO member(id, household_id, name, relation, id_number, deleted) VALUES"
        " ('m3', 'h1', '张伟', 'head', '371302198001010011', 0), ('m1', 'h1', '李娜', 'spouse', '', 0),"
        " ('m2', 'h1', '张强', 'child', '371302200501010013', 1), ('m4', 'h2', '王芳', 'head', '', 0)")));
    q.finish();
    REQUIRE(Migrations::run(raw.db, path, Migrations::steps()));
    CHECK(version(raw.db) == Migrations::latestVersion());

    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema"
                                  " WHERE type = 'index' AND tbl_name = 'member' ORDER BY name)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("member_household_order sqlite_autoindex_member_1"));

    const auto planOf = [&](const QString& statement) {
        QSqlQuery p(raw.db);
        REQUIRE(p.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement));
        QStringList plan;
        while (p.next())
            plan << p.value(3).toString();
        return plan.join(QStringLiteral(" | "));
    };
    // The list's member statement (HouseholdListQuery): the index alone, in its order.
    const QString members =
        QStringLiteral("SELECT name, relation, id_number FROM member WHERE household_id = 'h1'"
                       " AND deleted = 0 ORDER BY relation <> 'head', id");
    CHECK(planOf(members) ==
          QStringLiteral(
              "SEARCH member USING COVERING INDEX member_household_order (household_id=? AND deleted=?)"));
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(name, ' ') FROM (") + members + QLatin1Char(')')));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("张伟 李娜"));

    // Every other statement that finds members by their household (the household file, the summary,
    // the names, the history, removing and forgetting a household) searches the index as it searched
    // member_household; those sorting otherwise sort a household's few members as before, or by
    // rowid, which the old index gave for free and this one does not.
    for (const QString& statement :
         {QStringLiteral("SELECT id, name, birth_date FROM member WHERE household_id = 'h1' AND deleted = 0"
                         " ORDER BY relation <> 'head', birth_date, id"),
          QStringLiteral("SELECT name, relation, special_groups, id_number FROM member"
                         " WHERE household_id = 'h1' AND deleted = 0 ORDER BY id"),
          QStringLiteral(
              "SELECT id, name FROM member WHERE household_id = 'h1' AND deleted = 0 ORDER BY rowid"),
          QStringLiteral("SELECT id, name FROM member WHERE household_id = 'h1' ORDER BY rowid"),
          QStringLiteral("SELECT id, name FROM member WHERE household_id = 'h1'"),
          QStringLiteral("SELECT id FROM member WHERE household_id = 'h1' AND deleted = 0"),
          QStringLiteral("DELETE FROM member WHERE household_id = 'h1'")}) {
        const QString plan = planOf(statement);
        INFO(statement.toStdString() << " → " << plan.toStdString());
        CHECK(plan.startsWith(QStringLiteral("SEARCH member USING ")));
        CHECK(plan.contains(QStringLiteral("INDEX member_household_order (household_id=?")));
    }
}
