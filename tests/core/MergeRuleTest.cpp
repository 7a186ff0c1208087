// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The multi-value-register rule of core/journal/README.md, on changes from several devices.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/journal/ChangeApplier.h"
#include "core/journal/ConflictReader.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/journal/JournalReader.h"
#include "core/journal/JournalWriter.h"
#include "core/records/HouseholdRepository.h"
#include "core/sync/ChangeImporter.h"

#include <algorithm>
#include <numeric>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace ff;
using test::TempDatabase;

namespace {
const QString kHousehold = QStringLiteral("h1");

Change change(const char* device, qint64 seq, quint64 ms, Change::Op op, QVariantMap fields,
              QMap<QString, QList<ChangeId>> bases = {})
{
    Change c;
    c.id = {QString::fromLatin1(device), seq};
    c.hlc = HybridLogicalClock::pack(ms, 0);
    c.author = QString::fromLatin1(device);
    c.entity = QStringLiteral("household");
    c.recordId = kHousehold;
    c.householdId = kHousehold;
    c.op = op;
    c.fields = std::move(fields);
    c.bases = std::move(bases);
    return c;
}

QString value(Database& db, const QString& field)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT %1 FROM household WHERE id = 'h1'").arg(field));
    return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

int conflicts(Database& db) { return TempDatabase::count(db, QStringLiteral("conflict")); }

const QString kStatus = QStringLiteral("status");
const QString kPhone = QStringLiteral("phone");

// A creates; B and C each change the status having seen only A; D resolves having seen both.
QList<Change> story()
{
    const ChangeId a{QStringLiteral("A"), 1}, b{QStringLiteral("B"), 1}, c{QStringLiteral("C"), 1};
    return {
        change("A", 1, 1000, Change::Op::Create,
               {{kStatus, QStringLiteral("dibao")}, {kPhone, QStringLiteral("1")}}),
        change("B", 1, 2000, Change::Op::Update, {{kStatus, QStringLiteral("tekun")}}, {{kStatus, {a}}}),
        change("C", 1, 1500, Change::Op::Update,
               {{kStatus, QStringLiteral("none")}, {kPhone, QStringLiteral("2")}},
               {{kStatus, {a}}, {kPhone, {a}}}),
        change("D", 1, 3000, Change::Op::Resolve, {{kStatus, QStringLiteral("low_income")}},
               {{kStatus, {b, c}}}),
    };
}
} // namespace

TEST_CASE("concurrent edits of one field open a conflict, the greater clock is shown meanwhile", "[merge]")
{
    TempDatabase t;
    ChangeApplier applier(t.db());
    const QList<Change> s = story();
    REQUIRE(applier.apply(s[0]));
    REQUIRE(applier.apply(s[1]));
    REQUIRE(applier.apply(s[2]));
    CHECK(value(t.db(), kStatus) == QStringLiteral("tekun")); // B's clock is later
    CHECK(value(t.db(), kPhone) == QStringLiteral("2"));      // only C changed it: no conflict
    CHECK(conflicts(t.db()) == 1);
    CHECK(applier.heads(QStringLiteral("household"), kHousehold).value(kStatus).size() == 2);

    REQUIRE(applier.apply(s[3]));
    CHECK(value(t.db(), kStatus) == QStringLiteral("low_income"));
    CHECK(conflicts(t.db()) == 0);
}

TEST_CASE("equal values never conflict", "[merge]")
{
    TempDatabase t;
    ChangeApplier applier(t.db());
    const ChangeId a{QStringLiteral("A"), 1};
    REQUIRE(applier.apply(change("A", 1, 1000, Change::Op::Create, {{kStatus, QStringLiteral("dibao")}})));
    REQUIRE(applier.apply(
        change("B", 1, 2000, Change::Op::Update, {{kStatus, QStringLiteral("tekun")}}, {{kStatus, {a}}})));
    REQUIRE(applier.apply(
        change("C", 1, 2500, Change::Op::Update, {{kStatus, QStringLiteral("tekun")}}, {{kStatus, {a}}})));
    CHECK(conflicts(t.db()) == 0);
    CHECK(value(t.db(), kStatus) == QStringLiteral("tekun"));
}

