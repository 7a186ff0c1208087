// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Query.h"
#include "core/db/WriteTransaction.h"
#include "core/demo/DemoGenerator.h"
#include "core/journal/JournalReader.h"
#include "core/journal/JournalReplayer.h"
#include "core/journal/JournalWriter.h"
#include "core/model/ResidentId.h"
#include "core/records/HouseholdListQuery.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/HouseholdSummary.h"
#include "core/records/PinyinTable.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/DeviceSync.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace ff;
using test::TempDatabase;

namespace {
/// A household whose head has the given name and ID number; the number is made valid.
QString addHousehold(HouseholdRepository& repo, const QString& head, const QString& first17,
                     const QString& village, const QString& status = QStringLiteral("dibao"))
{
    HouseholdFile f = test::sampleHousehold(head);
    const QString id = first17 + ResidentId::checkDigit(first17);
    f.members[0].insert(QStringLiteral("id_number"), id);
    f.members[0].insert(QStringLiteral("birth_date"), ResidentId::birthDate(id).toString(Qt::ISODate));
    f.members[0].insert(QStringLiteral("sex"), ResidentId::sex(id) == QLatin1Char('M')
                                                   ? QStringLiteral("male")
                                                   : QStringLiteral("female"));
    f.members.removeLast();
    f.household.insert(QStringLiteral("village"), village);
    f.household.insert(QStringLiteral("status"), status);
    f.household.insert(QStringLiteral("household_no"), QStringLiteral("NO-") + head);
    REQUIRE(repo.save(f));
    return f.household.value(QStringLiteral("id")).toString();
}

QStringList heads(HouseholdListQuery& q)
{
    QStringList names;
    for (const HouseholdRow& r : q.page(0, 1000))
        names << r.head;
    names.sort();
    return names;
}

QStringList search(HouseholdListQuery& q, const QString& text)
{
    q.setFilter({text, {}, {}, {}, {}});
    return heads(q);
}
} // namespace

TEST_CASE("search by name, pinyin initials, ID prefix and village", "[search]")
{
    TempDatabase t;
    HouseholdRepository repo(t.db(), test::as(QStringLiteral("王芳")));
    addHousehold(repo, QStringLiteral("张伟"), QStringLiteral("37132119600315001"), QStringLiteral("东山村"));
    addHousehold(repo, QStringLiteral("张伟明"), QStringLiteral("37132119700101003"),
                 QStringLiteral("西岭村"));
    addHousehold(repo, QStringLiteral("曾祥"), QStringLiteral("37132219800202005"), QStringLiteral("东山村"));
    addHousehold(repo, QStringLiteral("单雷"), QStringLiteral("11010519491231001"), QStringLiteral("后河村"));
    addHousehold(repo, QStringLiteral("王芳"), QStringLiteral("37132119900303002"), QStringLiteral("后河村"),
                 QStringLiteral("tekun"));
    HouseholdListQuery q(t.db());

    SECTION("two-character names, and prefixes and suffixes of names")
    {
        CHECK(search(q, QStringLiteral("张伟")) ==
              QStringList{QStringLiteral("张伟"), QStringLiteral("张伟明")});
        CHECK(search(q, QStringLiteral("王芳")) == QStringList{QStringLiteral("王芳")});
        CHECK(search(q, QStringLiteral("张")) ==
              QStringList{QStringLiteral("张伟"), QStringLiteral("张伟明")});
        CHECK(search(q, QStringLiteral("伟明")) == QStringList{QStringLiteral("张伟明")});
        CHECK(search(q, QStringLiteral("张 伟")) ==
              QStringList{QStringLiteral("张伟"), QStringLiteral("张伟明")});
        CHECK(search(q, QStringLiteral("李")).isEmpty());
    }
    SECTION("pinyin initials, with every reading of a character")
    {
        CHECK(search(q, QStringLiteral("zw")) ==
              QStringList{QStringLiteral("张伟"), QStringLiteral("张伟明")});
        CHECK(search(q, QStringLiteral("ZWM")) == QStringList{QStringLiteral("张伟明")});
        CHECK(search(q, QStringLiteral("zx")) ==
              QStringList{QStringLiteral("曾祥")}); // 曾 as a surname: zēng
        CHECK(search(q, QStringLiteral("cx")) ==
              QStringList{QStringLiteral("曾祥")}); // and its other reading
        CHECK(search(q, QStringLiteral("sl")) ==
              QStringList{QStringLiteral("单雷")}); // 单 as a surname: shàn
        CHECK(search(q, QStringLiteral("dl")) == QStringList{QStringLiteral("单雷")});
        CHECK(search(q, QStringLiteral("wf")) == QStringList{QStringLiteral("王芳")});
        CHECK(search(q, QStringLiteral("ｚｘ")) == QStringList{QStringLiteral("曾祥")});
    }
    SECTION("ID number and its prefix")
    {
        CHECK(search(q, QStringLiteral("371321")).size() == 3 + 0); // heads only; children removed
        CHECK(search(q, QStringLiteral("371322")) == QStringList{QStringLiteral("曾祥")});
        CHECK(search(q, QStringLiteral("11010519491231001")) == QStringList{QStringLiteral("单雷")});
        const QString full =
            QStringLiteral("11010519491231001") + ResidentId::checkDigit(u"11010519491231001");
        CHECK(search(q, full.toLower()) == QStringList{QStringLiteral("单雷")});
        CHECK(search(q, QStringLiteral("999")).isEmpty());
        // Full-width digits, as a Chinese input method types them.
        CHECK(search(q, QStringLiteral("３７１３２２")) == QStringList{QStringLiteral("曾祥")});
    }
    SECTION("village")
    {
        CHECK(search(q, QStringLiteral("东山")) ==
              QStringList{QStringLiteral("张伟"), QStringLiteral("曾祥")});
        CHECK(search(q, QStringLiteral("后河村")) ==
              QStringList{QStringLiteral("单雷"), QStringLiteral("王芳")});
    }
    SECTION("filters combine with search, and count agrees with the page")
    {
        q.setFilter({{}, QStringLiteral("后河村"), {}, {}, {}});
        CHECK(q.count() == 2);
        q.setFilter({{}, QStringLiteral("后河村"), QStringLiteral("tekun"), {}, {}});
        CHECK(heads(q) == QStringList{QStringLiteral("王芳")});
        q.setFilter({QStringLiteral("d"), QStringLiteral("后河村"), {}, {}, {}});
        CHECK(heads(q) == QStringList{QStringLiteral("单雷")});
        CHECK(q.count() == 1);
        CHECK(q.villages() ==
              QStringList{QStringLiteral("东山村"), QStringLiteral("后河村"), QStringLiteral("西岭村")});
    }
}

