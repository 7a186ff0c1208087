// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/SearchMatches.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ff {

class Database;

/// One line of the household list.
struct HouseholdRow
{
    QString id;
    QString number;
    QString head;
    QString village;
    QString status;
    QString specialGroups;
    /// Kinds of the household's open risk flags (CodeList::riskType codes, ';'-joined).
    QString risk;
    QString lastVisit;
    int members = 0;
    /// Fields of this household (or its members) in conflict, waiting for a person to choose.
    int conflicts = 0;
    /// The status it was filed with has not been confirmed by the station or the county yet.
    bool statusUnconfirmed = false;
    /// When a search found the household through a member other than the head by name, or
    /// through anyone's ID number: that member's name, so the list can say whom it matched.
    QString matchedMember;
    /// matchedMember is still to be worked out: the row comes from page(…, MatchedMembers::Later)
    /// and HouseholdListQuery::nameMatchedMembers() has not named it yet.
    bool matchedMemberLater = false;
};

/// What the household list shows: search text and filters.
struct HouseholdFilter
{
    /// A name or part of one (张伟, 伟), pinyin initials (zw), an ID number or its prefix, a
    /// household number, a phone number, or the start of a village name.
    QString search;
    QString village;
    QString status;
    QString specialGroup;
    /// A risk code, "any" for any risk, or empty for no filter.
    QString risk;

    bool operator==(const HouseholdFilter&) const = default;
};

/// Answers the household list's questions with indexed SQL, a page at a time, so the list never
/// holds all households in memory.
class HouseholdListQuery
{
public:
    enum Column
    {
        Number,
        Head,
        Village,
        Status,
        SpecialGroups,
        Risk,
        LastVisit,
        ColumnCount
    };

    explicit HouseholdListQuery(Database& db);

    void setFilter(const HouseholdFilter& filter);
    const HouseholdFilter& filter() const { return m_filter; }
    void setSort(Column column, Qt::SortOrder order);
    Column sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// A search that matches more households than this shows only the first this many (in the
    /// order of the search index), so every keystroke costs a bounded amount of work; the list
    /// then asks the user to type more. Filters without search text are never limited.
    static constexpr int kDefaultSearchLimit = 1000;
    void setSearchLimit(int limit) { m_searchLimit = limit; }

    /// Number of households the list shows: every match, or the search limit (see above). For a
    /// search that is the only filter it reads the matches (SearchMatches) and keeps them: the
    /// pages of the default order that follow are cut from them while the database is unchanged,
    /// so a keystroke reads the search keys once, not once for the count and again for the page.
    int count() const;
    /// Whether the last count() found more matches than it shows.
    bool moreThanShown() const { return m_moreThanShown; }
    /// Whether page() names the member each row of a search was found through (matchedMember)
    /// before it returns, or leaves that to nameMatchedMembers(): the list names only the rows it
    /// paints, as it paints them (about a quarter of a page fills a window), and the rest when
    /// scrolled to, so a keystroke reads the members of those rows only.
    enum class MatchedMembers
    {
        Named,
        Later
    };
    /// Households [offset, offset + limit) of those shown, in the current order.
    QList<HouseholdRow> page(int offset, int limit, MatchedMembers members = MatchedMembers::Named) const;
    /// Names the matched member of rows [from, from + count) that page(…, MatchedMembers::Later)
    /// left to name (the others are left as they are), with the search the page was read with, in
    /// one read transaction: each row then holds what page(…, MatchedMembers::Named) gives.
    void nameMatchedMembers(QList<HouseholdRow>& rows, qsizetype from, qsizetype count) const;
    /// SQLite's plan for the current first page, one line per step (EXPLAIN QUERY PLAN's detail,
    /// such as "SCAN h USING INDEX household_village_sort"), for tests and the benchmark. For a
    /// search alone in the default order: the plans of its statements (the matches, the rows,
    /// the members of a row found through one of them).
    QStringList pagePlan() const;
    /// Ids of households matching the search alone (for tests and the benchmark).
    QStringList searchIds(const QString& text, int limit) const;

    /// Distinct villages, for the filter.
    QStringList villages() const;

private:
    QString whereClause(QVariantList* binds) const;
    /// Fills matchedMember of the rows [from, to) still marked matchedMemberLater, each found by the
    /// search text through one of their members, and clears the mark; rows named already are not read.
    void markMatchedMembers(QList<HouseholdRow>& rows, qsizetype from, qsizetype to) const;
    /// Names the rows' matched members now, or marks them to be named later.
    void matchedMembersOf(QList<HouseholdRow>& rows, MatchedMembers members) const;
    /// Whether the search text is the only filter (its matches can then be cut at the limit).
    bool onlySearch() const;
    /// The statement of page(): its binds, then LIMIT and OFFSET.
    QString pageStatement(QVariantList* binds) const;
    /// Whether the search text is the only filter and the order the default one: page() then cuts
    /// the page from the matches (SearchMatches) and reads its rows by their rowids.
    bool pagesFromMatches() const;
    /// The matches of the search (the only filter), read again unless those kept are the same
    /// search's at the same search limit and the database has not changed since.
    SearchMatches& matches() const;
    /// The rows of these households, in this order (those removed since left out).
    QList<HouseholdRow> rowsOf(const QList<qint64>& rowids) const;

    Database& m_db;
    HouseholdFilter m_filter;
    Column m_sortColumn = Village;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_searchLimit = kDefaultSearchLimit;
    mutable bool m_moreThanShown = false;
    /// What count() found, for the page() calls that follow it: a keystroke reads the keys once.
    mutable std::optional<SearchMatches> m_matches;
    mutable QString m_matchesSearch;
    mutable int m_matchesLimit = 0;
};

} // namespace ff
