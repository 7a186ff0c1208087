// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <qnamespace.h>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ff {

class Database;

/// The households a search matches when it is the list's only filter, read once for a keystroke:
/// the range of the search keys united with the range of villages starting with the text, each
/// household once, cut at the search limit, with the columns of the list's default order (by
/// village). HouseholdListQuery counts them and cuts the pages of the default order from them, so
/// count() and the pages that follow read the keys once (core/records/README.md, invariant 2).
///
/// Which households a cut search keeps is what the list's SQL (a UNION of the two ranges) kept
/// before: the first limit + 1 households of the key range in key order, and the first limit + 1
/// of the village range in the order of household_village_order, united; of more than `limit`,
/// those of the lowest rowids. SearchTest holds those statements and compares.
class SearchMatches
{
public:
    SearchMatches() = default;

    /// Reads the matches of `search` (normalised, HouseholdSummary::normalizeKey) and of the
    /// village prefix `villagePrefix` (the text as typed, trimmed), at most `limit`.
    static SearchMatches read(Database& db, const QString& search, const QString& villagePrefix, int limit);
    /// The statements read() runs (for their plans: HouseholdListQuery::pagePlan()).
    static QStringList statements();

    /// Households shown: every match, or `limit` of them.
    int count() const { return int(m_matches.size()); }
    /// Whether more households matched than are kept.
    bool moreThanShown() const { return m_more; }
    /// Rowids of the matches [offset, offset + limit) in the default order: village_sort, village,
    /// head_sort, rowid (the order of the list's SQL; descending reverses all four).
    QList<qint64> slice(Qt::SortOrder order, int offset, int limit);

    /// Whether the database still stands where it stood when the matches were read: then they
    /// stand for the search.
    bool current(Database& db) const { return m_stamp && m_stamp == stamp(db); }

private:
    /// Where the database stood: this connection's changes so far (total_changes()) and the
    /// commits of other connections (PRAGMA data_version). Either moves with every change, but a
    /// rollback moves neither: inside a transaction there is no stamp (nothing read there is kept).
    using Stamp = std::pair<qint64, qint64>;
    static std::optional<Stamp> stamp(Database& db);

    struct Match
    {
        qint64 rowid = 0;
        /// Where its sort key is in m_keys, and its length.
        qsizetype at = 0;
        qsizetype size = 0;
    };
    /// Whether a comes before b in the default order, ascending.
    bool lessInOrder(const Match& a, const Match& b) const;

    /// The sort keys of every match, one after the other: village_sort, village and head_sort,
    /// each NULL as a 0 byte, else a 1 byte, its UTF-8 bytes and a 0 byte. Compared byte by byte
    /// they sort as SQLite compares the three columns (BINARY: bytes, the shorter first; NULL
    /// first), text without a 0 byte as names and villages are.
    QByteArray m_keys;
    QList<Match> m_matches;
    bool m_more = false;
    /// The order m_matches are in: unsorted (-1), or sorted ascending or descending.
    int m_sortedAs = -1;
    std::optional<Stamp> m_stamp;
};

} // namespace ff
