// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ValidationIssue.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariantMap>

namespace ff {

/// Decides whether a household file (the household and its current members) may be saved, and
/// says in the user's language what to correct. Nothing is saved while any issue remains.
class HouseholdValidator
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdValidator)

public:
    static QList<ValidationIssue> validate(const QVariantMap& household, const QList<QVariantMap>& members,
                                           QDate today);

    static bool isValidPhone(const QString& phone);
    static constexpr double kMaxAnnualIncome = 10'000'000.0;
};

} // namespace ff