TEST_CASE("applying a change twice is a no-op", "[merge]")
{
    TempDatabase t;
    ChangeApplier applier(t.db());
    const QList<Change> s = story();
    for (const Change& c : s)
        REQUIRE(applier.apply(c));
    const QString once = TempDatabase::dumpTables(t.db()) + TempDatabase::dumpJournal(t.db());
    ChangeApplier::Outcome outcome = ChangeApplier::Outcome::Applied;
    REQUIRE(applier.apply(s[1], &outcome));
    CHECK(outcome == ChangeApplier::Outcome::Duplicate);
    CHECK(TempDatabase::dumpTables(t.db()) + TempDatabase::dumpJournal(t.db()) == once);
}

TEST_CASE("arrival order does not matter: every order gives the same values and conflicts", "[merge]")
{
    // The six-change story plus a later edit of C's; every permutation of arrival is tried.
    QList<Change> s = story();
    s.append(change("C", 2, 1600, Change::Op::Update, {{kPhone, QStringLiteral("3")}},
                    {{kPhone, {{QStringLiteral("C"), 1}}}}));
    QList<int> order(s.size());
    std::iota(order.begin(), order.end(), 0);

    QString expected;
    int permutations = 0;
    do {
        TempDatabase t;
        ChangeApplier applier(t.db());
        for (int i : order)
            REQUIRE(applier.apply(s[i]));
        const QString state = value(t.db(), kStatus) + value(t.db(), kPhone) +
                              QString::number(conflicts(t.db())) +
                              QString::fromUtf8(TempDatabase::dumpTables(t.db()).toUtf8());
        if (expected.isEmpty())
            expected = state;
        INFO("permutation " << permutations);
        CHECK(state == expected);
        ++permutations;
    } while (std::next_permutation(order.begin(), order.end()) && permutations < 120);
    CHECK(expected.startsWith(QStringLiteral("low_income30")));
}

TEST_CASE("a removal racing an edit of the same record opens a conflict, and keeping the record brings the "
          "edit back",
          "[merge]")
{
    TempDatabase a, b;
    HouseholdRepository repoA(a.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repoA.save(file));
    REQUIRE(ChangeImporter::apply(b.db(), JournalReader(a.db()).since(0)));
    const QString householdId = file.household.value(QStringLiteral("id")).toString();
    const QString memberId = file.members.constLast().value(QStringLiteral("id")).toString();

    // Offline, 王芳 removes the member while 李娜 records the member's chronic illness.
    file.members.removeLast();
    REQUIRE(repoA.save(file));
    HouseholdRepository repoB(b.db(), test::as(QStringLiteral("李娜")));
    auto onB = repoB.load(householdId);
    REQUIRE(onB);
    onB->members.last().insert(QStringLiteral("health"), QStringLiteral("chronic"));
    REQUIRE(repoB.save(*onB));

    // Each receives the other's work: both show the same conflict, on the member's removal.
    const QList<Change> fromA = JournalReader(a.db()).since(0);
    const QList<Change> fromB = JournalReader(b.db()).since(0);
    REQUIRE(ChangeImporter::apply(a.db(), fromB));
    REQUIRE(ChangeImporter::apply(b.db(), fromA));
    for (Database* db : {&a.db(), &b.db()}) {
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT entity, record_id, field FROM conflict"));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("member"));
        CHECK(q.value(1).toString() == memberId);
        CHECK(q.value(2).toString() == QStringLiteral("_deleted"));
        CHECK_FALSE(q.next());
    }
    CHECK(TempDatabase::dumpTables(a.db()) == TempDatabase::dumpTables(b.db()));

    // Someone keeps the member: the removal is undone, and 李娜's note of the illness is there.
    const auto open = ConflictReader(a.db()).forHousehold(householdId);
    REQUIRE(open.size() == 1);
    REQUIRE(JournalWriter(a.db(), test::supervisor(QStringLiteral("周督导")))
                .commit({{QStringLiteral("member"),
                          memberId,
                          householdId,
                          Change::Op::Resolve,
                          {{QStringLiteral("_deleted"), false}}}}));
    CHECK(conflicts(a.db()) == 0);
    const auto kept = HouseholdRepository(a.db()).load(householdId);
    REQUIRE(kept);
    REQUIRE(kept->members.size() == file.members.size() + 1);
    bool illnessKept = false;
    for (const QVariantMap& m : kept->members)
        illnessKept =
            illnessKept || m.value(QStringLiteral("health")).toString() == QStringLiteral("chronic");
    CHECK(illnessKept);
}

