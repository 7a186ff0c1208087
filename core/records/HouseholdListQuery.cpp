// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/HouseholdListQuery.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/db/ReadTransaction.h"
#include "core/db/SqlStatement.h"
#include "core/db/StatementCache.h"
#include "core/records/HouseholdSummary.h"
#include "core/records/PinyinTable.h"

#include <QHash>
#include <QVariant>

#include <algorithm>

namespace ff {

namespace {
/// The greatest code point: every string that starts with a prefix sorts below prefix + this.
const QString kPrefixEnd = QString::fromUcs4(U"\U0010FFFF", 1);

/// What a line of the list shows (HouseholdRow, in its order).
const QString kRowColumns = QStringLiteral(
    "h.id, h.household_no, h.head_name, h.village, h.status, h.special_groups, h.open_risks, h.last_visit,"
    " h.member_count, (SELECT count(*) FROM conflict c WHERE c.household_id = h.id),"
    " h.status <> '' AND NOT coalesce(h.status_confirmed, 0)");
/// The rows of the households whose rowids are given as a JSON array, each by one seek.
const QString kRowsByRowid = QStringLiteral("SELECT h.rowid, ") + kRowColumns +
                             QStringLiteral(" FROM household h WHERE h.deleted = 0"
                                            " AND h.rowid IN (SELECT value FROM json_each(?))");
/// A household's members, the head first (as HouseholdSummary takes the first head by id).
const QString kMembers = QStringLiteral("SELECT name, relation, id_number FROM member WHERE household_id = ?"
                                        " AND deleted = 0 ORDER BY relation <> 'head', id");

void bindAll(Query& q, const QVariantList& binds)
{
    for (const QVariant& v : binds)
        q.addBindValue(v);
}
} // namespace

HouseholdListQuery::HouseholdListQuery(Database& db) : m_db(db) {}

void HouseholdListQuery::setFilter(const HouseholdFilter& filter) { m_filter = filter; }

void HouseholdListQuery::setSort(Column column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

QString HouseholdListQuery::whereClause(QVariantList* binds) const
{
    QString where = QStringLiteral("h.deleted = 0");
    const QString search = HouseholdSummary::normalizeKey(m_filter.search);
    if (!search.isEmpty()) {
        // One range scan of the search-key index, plus villages starting with the text.
        const QString raw = m_filter.search.trimmed();
        // When the search is the only filter, the candidates themselves can be cut at the limit
        // (deleted households have no keys), so a one-letter search reads a bounded number of keys.
        const int candidates = onlySearch() ? m_searchLimit + 1 : -1; // -1: no limit in SQLite
        // Both name a household by its rowid (the keys since schema 23; the village index holds
        // it as every index of the table does), so each match is one seek by an integer.
        where += QStringLiteral(
            " AND h.rowid IN (SELECT r FROM (SELECT DISTINCT household_rowid AS r FROM search_key"
            " WHERE key >= ? AND key < ? LIMIT ?)"
            " UNION ALL SELECT r FROM (SELECT rowid AS r FROM household WHERE village >= ? AND village < ?"
            " AND deleted = 0 LIMIT ?))");
        *binds << search << search + kPrefixEnd << candidates << raw << raw + kPrefixEnd << candidates;
    }
    if (!m_filter.village.isEmpty()) {
        where += QStringLiteral(" AND h.village = ?");
        *binds << m_filter.village;
    }
    if (!m_filter.status.isEmpty()) {
        where += QStringLiteral(" AND h.status = ?");
        *binds << m_filter.status;
    }
    if (!m_filter.specialGroup.isEmpty()) {
        where += QStringLiteral(" AND instr(';' || h.special_groups || ';', ?) > 0");
        *binds << QStringLiteral(";%1;").arg(m_filter.specialGroup);
    }
    if (m_filter.risk == QStringLiteral("any")) {
        where += QStringLiteral(" AND h.open_risks <> ''");
    } else if (!m_filter.risk.isEmpty()) {
        where += QStringLiteral(" AND instr(';' || h.open_risks || ';', ?) > 0");
        *binds << QStringLiteral(";%1;").arg(m_filter.risk);
    }
    return where;
}

bool HouseholdListQuery::onlySearch() const
{
    return m_filter.village.isEmpty() && m_filter.status.isEmpty() && m_filter.specialGroup.isEmpty() &&
           m_filter.risk.isEmpty();
}

int HouseholdListQuery::count() const
{
    QVariantList binds;
    Query q(m_db);
    const bool searching = !HouseholdSummary::normalizeKey(m_filter.search).isEmpty();
    if (searching && onlySearch()) {
        // The matches themselves, read without a household's row (removed households have no
        // search keys, and the village's range reads only household_village_order) and kept for
        // the pages that follow. Their statements in one read transaction, not one each.
        const ReadTransaction snapshot(m_db);
        const SearchMatches& found = matches();
        m_moreThanShown = found.moreThanShown();
        return found.count();
    }
    if (m_filter == HouseholdFilter{}) {
        // The whole caseload: from two indexes, never a scan of the household rows (a scan of
        // 200,000 rows not yet in the OS cache took a second at app start).
        q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM household) -"
                                 " (SELECT count(*) FROM household WHERE deleted <> 0)"));
    } else if (searching) {
        // Count one more than is shown, to know whether there are more.
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM household h WHERE ") +
                  whereClause(&binds) + QStringLiteral(" LIMIT ?)"));
        binds << m_searchLimit + 1;
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM household h WHERE ") + whereClause(&binds));
    }
    bindAll(q, binds);
    if (!q.exec() || !q.next())
        return 0;
    const int n = q.value(0).toInt();
    m_moreThanShown = searching && n > m_searchLimit;
    return std::min(n, searching ? m_searchLimit : n);
}