TEST_CASE("the village filter lists villages in pinyin order, not by code point", "[search]")
{
    TempDatabase t;
    HouseholdRepository repo(t.db(), test::as(QStringLiteral("王芳")));
    // By code point 张 (U+5F20) < 李 (U+674E) < 白 (U+767D); in pinyin bai < li < zhang.
    addHousehold(repo, QStringLiteral("张伟"), QStringLiteral("37132119600315001"), QStringLiteral("张家村"));
    addHousehold(repo, QStringLiteral("曾祥"), QStringLiteral("37132219800202005"), QStringLiteral("李庄"));
    addHousehold(repo, QStringLiteral("王芳"), QStringLiteral("37132119900303002"), QStringLiteral("白石村"));
    HouseholdListQuery q(t.db());
    CHECK(q.villages() ==
          QStringList{QStringLiteral("白石村"), QStringLiteral("李庄"), QStringLiteral("张家村")});
}

namespace {
QStringList villagesInOrder(HouseholdListQuery& q)
{
    QStringList out;
    for (const HouseholdRow& r : q.page(0, 1000))
        out << r.village + QLatin1Char('/') + r.head;
    return out;
}

} // namespace

TEST_CASE("the list sorts its village column in pinyin order, not by code point, from an index", "[search]")
{
    TempDatabase t;
    HouseholdRepository repo(t.db(), test::as(QStringLiteral("王芳")));
    // By code point 东 (U+4E1C) < 北 (U+5317) < 岸 (U+5CB8) < 常 (U+5E38); in pinyin an < bei <
    // chang < dong. 张庄 and 章庄 sound alike (zhang zhuang): each village's households stay
    // together, by the head's name in pinyin (陈 chen after 安 an though 陈 U+9648 < 安 U+5B89).
    addHousehold(repo, QStringLiteral("东方"), QStringLiteral("37132119600315001"), QStringLiteral("东坡村"));
    addHousehold(repo, QStringLiteral("陈红"), QStringLiteral("37132119700101003"), QStringLiteral("张庄"));
    const QString changzhuang = addHousehold(repo, QStringLiteral("常青"),
                                             QStringLiteral("37132219800202005"), QStringLiteral("常庄村"));
    addHousehold(repo, QStringLiteral("白云"), QStringLiteral("11010519491231001"), QStringLiteral("章庄"));
    addHousehold(repo, QStringLiteral("北辰"), QStringLiteral("37132119900303002"), QStringLiteral("北山村"));
    addHousehold(repo, QStringLiteral("安然"), QStringLiteral("37132119610101004"), QStringLiteral("张庄"));
    addHousehold(repo, QStringLiteral("岸青"), QStringLiteral("37132119620202006"), QStringLiteral("岸堤村"));
    HouseholdListQuery q(t.db());

    q.setSort(HouseholdListQuery::Village, Qt::AscendingOrder);
    const QStringList ascending = {QStringLiteral("岸堤村/岸青"), QStringLiteral("北山村/北辰"),
                                   QStringLiteral("常庄村/常青"), QStringLiteral("东坡村/东方"),
                                   QStringLiteral("张庄/安然"),   QStringLiteral("张庄/陈红"),
                                   QStringLiteral("章庄/白云")};
    CHECK(villagesInOrder(q) == ascending);
    // The first page is read in the index's order, never sorted after reading every household.
    INFO(q.pagePlan().join(QStringLiteral(" | ")).toStdString());
    CHECK(q.pagePlan().join(QLatin1Char(' ')).contains(QStringLiteral("INDEX household_village_sort")));
    CHECK_FALSE(q.pagePlan().join(QLatin1Char(' ')).contains(QStringLiteral("TEMP B-TREE")));

    q.setSort(HouseholdListQuery::Village, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    CHECK(villagesInOrder(q) == descending);
    CHECK(q.pagePlan().join(QLatin1Char(' ')).contains(QStringLiteral("INDEX household_village_sort")));
    CHECK_FALSE(q.pagePlan().join(QLatin1Char(' ')).contains(QStringLiteral("TEMP B-TREE")));

    // The filter lists the villages in the same order.
    CHECK(q.villages() == QStringList{QStringLiteral("岸堤村"), QStringLiteral("北山村"),
                                      QStringLiteral("常庄村"), QStringLiteral("东坡村"),
                                      QStringLiteral("张庄"), QStringLiteral("章庄")});

    // A household moved to another village sorts by its new village at once, even by a change
    // that sets the village alone (not also `_deleted`, as a package from an older laptop).
    JournalWriter writer(t.db(), test::as(QStringLiteral("王芳")));
    JournalWriter::Options villageAlone;
    villageAlone.markKept = false;
    REQUIRE(writer.commit({{QStringLiteral("household"),
                            changzhuang,
                            changzhuang,
                            Change::Op::Update,
                            {{QStringLiteral("village"), QStringLiteral("艾山村")}}}}, // ai shan: first
                          villageAlone));
    q.setSort(HouseholdListQuery::Village, Qt::AscendingOrder);
    CHECK(villagesInOrder(q).value(0) == QStringLiteral("艾山村/常青"));

    // The search still finds households by the start of their village's name, through an index
    // on the village as typed (of the households not removed, with what the list sorts by).
    q.setFilter({QStringLiteral("张"), {}, {}, {}, {}});
    CHECK(villagesInOrder(q) == QStringList{QStringLiteral("张庄/安然"), QStringLiteral("张庄/陈红")});
    q.setFilter({QStringLiteral("北山"), {}, {}, {}, {}});
    CHECK(villagesInOrder(q) == QStringList{QStringLiteral("北山村/北辰")});
    const QString plan = q.pagePlan().join(QStringLiteral(" | "));
    INFO(plan.toStdString());
    CHECK(plan.contains(QStringLiteral("COVERING INDEX household_village_order (village>? AND village<?)")));
}

TEST_CASE("a household found through a member says which member matched", "[search]")
{
    TempDatabase t;
    HouseholdRepository repo(t.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile f = test::sampleHousehold(QStringLiteral("李桂兰"));
    f.household.insert(QStringLiteral("household_no"), QStringLiteral("HH-0042"));
    REQUIRE(repo.save(f));
    const QString headId = f.members[0].value(QStringLiteral("id_number")).toString();
    const QString childId = f.members[1].value(QStringLiteral("id_number")).toString();
    REQUIRE(f.members[1].value(QStringLiteral("name")).toString() == QStringLiteral("张小雨"));
    HouseholdListQuery q(t.db());
    auto matched = [&q](const QString& text) {
        q.setFilter({text, {}, {}, {}, {}});
        const QList<HouseholdRow> rows = q.page(0, 10);
        REQUIRE(rows.size() == 1);
        return rows.first().matchedMember;
    };
    CHECK(matched(QStringLiteral("张小雨")) == QStringLiteral("张小雨"));
    CHECK(matched(QStringLiteral("小雨")) == QStringLiteral("张小雨"));
    CHECK(matched(QStringLiteral("zxy")) == QStringLiteral("张小雨"));
    CHECK(matched(childId) == QStringLiteral("张小雨"));
    // Found through the head or the household itself: the row shows them already.
    CHECK(matched(QStringLiteral("李桂兰")).isEmpty());
    CHECK(matched(QStringLiteral("lgl")).isEmpty());
    CHECK(matched(headId).isEmpty());
    CHECK(matched(QStringLiteral("HH-0042")).isEmpty());
    // No search, no member named.
    q.setFilter({});
    CHECK(q.page(0, 10).first().matchedMember.isEmpty());
}

TEST_CASE("sorting by each column pages without gaps or repeats", "[search]")
{
    TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {400, 3, 200, QDate(2026, 6, 1)}));
    HouseholdListQuery q(t.db());
    REQUIRE(q.count() == 400);
    for (int c = 0; c < HouseholdListQuery::ColumnCount; ++c) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            q.setSort(HouseholdListQuery::Column(c), order);
            QStringList ids;
            for (int offset = 0; offset < 400; offset += 64) {
                for (const HouseholdRow& r : q.page(offset, 64))
                    ids << r.id;
            }
            INFO("column " << c);
            CHECK(ids.size() == 400);
            ids.removeDuplicates();
            CHECK(ids.size() == 400);
            // In an index's order: the first page never sorts the whole caseload first.
            const QString plan = q.pagePlan().join(QStringLiteral(" | "));
            INFO(plan.toStdString());
            CHECK(plan.contains(QStringLiteral("USING INDEX household_")));
            CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
        }
    }
    // Head names sort by pinyin, not by code point.
    q.setSort(HouseholdListQuery::Head, Qt::AscendingOrder);
    const QList<HouseholdRow> rows = q.page(0, 400);
    QString previous;
    bool sorted = true;
    for (const HouseholdRow& r : rows) {
        const QString key = PinyinTable::sortKey(r.head);
        sorted = sorted && previous <= key;
        previous = key;
    }
    CHECK(sorted);
    // And villages too, with the demo caseload's households each in its village's place.
    q.setSort(HouseholdListQuery::Village, Qt::AscendingOrder);
    QStringList villages;
    for (const HouseholdRow& r : q.page(0, 400)) {
        if (villages.isEmpty() || villages.last() != r.village)
            villages << r.village;
    }
    CHECK(villages == q.villages()); // each village once, in the filter's pinyin order
    CHECK(villages.size() > 3);
}

