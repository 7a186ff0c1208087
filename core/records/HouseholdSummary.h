// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/SqlStatement.h"
#include "core/journal/EncodedChange.h"
#include "core/journal/Projection.h"
#include "core/util/Result.h"

#include <QHash>
#include <QStringList>
#include <QVariant>

#include <utility>
#include <vector>

namespace ff {

class Database;

/// Keeps the columns of a household that summarise its members (head's name, special groups,
/// member count), its open risk flags (open_risks) and its village's pinyin (village_sort), and
/// its search keys, in step with the records; derived data, never journaled.
class HouseholdSummary : public Projection
{
    Q_DISABLE_COPY_MOVE(HouseholdSummary)

public:
    explicit HouseholdSummary(Database& db);

    [[nodiscard]] Status refresh(const QString& householdId) override;
    /// In a pass over every household, the search keys are held back and inserted sorted, in
    /// batches (a household's keys are scattered over the whole key order: inserted as each
    /// household is refreshed, nearly every one lands on another page of the table).
    ///
    /// A pass refreshes every household with records here, and only those can have keys: so it
    /// removes every key at its start rather than each household's as it is refreshed. On SQLite
    /// it also sets aside (drops) until its end the keys' index by household and the household's
    /// indexes on a column it sets (head, sort keys, groups, count, open risks), then makes each
    /// again from its own statement in one sort, rather than writing every key and every
    /// household's new values into them at scattered places. All in the pass's transaction.
    [[nodiscard]] Status beginPass() override;
    [[nodiscard]] Status endPass() override;

    /// Whether the change alters what refresh() derives (head, groups, member count, open risks,
    /// village sort key, search keys): members, risk flags and the household's number, phone,
    /// village, risk markers or existence. A casework record (a visit, a service, an answer) leaves
    /// it as it was, so a commit or an imported page of such changes need not rebuild the
    /// household's summary.
    static bool affectedBy(const EncodedChange& change);

    /// The search keys of one person's name: the name and each of its suffixes (so a search for
    /// a given name finds the family name too) and every pinyin-initials spelling.
    static QStringList nameKeys(const QString& name);
    /// Lower-cases and strips spaces, the same way for keys and for what the user types.
    static QString normalizeKey(const QString& text);
    /// The household's open risks for the list: the kinds of its open risk flags; for a household
    /// that has never had a flag, its old risk markers (from before risk flags existed).
    static QString openRisks(const QStringList& openFlagTypes, bool hasFlags, const QString& riskMarkers);

private:
    // Through the SQLite C API, prepared once per projection: a provisioning computes every
    // household's summary and keys with the same statements.
    Database& m_db;
    SqlStatement m_members;
    SqlStatement m_household;
    SqlStatement m_risks;
    SqlStatement m_update;
    SqlStatement m_clearKeys;
    SqlStatement m_addKey;
    /// A key held back by a pass, with its household's sort columns as held (m_heldColumns).
    SqlStatement m_addHeldKey;
    /// During a pass: the keys (UTF-8) and household rowids not yet inserted.
    bool m_inPass = false;
    /// The statements of the indexes a pass has set aside (dropped), made again at its end.
    QStringList m_setAside;
    std::vector<std::pair<QByteArray, qint64>> m_heldKeys;
    /// During a pass: the sort columns of each household whose keys are held, by its rowid.
    struct SortColumns
    {
        QString villageSort;
        QVariant village;
        QString headSort;
    };
    QHash<qint64, SortColumns> m_heldColumns;
    [[nodiscard]] Status insertHeldKeys();
};

} // namespace ff
