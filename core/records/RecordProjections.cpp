// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/RecordProjections.h"

#include "core/db/Database.h"
#include "core/journal/Projection.h"
#include "core/records/CaseNoteIndex.h"
#include "core/records/HouseholdSummary.h"

namespace ff {

void RecordProjections::install()
{
    Projections::install(
        {{&HouseholdSummary::affectedBy,
          [](Database& db) -> std::unique_ptr<Projection> { return std::make_unique<HouseholdSummary>(db); }},
         {&CaseNoteIndex::affectedBy,
          [](Database& db) -> std::unique_ptr<Projection> { return std::make_unique<CaseNoteIndex>(db); },
          CaseNoteIndex::clearStatements()}});
}

} // namespace ff
