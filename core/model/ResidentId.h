// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ff {

/// Checks a resident ID number 公民身份号码 as GB 11643-1999 defines it: 6-digit region code,
/// 8-digit birth date, 3-digit sequence (odd for men, even for women) and a check digit (0-9 or X).
class ResidentId
{
    Q_DECLARE_TR_FUNCTIONS(ResidentId)

public:
    enum class Problem
    {
        None,
        Empty,
        Length,
        Characters,
        Region,
        BirthDate,
        FutureBirthDate,
        CheckDigit
    };

    /// The check digit (0-9 or 'X') for the first 17 digits; '?' if they are not 17 digits.
    static QChar checkDigit(QStringView first17);
    static Problem check(const QString& id, QDate today);
    /// A sentence for the user about the problem (empty for None).
    static QString describe(Problem problem, const QString& id = {});

    /// The birth date written in a well-formed number (invalid otherwise).
    static QDate birthDate(const QString& id);
    /// 'M' or 'F' from the sequence digit, or a null QChar.
    static QChar sex(const QString& id);
    /// Upper-cases a trailing x, folds full-width digits and Ｘ to ASCII and removes spaces, as
    /// people type it (a Chinese input method in full-width mode gives ３７１３…Ｘ).
    static QString normalize(const QString& id);
    /// The number as lists show it, so a glance over a shoulder or a screenshot does not give it
    /// away: the region (first 6) and the last 4 characters stay, every other one becomes '*'.
    /// Shorter texts keep only their last 4 characters; up to 4 characters are all hidden.
    static QString masked(const QString& id);
};

} // namespace ff