TEST_CASE("special-group and risk filters", "[search]")
{
    TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {300, 5, 300, QDate(2026, 6, 1)}));
    HouseholdListQuery q(t.db());
    q.setFilter({{}, {}, {}, QStringLiteral("left_behind_child"), {}});
    const int children = q.count();
    CHECK(children > 0);
    for (const HouseholdRow& r : q.page(0, 1000))
        CHECK(r.specialGroups.contains(QStringLiteral("left_behind_child")));
    q.setFilter({{}, {}, {}, {}, QStringLiteral("any")});
    const int risky = q.count();
    CHECK(risky > 0);
    CHECK(risky < 300);
    for (const HouseholdRow& r : q.page(0, 1000))
        CHECK_FALSE(r.risk.isEmpty());
}

TEST_CASE("a broad search shows a bounded number of households and says there are more", "[search]")
{
    TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {300, 8, 300, QDate(2026, 6, 1)}));
    HouseholdListQuery q(t.db());
    q.setSearchLimit(50);
    q.setFilter({QStringLiteral("3713"), {}, {}, {}, {}}); // every demo ID number starts so
    CHECK(q.count() == 50);
    CHECK(q.moreThanShown());
    QStringList ids;
    for (int offset = 0; offset < 50; offset += 20) {
        for (const HouseholdRow& r : q.page(offset, 20))
            ids << r.id;
    }
    CHECK(ids.size() == 50);
    ids.removeDuplicates();
    CHECK(ids.size() == 50);

    // The matches are put in the list's order by their sort columns, each read by one seek of the
    // household's rowid, and the page cut from them before the page's rows are read whole.
    q.setSort(HouseholdListQuery::Village, Qt::AscendingOrder);
    const QString plan = q.pagePlan().join(QStringLiteral(" | "));
    INFO(plan.toStdString());
    // In the default order the matches come with their sort columns from the keys (schema 23) and
    // the village index; no match is looked up by its id, only the page's rows by their rowid.
    CHECK(plan.contains(QStringLiteral("SEARCH search_key USING PRIMARY KEY (key>? AND key<?)")));
    CHECK(plan.contains(QStringLiteral("COVERING INDEX household_village_order (village>? AND village<?)")));
    CHECK(plan.count(QStringLiteral("SEARCH h USING INTEGER PRIMARY KEY (rowid=?)")) == 1);
    CHECK_FALSE(plan.contains(QStringLiteral("household_id_order")));
    CHECK_FALSE(plan.contains(QStringLiteral("sqlite_autoindex_household")));
    // Paged in the list's order: the same households as sorting them all.
    QList<HouseholdRow> all = q.page(0, 1000);
    REQUIRE(all.size() == 50);
    QList<HouseholdRow> paged = q.page(0, 20) + q.page(20, 20) + q.page(40, 20);
    REQUIRE(paged.size() == 50);
    for (int i = 0; i < 50; ++i)
        CHECK(paged.at(i).id == all.at(i).id);
    for (int i = 1; i < 50; ++i) {
        const HouseholdRow& a = all.at(i - 1);
        const HouseholdRow& b = all.at(i);
        CHECK(std::pair(PinyinTable::sortKey(a.village), a.village) <=
              std::pair(PinyinTable::sortKey(b.village), b.village));
    }
    // Counted from the keys alone, a household matched both by a key and by its village once.
    q.setSearchLimit(1000);
    CHECK(q.count() == 300);
    CHECK_FALSE(q.moreThanShown());
    // Every household matches: the search's pages are the whole list's, in the default order (from
    // the keys' sort columns) and in others (each match's row read by its rowid), both directions.
    for (const HouseholdListQuery::Column column :
         {HouseholdListQuery::Village, HouseholdListQuery::Number, HouseholdListQuery::Head}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            q.setSort(column, order);
            HouseholdListQuery whole(t.db());
            whole.setSort(column, order);
            QStringList searched, listed;
            for (int offset = 0; offset < 300; offset += 70) {
                for (const HouseholdRow& r : q.page(offset, 70))
                    searched << r.id;
                for (const HouseholdRow& r : whole.page(offset, 70))
                    listed << r.id;
            }
            INFO("column " << int(column) << ", order " << int(order));
            CHECK(searched.size() == 300);
            CHECK(searched == listed);
        }
    }
    q.setSort(HouseholdListQuery::Village, Qt::AscendingOrder);
    q.setSearchLimit(50);

    // Filters alone are never limited, and a narrow search is complete.
    q.setFilter({{}, {}, QStringLiteral("dibao"), {}, {}});
    CHECK(q.count() > 50);
    CHECK_FALSE(q.moreThanShown());
    q.setFilter({QStringLiteral("3713"), {}, QStringLiteral("dibao"), {}, {}});
    CHECK(q.count() == 50);
    for (const HouseholdRow& r : q.page(0, 100))
        CHECK(r.status == QStringLiteral("dibao"));
}