namespace {
/// Every household row, column by column with its value's type, then `typeColumns` (a list of
/// typeof() and other columns) for each row: what two ways of writing rows must both leave.
QStringList householdRows(Database& db, const QString& typeColumns)
{
    QStringList out;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM household ORDER BY id")));
    while (q.next()) {
        QStringList row;
        for (int c = 0; c < q.record().count(); ++c)
            row << q.record().fieldName(c) + QLatin1Char('=') + q.value(c).toString() + QLatin1Char(':') +
                       QString::fromLatin1(q.value(c).metaType().name());
        out << row.join(QLatin1Char(' '));
    }
    QSqlQuery types(db.sql());
    REQUIRE(types.exec(QStringLiteral("SELECT %1 FROM household ORDER BY id").arg(typeColumns)));
    while (types.next()) {
        QStringList row;
        for (int c = 0; c < types.record().count(); ++c)
            row << types.value(c).toString();
        out << row.join(QLatin1Char(','));
    }
    return out;
}

/// Three laptops that start from one household file: `a` made it, `b` and `c` received it.
struct ThreeLaptops
{
    TempDatabase a, b, c;
    QString householdId;
    QString memberId;

    ThreeLaptops()
    {
        HouseholdFile file = test::sampleHousehold();
        REQUIRE(HouseholdRepository(a.db(), test::as(QStringLiteral("王芳"))).save(file));
        householdId = file.household.value(QStringLiteral("id")).toString();
        memberId = file.members.constLast().value(QStringLiteral("id")).toString();
        for (Database* to : {&b.db(), &c.db()})
            REQUIRE(ChangeImporter::apply(*to, JournalReader(a.db()).since(0)));
    }
    /// Every change `from` holds, applied on `to`.
    static void send(Database& from, Database& to)
    {
        REQUIRE(ChangeImporter::apply(to, JournalReader(from).since(0)));
    }
    void setMember(Database& db, const QString& field, const QVariant& value, const QString& author)
    {
        REQUIRE(JournalWriter(db, test::as(author))
                    .commit({{QStringLiteral("member"),
                              memberId,
                              householdId,
                              Change::Op::Update,
                              {{field, value}}}}));
    }
};
} // namespace

TEST_CASE("one value set by two people at once, then changed by a third who saw both: no conflict", "[merge]")
{
    ThreeLaptops t;
    // Offline, 王芳 and 李娜 both record the member's chronic illness.
    t.setMember(t.a.db(), QStringLiteral("health"), QStringLiteral("chronic"), QStringLiteral("王芳"));
    t.setMember(t.b.db(), QStringLiteral("health"), QStringLiteral("chronic"), QStringLiteral("李娜"));
    ThreeLaptops::send(t.a.db(), t.c.db());
    ThreeLaptops::send(t.b.db(), t.c.db());
    CHECK(conflicts(t.c.db()) == 0); // equal values never conflict
    // 周督导 saw both and records that the illness is now serious: both equal heads are replaced.
    t.setMember(t.c.db(), QStringLiteral("health"), QStringLiteral("serious"), QStringLiteral("周督导"));
    CHECK(ChangeApplier(t.c.db())
              .heads(QStringLiteral("member"), t.memberId)
              .value(QStringLiteral("health"))
              .size() == 1);
    for (Database* db : {&t.a.db(), &t.b.db()}) {
        ThreeLaptops::send(t.c.db(), *db);
        CHECK(conflicts(*db) == 0);
    }
    CHECK(conflicts(t.c.db()) == 0);
}

