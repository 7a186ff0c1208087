// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace ff {

/// One filled form: which form and version, for the household or one member, and the answers.
struct Assessment
{
    QString id; ///< empty until first saved
    QString householdId;
    QString memberId; ///< empty for a household-level assessment
    QString formId;
    int formVersion = 0;
    QString status = QStringLiteral("draft"); ///< draft or submitted
    QDate assessedOn;
    QVariantMap answers; ///< question id → value

    bool operator==(const Assessment&) const = default;
};

} // namespace ff