QString HouseholdListQuery::pageStatement(QVariantList* binds) const
{
    // Each column's order, as an index holds it. Villages go by their pinyin (village_sort), a
    // village apart from its homophones, and within a village by the head's name: the index
    // household_village_sort. The rowid settles ties, so pages never overlap or skip, and matches
    // each index's own order.
    static const char* const sortColumns[ColumnCount][3] = {
        {"h.household_no"}, {"h.head_sort"},      {"h.village_sort", "h.village", "h.head_sort"},
        {"h.status"},       {"h.special_groups"}, {"h.open_risks"},
        {"h.last_visit"}};
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order;
    QString keys;      // the sort columns, named s0, s1… in the search's inner query
    QString keysOrder; // and its order over them
    int k = 0;
    for (const char* column : sortColumns[m_sortColumn]) {
        if (!column)
            continue;
        const QString name = QStringLiteral("s%1").arg(k++);
        order += QLatin1String(column) + direction + QStringLiteral(", ");
        keys += QStringLiteral(", ") + QLatin1String(column) + QStringLiteral(" AS ") + name;
        keysOrder += name + direction + QStringLiteral(", ");
    }
    order += QStringLiteral("h.rowid") + direction;
    const QString columns =
        QStringLiteral("SELECT ") + kRowColumns + QStringLiteral(" FROM household h WHERE ");
    const QString search = HouseholdSummary::normalizeKey(m_filter.search);
    if (search.isEmpty())
        return columns + whereClause(binds) + QStringLiteral(" ORDER BY ") + order +
               QStringLiteral(" LIMIT ? OFFSET ?");
    // A search with other filters too, or in another order (the search alone in the default order
    // is cut from SearchMatches, see page()): a broad search (one letter, a common surname, an
    // ID prefix) can match thousands: the first matches only are shown, so counting and sorting
    // them stays bounded. They are put in order and the page cut from them by their sort columns,
    // each match's read by one seek of its rowid; only the page's rows are then read whole.
    const QString matches = QStringLiteral("SELECT h.rowid AS r") + keys +
                            QStringLiteral(" FROM household h WHERE ") + whereClause(binds) +
                            QStringLiteral(" LIMIT ?");
    *binds << m_searchLimit;
    return columns + QStringLiteral("h.rowid IN (SELECT r FROM (") + matches + QStringLiteral(") ORDER BY ") +
           keysOrder + QStringLiteral("r") + direction + QStringLiteral(" LIMIT ? OFFSET ?) ORDER BY ") +
           order;
}

bool HouseholdListQuery::pagesFromMatches() const
{
    return onlySearch() && m_sortColumn == Village &&
           !HouseholdSummary::normalizeKey(m_filter.search).isEmpty();
}

SearchMatches& HouseholdListQuery::matches() const
{
    const QString search = HouseholdSummary::normalizeKey(m_filter.search);
    if (!m_matches || m_matchesSearch != m_filter.search || m_matchesLimit != m_searchLimit ||
        !m_matches->current(m_db)) {
        m_matches = SearchMatches::read(m_db, search, m_filter.search.trimmed(), m_searchLimit);
        m_matchesSearch = m_filter.search;
        m_matchesLimit = m_searchLimit;
    }
    return *m_matches;
}