TEST_CASE("edits of two fields at once, then a removal by one who saw both: removed, no conflict", "[merge]")
{
    ThreeLaptops t;
    // Offline, each changes a different field: each edit also says the member is still there.
    t.setMember(t.a.db(), QStringLiteral("health"), QStringLiteral("chronic"), QStringLiteral("王芳"));
    t.setMember(t.b.db(), QStringLiteral("schooling"), QStringLiteral("primary"), QStringLiteral("李娜"));
    ThreeLaptops::send(t.a.db(), t.c.db());
    ThreeLaptops::send(t.b.db(), t.c.db());
    REQUIRE(conflicts(t.c.db()) == 0);
    // 周督导 saw both edits and removes the member (moved away): nobody disagrees.
    auto file = HouseholdRepository(t.c.db()).load(t.householdId);
    REQUIRE(file);
    file->members.removeIf(
        [&](const QVariantMap& m) { return m.value(QStringLiteral("id")).toString() == t.memberId; });
    REQUIRE(HouseholdRepository(t.c.db(), test::supervisor(QStringLiteral("周督导"))).save(*file));
    for (Database* db : {&t.a.db(), &t.b.db(), &t.c.db()}) {
        ThreeLaptops::send(t.c.db(), *db);
        ThreeLaptops::send(t.a.db(), *db);
        ThreeLaptops::send(t.b.db(), *db);
        CHECK(conflicts(*db) == 0);
        QSqlQuery q(db->sql());
        q.prepare(QStringLiteral("SELECT deleted FROM member WHERE id = ?"));
        q.addBindValue(t.memberId);
        REQUIRE((q.exec() && q.next()));
        CHECK(q.value(0).toInt() == 1);
    }
}

TEST_CASE("a record's first change writes the same row whether or not a conflict is open elsewhere",
          "[merge][row]")
{
    // With no conflict anywhere a record's first change binds its values straight from its bytes
    // (ChangeApplier::writeSoleHeadRow), as does an update that supersedes every head it touches;
    // with one open, both go through the heads and decoded values.
    const QList<QVariantMap> values{
        {{QStringLiteral("phone"), QStringLiteral("13800000000")},
         {QStringLiteral("annual_income"), 12345.5},
         {QStringLiteral("relocated"), qint64(1)},
         {QStringLiteral("address"), QStringLiteral("沂南县 界湖街道 1 号")},
         {QStringLiteral("notes"), QVariant()},
         {QStringLiteral("village"), qint64(-70000)},
         {QStringLiteral("county"), qint64(5000000000)},
         {QStringLiteral("township"), 2.0}},
        {{QStringLiteral("_deleted"), qint64(1)},
         {QStringLiteral("household_no"), QString(300, QLatin1Char('x'))}},
        {{QStringLiteral("_deleted"), qint64(0)}, {QStringLiteral("phone"), QStringLiteral("1")}},
    };
    auto rows = [&](bool conflictElsewhere) {
        TempDatabase t;
        if (conflictElsewhere) {
            QSqlQuery q(t.db().sql());
            REQUIRE(q.exec(QStringLiteral("INSERT INTO conflict(entity, record_id, field, household_id) "
                                          "VALUES('household', 'x', 'phone', 'x')")));
        }
        ChangeApplier applier(t.db());
        for (int i = 0; i < values.size(); ++i) {
            Change c = change("A", i + 1, 1000 + i, Change::Op::Create, values.at(i));
            c.recordId = c.householdId = QStringLiteral("h%1").arg(i);
            REQUIRE(applier.apply(c));
        }
        // Updates of the first household: superseding its phone's head, then its income's and
        // removing it; and one naming no base for a field that has a head (two heads, no conflict
        // of values: the general path either way).
        const ChangeId first{QStringLiteral("A"), 1};
        QList<Change> updates{
            change("B", 1, 5000, Change::Op::Update, {{QStringLiteral("phone"), QStringLiteral("王 139")}},
                   {{QStringLiteral("phone"), {first}}}),
            change("B", 2, 5001, Change::Op::Update,
                   {{QStringLiteral("annual_income"), qint64(7)}, {QStringLiteral("_deleted"), qint64(1)}},
                   {{QStringLiteral("annual_income"), {first}}}),
            change("C", 1, 5002, Change::Op::Update, {{QStringLiteral("village"), qint64(-70000)}}),
        };
        for (Change& u : updates) {
            u.recordId = u.householdId = QStringLiteral("h0");
            REQUIRE(applier.apply(u));
        }
        return householdRows(
            t.db(), QStringLiteral("typeof(phone), typeof(annual_income), typeof(relocated), typeof(notes), "
                                   "typeof(village), typeof(county), typeof(township), typeof(deleted)"));
    };
    const QStringList fast = rows(false);
    CHECK(fast.size() == 6);
    CHECK(fast == rows(true));
}

