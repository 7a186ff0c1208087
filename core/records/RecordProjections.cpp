// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/RecordProjections.h"

#include "core/db/Database.h"
#include "core/db/SqlFunctions.h"
#include "core/journal/Projection.h"
#include "core/records/CaseNoteIndex.h"
#include "core/records/HouseholdSummary.h"
#include "core/records/PinyinTable.h"

namespace ff {

void RecordProjections::install()
{
    Projections::install(
        {{&HouseholdSummary::affectedBy,
          [](Database& db) -> std::unique_ptr<Projection> { return std::make_unique<HouseholdSummary>(db); }},
         {&CaseNoteIndex::affectedBy,
          [](Database& db) -> std::unique_ptr<Projection> { return std::make_unique<CaseNoteIndex>(db); },
          CaseNoteIndex::clearStatements()}});
    // A migration adding a derived column fills it as the projection would (schema 17: the
    // village's pinyin sort key).
    SqlFunctions::install(QStringLiteral("pinyin_sort_key"), &PinyinTable::sortKey);
}

} // namespace ff
