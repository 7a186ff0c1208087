// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/SearchMatches.h"

#include "core/db/Database.h"
#include "core/db/SqlStatement.h"
#include "core/db/StatementCache.h"

#include <QHash>

#include <algorithm>
#include <cstring>

namespace ff {

namespace {
/// The greatest code point: every string that starts with a prefix sorts below prefix + this.
const QString kPrefixEnd = QString::fromUcs4(U"\U0010FFFF", 1);

/// The search keys from the text on, in their order (the table's primary key), each with its
/// household's sort columns (schema 23): a household may have several keys in the range, so the
/// caller keeps the first of each.
const QString kKeyRange =
    QStringLiteral("SELECT household_rowid, village_sort, village, head_sort FROM search_key"
                   " WHERE key >= ? AND key < ? ORDER BY key, household_rowid");
/// The households of villages starting with the text as typed, from household_village_order alone
/// (village, deleted, village_sort, head_sort and the rowid), in its order (SearchTest checks the
/// plan: asking for the whole order in ORDER BY would sort the range in a temporary B-tree).
const QString kVillageRange =
    QStringLiteral("SELECT rowid, village_sort, village, head_sort FROM household"
                   " WHERE village >= ? AND village < ? AND deleted = 0 ORDER BY village LIMIT ?");
const QString kStamp = QStringLiteral("SELECT total_changes(), data_version FROM pragma_data_version");

} // namespace

QStringList SearchMatches::statements() { return {kKeyRange, kVillageRange}; }

std::optional<SearchMatches::Stamp> SearchMatches::stamp(Database& db)
{
    if (!db.statements() || db.inTransaction())
        return std::nullopt;
    SqlStatement& q = db.statements()->get(kStamp);
    std::optional<Stamp> s;
    if (q.step())
        s = Stamp{q.columnInt(0), q.columnInt(1)};
    q.reset();
    return s;
}

SearchMatches SearchMatches::read(Database& db, const QString& search, const QString& villagePrefix,
                                  int limit)
{
    SearchMatches out;
    if (!db.statements())
        return out;
    out.m_stamp = stamp(db);
    QHash<qint64, bool> seen;
    seen.reserve(2 * limit + 2);
    out.m_keys.reserve(64 * (2 * limit + 2));
    auto take = [&out](SqlStatement& q, qint64 rowid) {
        Match m;
        m.rowid = rowid;
        m.at = out.m_keys.size();
        for (int c = 1; c <= 3; ++c) {
            if (q.columnIsNull(c)) {
                out.m_keys.append('\0');
                continue;
            }
            out.m_keys.append('\1');
            out.m_keys.append(q.columnBytes(c));
            out.m_keys.append('\0');
        }
        m.size = out.m_keys.size() - m.at;
        out.m_matches.append(m);
    };
    // The first limit + 1 households of the key range (one more than is kept: whether there are
    // more), each once.
    SqlStatement& keys = db.statements()->get(kKeyRange);
    keys.bind(1, search).bind(2, search + kPrefixEnd);
    int fromKeys = 0;
    while (fromKeys <= limit && keys.step()) {
        const qint64 rowid = keys.columnInt(0);
        if (seen.contains(rowid))
            continue;
        seen.insert(rowid, true);
        take(keys, rowid);
        ++fromKeys;
    }
    keys.reset();
    // Those of the village range that the keys did not find (a household matched both ways is one
    // match). Removed households have no keys, and the village range skips them.
    SqlStatement& villages = db.statements()->get(kVillageRange);
    villages.bind(1, villagePrefix).bind(2, villagePrefix + kPrefixEnd).bind(3, qint64(limit) + 1);
    while (villages.step()) {
        const qint64 rowid = villages.columnInt(0);
        if (!seen.contains(rowid))
            take(villages, rowid);
    }
    villages.reset();
    if (out.m_matches.size() > limit) {
        // The lowest rowids, as the union of the two ranges gave them.
        out.m_more = true;
        std::nth_element(out.m_matches.begin(), out.m_matches.begin() + limit, out.m_matches.end(),
                         [](const Match& a, const Match& b) { return a.rowid < b.rowid; });
        out.m_matches.resize(limit);
    }
    return out;
}

bool SearchMatches::lessInOrder(const Match& a, const Match& b) const
{
    const int c =
        std::memcmp(m_keys.constData() + a.at, m_keys.constData() + b.at, size_t(std::min(a.size, b.size)));
    if (c != 0)
        return c < 0;
    if (a.size != b.size) // only with a 0 byte inside a text
        return a.size < b.size;
    return a.rowid < b.rowid;
}

QList<qint64> SearchMatches::slice(Qt::SortOrder order, int offset, int limit)
{
    if (m_sortedAs != int(order)) {
        if (order == Qt::AscendingOrder)
            std::sort(m_matches.begin(), m_matches.end(),
                      [this](const Match& a, const Match& b) { return lessInOrder(a, b); });
        else
            std::sort(m_matches.begin(), m_matches.end(),
                      [this](const Match& a, const Match& b) { return lessInOrder(b, a); });
        m_sortedAs = int(order);
    }
    QList<qint64> rowids;
    for (qsizetype i = std::max(offset, 0); i < m_matches.size() && i < qsizetype(offset) + limit; ++i)
        rowids.append(m_matches.at(i).rowid);
    return rowids;
}

} // namespace ff