QStringList HouseholdListQuery::pagePlan() const
{
    QStringList statements;
    QVariantList binds;
    if (pagesFromMatches())
        statements = SearchMatches::statements() << kRowsByRowid << kMembers;
    else
        statements = {pageStatement(&binds)};
    QStringList plan;
    for (const QString& statement : std::as_const(statements)) {
        Query q(m_db);
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement);
        if (pagesFromMatches()) {
            // The plan does not depend on the values: any will do.
            for (qsizetype i = 0; i < statement.count(QLatin1Char('?')); ++i)
                q.addBindValue(QString());
        } else {
            bindAll(q, binds);
            q.addBindValue(100);
            q.addBindValue(0);
        }
        if (!q.exec())
            return {q.lastErrorText()};
        while (q.next())
            plan.append(q.value(3).toString());
    }
    return plan;
}

QList<HouseholdRow> HouseholdListQuery::page(int offset, int limit, MatchedMembers members) const
{
    QList<HouseholdRow> rows;
    if (pagesFromMatches()) {
        // The search alone, in the default order: the page cut from the matches count() found
        // (read again if the database changed since), and only its rows read; every statement
        // (a page's members are a hundred) in one read transaction rather than one each.
        const ReadTransaction snapshot(m_db);
        rows = rowsOf(matches().slice(m_sortOrder, offset, limit));
        matchedMembersOf(rows, members);
        return rows;
    }
    QVariantList binds;
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(pageStatement(&binds));
    bindAll(q, binds);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return rows;
    rows.reserve(limit);
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString(), q.value(8).toInt(), q.value(9).toInt(),
                     q.value(10).toBool()});
    }
    matchedMembersOf(rows, members);
    return rows;
}

void HouseholdListQuery::matchedMembersOf(QList<HouseholdRow>& rows, MatchedMembers members) const
{
    if (HouseholdSummary::normalizeKey(m_filter.search).isEmpty())
        return;
    for (HouseholdRow& row : rows)
        row.matchedMemberLater = true;
    if (members == MatchedMembers::Named)
        markMatchedMembers(rows, 0, rows.size());
}

void HouseholdListQuery::nameMatchedMembers(QList<HouseholdRow>& rows, qsizetype from, qsizetype count) const
{
    from = std::clamp<qsizetype>(from, 0, rows.size());
    const qsizetype to = std::clamp<qsizetype>(from + std::max<qsizetype>(count, 0), from, rows.size());
    if (std::none_of(rows.cbegin() + from, rows.cbegin() + to,
                     [](const HouseholdRow& row) { return row.matchedMemberLater; }))
        return;
    // The members of up to a window's rows, in one read transaction rather than one per statement.
    const ReadTransaction snapshot(m_db);
    markMatchedMembers(rows, from, to);
}

QList<HouseholdRow> HouseholdListQuery::rowsOf(const QList<qint64>& rowids) const
{
    QList<HouseholdRow> rows;
    if (rowids.isEmpty() || !m_db.statements())
        return rows;
    QByteArray list = "[";
    QHash<qint64, qsizetype> position;
    position.reserve(rowids.size());
    for (qsizetype i = 0; i < rowids.size(); ++i) {
        if (i > 0)
            list += ',';
        list += QByteArray::number(rowids.at(i));
        position.insert(rowids.at(i), i);
    }
    list += ']';
    SqlStatement& q = m_db.statements()->get(kRowsByRowid);
    q.bind(1, list);
    QList<std::optional<HouseholdRow>> found(rowids.size());
    while (q.step()) {
        found[position.value(q.columnInt(0))] =
            HouseholdRow{q.columnText(1),     q.columnText(2),      q.columnText(3),      q.columnText(4),
                         q.columnText(5),     q.columnText(6),      q.columnText(7),      q.columnText(8),
                         int(q.columnInt(9)), int(q.columnInt(10)), q.columnInt(11) != 0, {}};
    }
    q.reset();
    rows.reserve(rowids.size());
    for (std::optional<HouseholdRow>& row : found) {
        if (row)
            rows.append(std::move(*row));
    }
    return rows;
}

