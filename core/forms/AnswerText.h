// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forms/FormDefinition.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

namespace ff {

/// How an answer reads to a person, in the UI language: choice labels instead of codes, yes or no,
/// the member's name, the number of a scale. Used where answers are shown outside their form
/// (the household's history).
class AnswerText
{
    Q_DECLARE_TR_FUNCTIONS(AnswerText)

public:
    /// `memberNames`: member id → name, for member-picker questions.
    static QString display(const FormDefinition::Question& question, const QVariant& value,
                           const QHash<QString, QString>& memberNames = {});
    /// An answer as the journal stores it (a one-element JSON array) back to its value.
    static QVariant fromStored(const QString& stored);
};

} // namespace ff