namespace {
/// The households a search alone shows in the default order, [offset, offset + size), as the list's
/// SQL gave them before SearchMatches (schema 23's statements, kept here as the reference): the
/// first limit + 1 distinct households of the key range united with the first limit + 1 of the
/// village range, the union's first `limit`, sorted by village_sort, village, head_sort, rowid.
QStringList referencePage(Database& db, const QString& text, int limit, Qt::SortOrder order, int offset,
                          int size)
{
    const QString end = QString::fromUcs4(U"\U0010FFFF", 1);
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    Query q(db);
    q.prepare(
        QStringLiteral(
            "SELECT h.id FROM household h WHERE h.deleted = 0 AND h.rowid IN (SELECT r FROM ("
            "SELECT r, s0, s1, s2 FROM (SELECT DISTINCT household_rowid AS r, village_sort AS s0,"
            " village AS s1, head_sort AS s2 FROM search_key WHERE key >= ? AND key < ? LIMIT ?)"
            " UNION SELECT r, s0, s1, s2 FROM (SELECT rowid AS r, village_sort AS s0, village AS s1,"
            " head_sort AS s2 FROM household WHERE village >= ? AND village < ? AND deleted = 0 LIMIT ?)"
            " LIMIT ?) ORDER BY s0%1, s1%1, s2%1, r%1 LIMIT ? OFFSET ?)"
            " ORDER BY h.village_sort%1, h.village%1, h.head_sort%1, h.rowid%1")
            .arg(dir));
    const QString key = HouseholdSummary::normalizeKey(text);
    const QString raw = text.trimmed();
    for (const QVariant& v :
         QVariantList{key, key + end, limit + 1, raw, raw + end, limit + 1, limit, size, offset})
        q.addBindValue(v);
    QStringList ids;
    if (!q.exec())
        return {q.lastErrorText()};
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

/// How many households that search counted, capped at limit + 1 (the reference's count).
int referenceCount(Database& db, const QString& text, int limit)
{
    const QString end = QString::fromUcs4(U"\U0010FFFF", 1);
    Query q(db);
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM (SELECT r FROM (SELECT DISTINCT household_rowid AS r FROM search_key"
        " WHERE key >= ? AND key < ? LIMIT ?)"
        " UNION SELECT r FROM (SELECT rowid AS r FROM household WHERE village >= ? AND village < ?"
        " AND deleted = 0 LIMIT ?) LIMIT ?)"));
    const QString key = HouseholdSummary::normalizeKey(text);
    const QString raw = text.trimmed();
    for (const QVariant& v : QVariantList{key, key + end, limit + 1, raw, raw + end, limit + 1, limit + 1})
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QStringList idsOf(const QList<HouseholdRow>& rows)
{
    QStringList ids;
    for (const HouseholdRow& r : rows)
        ids << r.id;
    return ids;
}
} // namespace

TEST_CASE("a search's count and pages come from one read of its matches, as the list's SQL gave them",
          "[search]")
{
    TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {300, 8, 300, QDate(2026, 6, 1)}));
    // Inputs of every kind, from the data: a first character, a name, initials, an ID prefix,
    // a village prefix (some matched both ways), everything ("3713"), and nothing.
    Query first(t.db());
    REQUIRE(first.exec(QStringLiteral("SELECT m.name, m.id_number, h.village FROM member m"
                                      " JOIN household h ON h.id = m.household_id LIMIT 1")));
    REQUIRE(first.next());
    const QString name = first.value(0).toString();
    const QString village = first.value(2).toString();
    const QStringList inputs = {name.left(1),
                                name,
                                PinyinTable::initialsVariants(name).value(0).left(2),
                                first.value(1).toString().left(10),
                                village.left(2),
                                village.left(1),
                                QStringLiteral("3713"),
                                QStringLiteral("3"),
                                QStringLiteral("无此人")};
    first.finish();
    HouseholdListQuery q(t.db());
    for (const int limit : {1000, 50, 7}) {
        q.setSearchLimit(limit);
        for (const QString& text : inputs) {
            q.setFilter({text, {}, {}, {}, {}});
            const int expected = referenceCount(t.db(), text, limit);
            INFO("search '" << text.toStdString() << "', limit " << limit);
            CHECK(q.count() == std::min(expected, limit));
            CHECK(q.moreThanShown() == (expected > limit));
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                q.setSort(HouseholdListQuery::Village, order);
                QStringList paged;
                for (int offset = 0; offset < q.count(); offset += 20)
                    paged += idsOf(q.page(offset, 20));
                CHECK(paged == referencePage(t.db(), text, limit, order, 0, 1000));
                CHECK(idsOf(q.page(3, 5)) == referencePage(t.db(), text, limit, order, 3, 5));
                CHECK(q.page(q.count(), 20).isEmpty());
            }
        }
    }

    // The matches are read with their sort columns from the key range and household_village_order,
    // each in its own order, and only the page's rows by their rowids: no temporary B-tree, no
    // household row read for a match the page does not show. A row's members, the head first, come
    // from one index alone (schema 25), without a page of the member table each.
    q.setSearchLimit(1000);
    q.setFilter({QStringLiteral("3713"), {}, {}, {}, {}});
    q.setSort(HouseholdListQuery::Village, Qt::AscendingOrder);
    const QString plan = q.pagePlan().join(QStringLiteral(" | "));
    INFO(plan.toStdString());
    CHECK(plan.contains(QStringLiteral("SEARCH search_key USING PRIMARY KEY (key>? AND key<?)")));
    CHECK(plan.contains(QStringLiteral("COVERING INDEX household_village_order (village>? AND village<?)")));
    CHECK(plan.count(QStringLiteral("SEARCH h USING INTEGER PRIMARY KEY (rowid=?)")) == 1);
    CHECK(plan.contains(QStringLiteral(
        "SEARCH member USING COVERING INDEX member_household_order (household_id=? AND deleted=?)")));
    CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("the pages after a search's count never show a household removed in between", "[search]")
{
    TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {120, 4, 120, QDate(2026, 6, 1)}));
    HouseholdListQuery q(t.db());
    q.setSearchLimit(50);
    q.setFilter({QStringLiteral("3713"), {}, {}, {}, {}});
    REQUIRE(q.count() == 50);
    REQUIRE(q.moreThanShown());
    const QStringList before = idsOf(q.page(0, 50));
    REQUIRE(before.size() == 50);

    // Removed on this connection after the count: the next page reads the matches again.
    const QString removed = before.at(10);
    REQUIRE(JournalWriter(t.db(), test::as(QStringLiteral("王芳")))
                .commit({{QStringLiteral("household"), removed, removed, Change::Op::Delete, {}}}));
    const QStringList after = idsOf(q.page(0, 50));
    CHECK_FALSE(after.contains(removed));
    CHECK(after.size() == 50); // another household takes its place among the first 50
    CHECK(after == referencePage(t.db(), QStringLiteral("3713"), 50, Qt::AscendingOrder, 0, 50));

    // Removed by another connection to the same file (a sync on its own thread): the same.
    Database other;
    REQUIRE(other.open(t.path()));
    const QString removedElsewhere = after.at(0);
    REQUIRE(
        JournalWriter(other, test::as(QStringLiteral("王芳")))
            .commit(
                {{QStringLiteral("household"), removedElsewhere, removedElsewhere, Change::Op::Delete, {}}}));
    const QStringList later = idsOf(q.page(0, 50));
    CHECK_FALSE(later.contains(removedElsewhere));
    CHECK(later == referencePage(t.db(), QStringLiteral("3713"), 50, Qt::AscendingOrder, 0, 50));
    CHECK(q.count() == 50);

    // Removed inside a transaction that is then rolled back: the rollback moves neither number the
    // matches are stamped with, so what was read inside the transaction is read again after it.
    const QString rolledBack = later.at(0);
    {
        WriteTransaction tx(t.db());
        REQUIRE(tx.isOpen());
        REQUIRE(JournalWriter(t.db(), test::as(QStringLiteral("王芳")))
                    .commit({{QStringLiteral("household"), rolledBack, rolledBack, Change::Op::Delete, {}}}));
        CHECK_FALSE(idsOf(q.page(0, 50)).contains(rolledBack));
    }
    CHECK(idsOf(q.page(0, 50)) == later);
    CHECK(q.count() == 50);
}

