// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forms/FormDefinition.h"

#include <QDate>
#include <QVariantMap>

namespace ff {

/// Where a total stands for the answers given so far: the value once every question it adds is
/// answered, and the progress before that (for the renderer).
struct ScoreTotal
{
    QVariant value;   ///< the total, or null while a question it adds is unanswered or hidden
    double sum = 0;   ///< the scores of the questions answered so far
    double max = 0;   ///< the highest total possible
    int answered = 0; ///< questions of the total answered (and shown)
    int items = 0;    ///< questions the total adds
    const FormDefinition::Band* band = nullptr; ///< the value's band, once there is a value
};

/// Computes the total questions of a form (scored scales such as the Barthel index) from the
/// answers they add.
///
/// A total is derived, never typed: every reader computes it from the item answers the same way
/// (the renderer live, FormValidator and the repository on submit, IdentifiedNeeds for the need
/// rules), so a stored total that two offline edits of different items made stale never decides a
/// need. The value is stored with a submission as a record of what was shown.
class ScoreTotals
{
public:
    /// The score of one answer of a single-choice question, if that choice has one.
    static std::optional<double> scoreOf(const FormDefinition::Question& question, const QVariant& answer);
    /// The total `total` (a question of `section`) for these answers and this member.
    static ScoreTotal of(const FormDefinition::Section& section, const FormDefinition::Question& total,
                         const QVariantMap& answers, const QVariantMap& context, QDate today);
    /// The answers with every total of `section` set to its value, or removed while it has none.
    static QVariantMap withTotals(const FormDefinition::Section& section, const QVariantMap& answers,
                                  const QVariantMap& context, QDate today);
    /// The same for every section of the form answered for `scope` (household or member).
    static QVariantMap withTotals(const FormDefinition& form, const QString& scope,
                                  const QVariantMap& answers, const QVariantMap& context, QDate today);
};

} // namespace ff
