// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/journal/ChangeCodec.h"
#include "core/journal/JournalReader.h"
#include "core/journal/JournalWriter.h"
#include "core/records/HouseholdRepository.h"

#include <QSqlQuery>

using namespace ff;
using test::TempDatabase;

namespace {
QList<Change> journal(Database& db) { return JournalReader(db).since(0); }

QVariant cell(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}
} // namespace

TEST_CASE("saving a household writes table rows and journal changes together", "[journal]")
{
    TempDatabase t;
    ManualClock clock(1'750'000'000'000);
    HouseholdRepository repo(t.db(), test::as(QStringLiteral("王芳"), clock));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repo.save(file));

    const QList<Change> changes = journal(t.db());
    REQUIRE(changes.size() == 3); // household + two members
    const QString device = changes.first().id.device;
    CHECK_FALSE(device.isEmpty());
    for (int i = 0; i < changes.size(); ++i) {
        const Change& c = changes.at(i);
        CHECK(c.id.device == device);
        CHECK(c.id.seq == i + 1);
        CHECK(c.author == QStringLiteral("王芳"));
        CHECK(c.op == Change::Op::Create);
        CHECK(c.householdId == file.household.value(QStringLiteral("id")).toString());
        CHECK(c.bases.isEmpty());
        if (i > 0)
            CHECK(c.hlc > changes.at(i - 1).hlc);
    }
    CHECK(changes.at(0).entity == QStringLiteral("household"));
    CHECK(changes.at(0).fields.value(QStringLiteral("village")) == QStringLiteral("东山村"));
    CHECK(changes.at(1).fields.value(QStringLiteral("name")) == QStringLiteral("张伟"));

    CHECK(TempDatabase::count(t.db(), QStringLiteral("household")) == 1);
    CHECK(TempDatabase::count(t.db(), QStringLiteral("member")) == 2);
    CHECK(cell(t.db(), QStringLiteral("SELECT head_name FROM household")) == QStringLiteral("张伟"));
    CHECK(cell(t.db(), QStringLiteral("SELECT member_count FROM household")).toInt() == 2);
    CHECK(cell(t.db(), QStringLiteral("SELECT special_groups FROM household")) ==
          QStringLiteral("left_behind_child"));
}

TEST_CASE("an update records only the fields that changed, with the heads it replaced as bases", "[journal]")
{
    TempDatabase t;
    HouseholdRepository repo(t.db(), test::as(QStringLiteral("王芳")));
    HouseholdRepository other(t.db(), test::as(QStringLiteral("李娜")));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repo.save(file));
    const ChangeId created = journal(t.db()).first().id;

    file.household.insert(QStringLiteral("phone"), QStringLiteral("13900001111"));
    REQUIRE(other.save(file));
    QList<Change> changes = journal(t.db());
    REQUIRE(changes.size() == 4);
    const Change& update = changes.last();
    CHECK(update.op == Change::Op::Update);
    CHECK(update.author == QStringLiteral("李娜"));
    // The field that changed, and that the record is still there (so that a removal made elsewhere
    // meanwhile meets this edit as a conflict).
    CHECK(update.fields.keys() == (QStringList{QStringLiteral("_deleted"), QStringLiteral("phone")}));
    CHECK(update.fields.value(QStringLiteral("_deleted")) == QVariant(qint64(0)));
    CHECK(update.fields.value(QStringLiteral("phone")) == QStringLiteral("13900001111"));
    REQUIRE(update.bases.value(QStringLiteral("phone")).size() == 1);
    CHECK(update.bases.value(QStringLiteral("phone")).first() == created);
    CHECK(cell(t.db(), QStringLiteral("SELECT phone FROM household")) == QStringLiteral("13900001111"));

    // Saving again without a change writes nothing.
    REQUIRE(other.save(file));
    CHECK(journal(t.db()).size() == 4);
}

