// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the casework record tests: households saved through the real repository.
#pragma once

#include "tests/support/TempDatabase.h"

#include "core/records/HouseholdRepository.h"

#include <QDateTime>

namespace ff::test {

/// A fixed "now" for casework tests: 2026-05-28 (the clock's date in local time).
constexpr qint64 kCaseworkNow = 1'780'000'000'000;

inline QDate caseworkToday() { return QDateTime::fromMSecsSinceEpoch(kCaseworkNow).date(); }

/// Saves a valid household (head + left-behind grandchild) in `village`; returns the saved file.
inline HouseholdFile addHousehold(Database& db, const Clock& clock, const QString& number,
                                  const QString& village = QStringLiteral("东山村"),
                                  const QString& headName = QStringLiteral("张伟"))
{
    HouseholdRepository repo(db, test::as(QStringLiteral("王芳"), clock));
    HouseholdFile file = sampleHousehold(headName);
    file.household.insert(QStringLiteral("household_no"), number);
    file.household.insert(QStringLiteral("village"), village);
    if (!repo.save(file))
        throw std::runtime_error("household not saved");
    return file;
}

inline QString idOf(const QVariantMap& record) { return record.value(QStringLiteral("id")).toString(); }

} // namespace ff::test