TEST_CASE("the members a page leaves to name later, for the rows painted, are those it names at once",
          "[search]")
{
    TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {300, 8, 300, QDate(2026, 6, 1)}));
    // Inputs that find households through members other than the head (by name, initials and ID
    // number), through heads, villages and household numbers, in the default order (pages cut
    // from the matches) and in another (the list's SQL).
    Query member(t.db());
    REQUIRE(member.exec(QStringLiteral("SELECT m.name, m.id_number, h.household_no FROM member m"
                                       " JOIN household h ON h.id = m.household_id"
                                       " WHERE m.relation <> 'head' AND m.deleted = 0 LIMIT 1")));
    REQUIRE(member.next());
    const QString name = member.value(0).toString();
    const QStringList inputs = {name.left(1),
                                name,
                                name.mid(1),
                                PinyinTable::initialsVariants(name).value(0).left(2),
                                member.value(1).toString().left(10),
                                member.value(1).toString(),
                                member.value(2).toString(),
                                QStringLiteral("3713")};
    member.finish();
    HouseholdListQuery q(t.db());
    int named = 0;
    for (const HouseholdListQuery::Column column :
         {HouseholdListQuery::Village, HouseholdListQuery::Number}) {
        q.setSort(column, Qt::AscendingOrder);
        for (const QString& text : inputs) {
            q.setFilter({text, {}, {}, {}, {}});
            INFO("search '" << text.toStdString() << "', column " << int(column));
            const int count = q.count();
            for (int offset = 0; offset < count; offset += 40) {
                const QList<HouseholdRow> atOnce = q.page(offset, 40);
                QList<HouseholdRow> later = q.page(offset, 40, HouseholdListQuery::MatchedMembers::Later);
                REQUIRE(idsOf(later) == idsOf(atOnce));
                for (const HouseholdRow& row : std::as_const(later)) {
                    CHECK(row.matchedMemberLater);
                    CHECK(row.matchedMember.isEmpty());
                }
                // A window's rows first, from the middle of the page: only they are named.
                q.nameMatchedMembers(later, 5, 25);
                for (qsizetype i = 0; i < later.size(); ++i) {
                    INFO("row " << i);
                    CHECK(later.at(i).matchedMemberLater == (i < 5 || i >= 30));
                    if (!later.at(i).matchedMemberLater)
                        CHECK(later.at(i).matchedMember == atOnce.at(i).matchedMember);
                }
                // Then the rest, past the end too: every row as page() names them at once.
                q.nameMatchedMembers(later, 0, 5);
                q.nameMatchedMembers(later, 30, 1000);
                for (qsizetype i = 0; i < later.size(); ++i) {
                    INFO("row " << i);
                    CHECK_FALSE(later.at(i).matchedMemberLater);
                    CHECK(later.at(i).matchedMember == atOnce.at(i).matchedMember);
                    if (!atOnce.at(i).matchedMember.isEmpty())
                        ++named;
                }
            }
        }
    }
    // Some rows were found through a member other than the head, so the comparison names someone.
    CHECK(named > 10);
    // Without a search there is nothing to name.
    q.setFilter({});
    const QList<HouseholdRow> all = q.page(0, 10, HouseholdListQuery::MatchedMembers::Later);
    REQUIRE(all.size() == 10);
    CHECK(std::none_of(all.cbegin(), all.cend(), [](const HouseholdRow& r) { return r.matchedMemberLater; }));
}