TEST_CASE("removing a member is a tombstone change", "[journal]")
{
    TempDatabase t;
    HouseholdRepository repo(t.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repo.save(file));
    file.members.removeLast();
    REQUIRE(repo.save(file));
    const Change last = journal(t.db()).last();
    CHECK(last.op == Change::Op::Delete);
    CHECK(last.entity == QStringLiteral("member"));
    CHECK(cell(t.db(), QStringLiteral("SELECT count(*) FROM member WHERE deleted = 0")).toInt() == 1);
    CHECK(cell(t.db(), QStringLiteral("SELECT member_count FROM household")).toInt() == 1);
    CHECK(cell(t.db(), QStringLiteral("SELECT special_groups FROM household")).toString().isEmpty());
}

TEST_CASE("a failed edit leaves neither the tables nor the journal changed", "[journal]")
{
    TempDatabase t;
    HouseholdRepository repo(t.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repo.save(file));
    const QString tablesBefore = TempDatabase::dumpTables(t.db());
    const QString journalBefore = TempDatabase::dumpJournal(t.db());
    const QString seqBefore = t.db().meta(QStringLiteral("device_seq"));
    const QString householdId = file.household.value(QStringLiteral("id")).toString();

    SECTION("the database refuses the batch at commit (member of a household that does not exist)")
    {
        JournalWriter writer(t.db(), test::as(QStringLiteral("王芳")));
        QList<JournalWriter::Edit> edits = {{QStringLiteral("household"),
                                             householdId,
                                             householdId,
                                             Change::Op::Update,
                                             {{QStringLiteral("status"), QStringLiteral("none")}}},
                                            {QStringLiteral("member"),
                                             JournalWriter::newId(),
                                             QStringLiteral("no-such-household"),
                                             Change::Op::Create,
                                             {{QStringLiteral("name"), QStringLiteral("李四")}}}};
        const Status s = writer.commit(edits);
        CHECK_FALSE(s.isOk());
        CHECK_FALSE(s.error().message.isEmpty());
    }
    SECTION("an unknown field in the second edit")
    {
        JournalWriter writer(t.db(), test::as(QStringLiteral("王芳")));
        QList<JournalWriter::Edit> edits = {{QStringLiteral("household"),
                                             householdId,
                                             householdId,
                                             Change::Op::Update,
                                             {{QStringLiteral("status"), QStringLiteral("none")}}},
                                            {QStringLiteral("household"),
                                             householdId,
                                             householdId,
                                             Change::Op::Update,
                                             {{QStringLiteral("no_such_field"), 1}}}};
        CHECK_FALSE(writer.commit(edits).isOk());
    }
    SECTION("invalid input through the repository")
    {
        HouseholdFile bad = file;
        bad.household.insert(QStringLiteral("phone"), QStringLiteral("13900001111"));
        bad.members[0].insert(QStringLiteral("id_number"), QStringLiteral("110105194912310021"));
        QList<ValidationIssue> issues;
        const Status s = repo.save(bad, &issues);
        CHECK_FALSE(s.isOk());
        CHECK(issues.size() == 1);
        CHECK(s.error().message.contains(issues.first().message));
    }
    SECTION("the file is read-only")
    {
        QSqlQuery(t.db().sql()).exec(QStringLiteral("PRAGMA query_only = ON"));
        HouseholdFile edited = file;
        edited.household.insert(QStringLiteral("phone"), QStringLiteral("13900001111"));
        CHECK_FALSE(repo.save(edited).isOk());
        QSqlQuery(t.db().sql()).exec(QStringLiteral("PRAGMA query_only = OFF"));
    }

    CHECK(TempDatabase::dumpTables(t.db()) == tablesBefore);
    CHECK(TempDatabase::dumpJournal(t.db()) == journalBefore);
    CHECK(t.db().meta(QStringLiteral("device_seq")) == seqBefore);
}