void HouseholdListQuery::markMatchedMembers(QList<HouseholdRow>& rows, qsizetype from, qsizetype to) const
{
    const QString search = HouseholdSummary::normalizeKey(m_filter.search);
    if (search.isEmpty() || from >= to || !m_db.statements()) {
        for (qsizetype i = from; i < to; ++i)
            rows[i].matchedMemberLater = false;
        return;
    }
    // The same keys the search index holds for a member (HouseholdSummary::refresh), read for the
    // rows of one page only, so the list's cost stays bounded by its page size.
    auto startsWithSearch = [&search](const QString& key) { return key.startsWith(search); };
    // A name's keys are its suffixes and its pinyin initials. Initials are ASCII letters a–z, and
    // the name's own ASCII letters and digits lower-cased: a search with any other character (a
    // Han character, a hyphen), or with a digit the name lacks, never needs the initials, whose
    // readings are the costly part.
    const bool initialsMayMatch =
        std::all_of(search.cbegin(), search.cend(), [](QChar c) { return c.unicode() < 0x80; });
    QString searchDigits;
    for (QChar c : search) {
        if (c.isDigit())
            searchDigits += c;
    }
    const auto initialsMatch = [&](const QString& name) {
        if (!initialsMayMatch)
            return false;
        for (QChar digit : std::as_const(searchDigits)) {
            if (!name.contains(digit))
                return false;
        }
        const QStringList initials = PinyinTable::initialsVariants(name);
        return std::any_of(initials.cbegin(), initials.cend(), startsWithSearch);
    };
    const auto nameMatches = [&](const QString& name) {
        // Each suffix of the name, from each code point on.
        const QString normal = HouseholdSummary::normalizeKey(name);
        for (qsizetype i = 0; i < normal.size(); ++i) {
            if (!normal.at(i).isLowSurrogate() && QStringView(normal).mid(i).startsWith(search))
                return true;
        }
        return initialsMatch(name);
    };
    SqlStatement& q = m_db.statements()->get(kMembers);
    for (qsizetype i = from; i < to; ++i) {
        HouseholdRow& row = rows[i];
        // Named already (a window's rows overlap the rows named for another's): not read again.
        if (!row.matchedMemberLater)
            continue;
        row.matchedMemberLater = false;
        // Found through the household itself (its number, its village): no member to name.
        if (startsWithSearch(HouseholdSummary::normalizeKey(row.number)) ||
            row.village.startsWith(m_filter.search.trimmed()))
            continue;
        // Found through the head's name, which the row holds (HouseholdSummary's head_name: the
        // first head's by id, the member the statement below gives first): no member to read.
        if (!row.head.isEmpty() && nameMatches(row.head))
            continue;
        q.bind(1, row.id);
        QString byName;
        QString byId;
        bool headMatched = false;
        // The members in order, the head first: once the head matched, or a member by name, nobody
        // else's keys need working out.
        while (!headMatched && byName.isEmpty() && q.step()) {
            const QString name = q.columnText(0);
            const bool head = q.columnText(1) == QLatin1String("head");
            const bool idMatches = startsWithSearch(HouseholdSummary::normalizeKey(q.columnText(2)));
            if (head) {
                headMatched = idMatches || nameMatches(name);
                continue;
            }
            if (nameMatches(name))
                byName = name;
            else if (idMatches && byId.isEmpty())
                byId = name;
        }
        q.reset();
        // The head is in the row already; otherwise say whom the search found.
        if (!headMatched)
            row.matchedMember = !byName.isEmpty() ? byName : byId;
    }
}

QStringList HouseholdListQuery::searchIds(const QString& text, int limit) const
{
    HouseholdListQuery copy(m_db);
    copy.setFilter({text, {}, {}, {}, {}});
    copy.setSort(Number, Qt::AscendingOrder);
    QStringList ids;
    for (const HouseholdRow& row : copy.page(0, limit))
        ids.append(row.id);
    return ids;
}

QStringList HouseholdListQuery::villages() const
{
    QStringList out;
    Query q(m_db);
    if (q.exec(
            QStringLiteral("SELECT DISTINCT village FROM household WHERE deleted = 0 AND village <> ''"))) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    // In pinyin order, as a caseworker looks for a village in a list, and as the list sorts its
    // village column (homophones by code point).
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        return std::pair(PinyinTable::sortKey(a), a) < std::pair(PinyinTable::sortKey(b), b);
    });
    return out;
}

} // namespace ff