TEST_CASE("an update writes the same row whether it writes only the columns it changes or all it sets",
          "[merge][row]")
{
    // With no conflict anywhere an update that supersedes every head it touches writes, with an
    // UPDATE, only the columns whose stored value it changes (ChangeApplier::updateChangedColumns);
    // with one open, it goes through the heads and the upsert of every column it sets. Values set
    // again as they are, of another type in the same column, null, and a household that differs.
    const ChangeId first{QStringLiteral("A"), 1};
    auto rows = [&](bool conflictElsewhere) {
        TempDatabase t;
        if (conflictElsewhere) {
            QSqlQuery q(t.db().sql());
            REQUIRE(q.exec(QStringLiteral("INSERT INTO conflict(entity, record_id, field, household_id) "
                                          "VALUES('household', 'x', 'phone', 'x')")));
        }
        ChangeApplier applier(t.db());
        REQUIRE(applier.apply(change("A", 1, 1000, Change::Op::Create,
                                     {{QStringLiteral("phone"), QStringLiteral("13800000000")},
                                      {QStringLiteral("annual_income"), 12345.5},
                                      {QStringLiteral("relocated"), qint64(1)},
                                      {QStringLiteral("notes"), QStringLiteral("旧")},
                                      {QStringLiteral("village"), QStringLiteral("5")},
                                      {QStringLiteral("last_visit"), QStringLiteral("2026-11-01")}})));
        QList<Change> updates{
            // The same values again: nothing to write.
            change("B", 1, 5000, Change::Op::Update,
                   {{QStringLiteral("_deleted"), qint64(0)},
                    {QStringLiteral("phone"), QStringLiteral("13800000000")}},
                   {{QStringLiteral("phone"), {first}}}),
            // One value changed beside one set again.
            change("B", 2, 5001, Change::Op::Update,
                   {{QStringLiteral("_deleted"), qint64(0)},
                    {QStringLiteral("last_visit"), QStringLiteral("2026-11-29")}},
                   {{QStringLiteral("last_visit"), {first}}}),
            // Whole numbers for a real and a text column, a real for a whole number, null for text.
            change("B", 3, 5002, Change::Op::Update,
                   {{QStringLiteral("annual_income"), qint64(12345)},
                    {QStringLiteral("village"), qint64(5)},
                    {QStringLiteral("relocated"), 1.0},
                    {QStringLiteral("notes"), QVariant()}},
                   {{QStringLiteral("annual_income"), {first}},
                    {QStringLiteral("village"), {first}},
                    {QStringLiteral("relocated"), {first}},
                    {QStringLiteral("notes"), {first}}}),
            // Null set again, and a removal.
            change("B", 4, 5003, Change::Op::Update,
                   {{QStringLiteral("notes"), QVariant()}, {QStringLiteral("_deleted"), qint64(1)}},
                   {{QStringLiteral("notes"), {ChangeId{QStringLiteral("B"), 3}}}}),
        };
        for (Change& u : updates)
            REQUIRE(applier.apply(u));
        // A change that names another household for a record here: the row takes it, as the
        // upsert's household_id = excluded.household_id does.
        Change moved =
            change("B", 5, 5004, Change::Op::Update, {{QStringLiteral("phone"), QStringLiteral("1")}},
                   {{QStringLiteral("phone"), {ChangeId{QStringLiteral("B"), 1}}}});
        moved.householdId = QStringLiteral("h2");
        REQUIRE(applier.apply(moved));
        return householdRows(t.db(),
                             QStringLiteral("typeof(phone), typeof(annual_income), typeof(relocated), "
                                            "typeof(notes), typeof(village), typeof(deleted), household_id"));
    };
    const QStringList fast = rows(false);
    REQUIRE(fast.size() == 2);
    CHECK(fast.at(0).contains(QStringLiteral("last_visit=2026-11-29")));
    CHECK(fast.at(0).contains(QStringLiteral("deleted=1")));
    CHECK(fast.at(1) == QStringLiteral("text,real,integer,null,text,integer,h2"));
    CHECK(fast == rows(true));
}