TEST_CASE("two connections writing to one file never reuse a sequence number", "[journal]")
{
    TempDatabase t;
    Database second;
    REQUIRE(second.open(t.path()));
    HouseholdRepository a(t.db(), test::as(QStringLiteral("a")));
    HouseholdRepository b(second, test::as(QStringLiteral("b")));
    for (int i = 0; i < 5; ++i) {
        HouseholdFile f1 = test::sampleHousehold();
        HouseholdFile f2 = test::sampleHousehold(QStringLiteral("李娜"));
        f2.members[0].insert(QStringLiteral("sex"), QStringLiteral("female"));
        f2.members[0].insert(QStringLiteral("id_number"), QStringLiteral("11010519491231002X"));
        f2.members[0].insert(QStringLiteral("birth_date"), QStringLiteral("1949-12-31"));
        REQUIRE(a.save(f1));
        REQUIRE(b.save(f2));
    }
    CHECK(cell(t.db(), QStringLiteral("SELECT count(DISTINCT device_seq) FROM journal")).toInt() == 30);
    CHECK(cell(t.db(), QStringLiteral("SELECT max(device_seq) FROM journal")).toInt() == 30);
}

TEST_CASE("the writer applies the authority rule of the person acting, and a refusal writes nothing",
          "[journal]")
{
    TempDatabase t;
    const QString household = QStringLiteral("h1");
    using Op = Change::Op;
    const auto edit = [&](const char* entity, const QString& id, Op op, QVariantMap fields) {
        return JournalWriter::Edit{QString::fromLatin1(entity), id, household, op, std::move(fields)};
    };
    // A caseworker registers a household with its status (anyone may, when it is new).
    REQUIRE(JournalWriter(t.db(), test::as(QStringLiteral("王芳")))
                .commit({edit("household", household, Op::Create,
                              {{QStringLiteral("status"), QStringLiteral("dibao")},
                               {QStringLiteral("village"), QStringLiteral("东山村")}})}));
    const int before = TempDatabase::count(t.db(), QStringLiteral("journal"));

    // The caseworker may not change it once it is on file, not even beside an allowed change,
    // and not by calling the change a create.
    for (const Op op : {Op::Update, Op::Create, Op::Resolve}) {
        const Status s = JournalWriter(t.db(), test::as(QStringLiteral("王芳")))
                             .commit({edit("household", household, Op::Update,
                                           {{QStringLiteral("phone"), QStringLiteral("13800000000")}}),
                                      edit("household", household, op,
                                           {{QStringLiteral("status"), QStringLiteral("none")}})});
        CHECK_FALSE(s);
        CHECK(s.error().message.startsWith(QStringLiteral("Nothing was saved:")));
    }
    // A status review's decision is the county's, also on a new review.
    const QString review = JournalWriter::newId();
    CHECK_FALSE(JournalWriter(t.db(), test::as(QStringLiteral("王芳")))
                    .commit({edit("status_review", review, Op::Create,
                                  {{QStringLiteral("proposed_status"), QStringLiteral("none")},
                                   {QStringLiteral("decision"), QStringLiteral("approved")}})}));
    CHECK(TempDatabase::count(t.db(), QStringLiteral("journal")) == before);
    CHECK(
        cell(t.db(), QStringLiteral("SELECT status || '|' || ifnull(phone, '') FROM household")).toString() ==
        QStringLiteral("dibao|"));

    // Not the station supervisor either (the station recommends; the county confirms)…
    CHECK_FALSE(JournalWriter(t.db(), test::supervisor(QStringLiteral("李站长")))
                    .commit({edit("household", household, Op::Update,
                                  {{QStringLiteral("status"), QStringLiteral("none")}})}));
    CHECK(cell(t.db(), QStringLiteral("SELECT status FROM household")).toString() == QStringLiteral("dibao"));
    // … the county may.
    REQUIRE(JournalWriter(t.db(), Session::of(QStringLiteral("赵敏"), Role::County))
                .commit({edit("household", household, Op::Update,
                              {{QStringLiteral("status"), QStringLiteral("none")}})}));
    CHECK(cell(t.db(), QStringLiteral("SELECT status FROM household")).toString() == QStringLiteral("none"));
}
