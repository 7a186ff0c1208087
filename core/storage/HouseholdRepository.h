// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ValidationIssue.h"
#include "storage/HouseholdFile.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QStringList>

namespace ff {

class Database;

/// Loads household files and saves them, validated, through the journal writer.
class HouseholdRepository
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)

public:
    explicit HouseholdRepository(Database& db, const Clock& clock = Clock::system());

    std::optional<HouseholdFile> load(const QString& householdId) const;

    /// Validates and saves the file in one transaction: the household, every member (new ones get
    /// ids) and the removal of members no longer listed. On any issue nothing is saved, `issues`
    /// says what to correct, and the status carries a summary. On success file's ids are filled in.
    [[nodiscard]] Status save(HouseholdFile& file, const QString& author,
                              QList<ValidationIssue>* issues = nullptr);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ff