namespace {
QStringList sortedList(QStringList list)
{
    list.sort();
    return list;
}

/// Every search key by the id of the household its rowid names, in order ("no row" for a key whose
/// household has no row, "removed" for one of a removed household, "stale order" for one whose
/// sort columns are not its household's: all wrong).
QStringList keysById(Database& db)
{
    Query q(db);
    QStringList keys;
    if (!q.exec(QStringLiteral(
            "SELECT k.key, CASE WHEN h.rowid IS NULL THEN 'no row' WHEN h.deleted <> 0 THEN 'removed'"
            " WHEN k.village_sort IS NOT h.village_sort OR k.village IS NOT h.village"
            " OR k.head_sort IS NOT h.head_sort THEN 'stale order'"
            " ELSE h.id END FROM search_key k LEFT JOIN household h ON h.rowid = k.household_rowid"
            " ORDER BY 1, 2")))
        return {q.lastErrorText()};
    while (q.next())
        keys << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    return keys;
}
} // namespace

TEST_CASE("search keys name their household's row through edits, removals, forgets and rebuilds", "[search]")
{
    TempDatabase county;
    TempDatabase laptop;
    HouseholdRepository repo(county.db(), test::as(QStringLiteral("王芳")));
    const QString zhang = addHousehold(repo, QStringLiteral("张伟"), QStringLiteral("37132119600315001"),
                                       QStringLiteral("东山村"));
    const QString zeng = addHousehold(repo, QStringLiteral("曾祥"), QStringLiteral("37132219800202005"),
                                      QStringLiteral("东山村"));
    const QString shan = addHousehold(repo, QStringLiteral("单雷"), QStringLiteral("11010519491231001"),
                                      QStringLiteral("后河村"));
    // Created last, so on the laptop its row has the highest rowid: a household received after it
    // is forgotten gets the same rowid again.
    const QString wang = addHousehold(repo, QStringLiteral("王芳"), QStringLiteral("37132119900303002"),
                                      QStringLiteral("后河村"));
    qint64 received = 0;
    const auto receive = [&] {
        qint64 last = received;
        REQUIRE(ChangeImporter::apply(laptop.db(), JournalReader(county.db()).since(received, -1, &last)));
        received = last;
    };
    receive();
    HouseholdListQuery q(laptop.db());
    const auto ids = [&](const QString& text) {
        q.setFilter({text, {}, {}, {}, {}});
        QStringList found;
        for (const HouseholdRow& r : q.page(0, 100))
            found << r.id;
        found.sort();
        CHECK(q.count() == found.size());
        return found;
    };
    CHECK(ids(QStringLiteral("张伟")) == QStringList{zhang});
    CHECK(ids(QStringLiteral("wf")) == QStringList{wang});
    CHECK(ids(QStringLiteral("3")) == sortedList({zhang, zeng, wang}));

    // An edit of a head's name and of a village: the household's keys follow, under the same row.
    HouseholdFile file = *repo.load(zhang);
    file.members[0].insert(QStringLiteral("name"), QStringLiteral("李伟"));
    file.household.insert(QStringLiteral("village"), QStringLiteral("西岭村"));
    REQUIRE(repo.save(file));
    receive();
    CHECK(ids(QStringLiteral("张伟")).isEmpty());
    CHECK(ids(QStringLiteral("李伟")) == QStringList{zhang});
    CHECK(ids(QStringLiteral("lw")) == QStringList{zhang});
    CHECK(ids(QStringLiteral("西岭")) == QStringList{zhang});
    CHECK(ids(QStringLiteral("东山")) == QStringList{zeng});

    // A household removed: none of its keys is left.
    REQUIRE(JournalWriter(county.db(), test::as(QStringLiteral("王芳")))
                .commit({{QStringLiteral("household"), zeng, zeng, Change::Op::Delete, {}}}));
    receive();
    CHECK(ids(QStringLiteral("曾祥")).isEmpty());
    CHECK(ids(QStringLiteral("东山")).isEmpty());
    CHECK_FALSE(keysById(laptop.db()).join(QLatin1Char(' ')).contains(zeng));

    // Forgotten (it left this laptop's caseload), then a new household arrives in the rowid the
    // forgotten one had: the new one is found by its own keys only.
    const auto rowidOf = [&](const QString& id) {
        Query r(laptop.db());
        r.prepare(QStringLiteral("SELECT rowid FROM household WHERE id = ?"));
        r.addBindValue(id);
        return r.exec() && r.next() ? r.value(0).toLongLong() : -1;
    };
    const qint64 wangRow = rowidOf(wang);
    bool forgotten = false;
    REQUIRE(DeviceSync(laptop.db()).forgetHousehold(wang, &forgotten));
    REQUIRE(forgotten);
    CHECK(ids(QStringLiteral("王芳")).isEmpty());
    const QString zhao = addHousehold(repo, QStringLiteral("赵敏"), QStringLiteral("37132119851111003"),
                                      QStringLiteral("北山村"));
    receive();
    CHECK(rowidOf(zhao) == wangRow);
    CHECK(ids(QStringLiteral("王芳")).isEmpty());
    CHECK(ids(QStringLiteral("wf")).isEmpty());
    CHECK(ids(QStringLiteral("赵敏")) == QStringList{zhao});
    CHECK(ids(QStringLiteral("zm")) == QStringList{zhao});

    const QStringList keys = keysById(laptop.db());
    CHECK_FALSE(keys.join(QLatin1Char(' ')).contains(QStringLiteral("=no row")));
    CHECK_FALSE(keys.join(QLatin1Char(' ')).contains(QStringLiteral("=removed")));
    CHECK_FALSE(keys.join(QLatin1Char(' ')).contains(QStringLiteral("=stale order")));
    CHECK(keys.contains(QStringLiteral("赵敏=") + zhao));
    CHECK(keys.contains(QStringLiteral("李伟=") + zhang));

    // A rebuild from the journal (as after a county restores its database from a backup, or a
    // provisioning is resumed) gives every household new rows and the same keys.
    REQUIRE(JournalReplayer::rebuild(laptop.db()));
    CHECK(keysById(laptop.db()) == keys);
    CHECK(ids(QStringLiteral("李伟")) == QStringList{zhang});
    CHECK(ids(QStringLiteral("3")) == sortedList({zhang, zhao}));

    // A copy written by VACUUM INTO (the backup before a migration, the encryption of a plain
    // profile) keeps each row's rowid, so its keys stay right.
    QTemporaryDir dir;
    const QString copyPath = dir.filePath(QStringLiteral("copy.db"));
    Query vacuum(laptop.db());
    REQUIRE(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(copyPath)));
    Database copy;
    REQUIRE(copy.open(copyPath));
    CHECK(keysById(copy) == keys);
}
