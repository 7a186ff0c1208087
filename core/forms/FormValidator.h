// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forms/FormDefinition.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QVariantMap>

namespace ff {

/// One answer that keeps a form from being submitted, with the message for the caseworker.
struct AnswerIssue
{
    QString question;
    QString message;
};

/// Checks the answers of one section of a form: questions hidden by their show-if rules are not
/// checked (their answers are dropped by visibleAnswers()), required questions must be answered,
/// answers must fit their type and choices, and constraints must hold. A draft may be saved with
/// issues; a submission may not.
class FormValidator
{
    Q_DECLARE_TR_FUNCTIONS(FormValidator)

public:
    /// `context` holds member_age, member_sex, member_groups for per-member sections.
    /// `householdMembers` are the ids of the household's members: an answer to a member question must
    /// be one of them (nullopt when the caller does not know them; the repository always does).
    static QList<AnswerIssue> validate(const FormDefinition::Section& section, const QVariantMap& answers,
                                       const QVariantMap& context, QDate today = QDate::currentDate(),
                                       const std::optional<QStringList>& householdMembers = std::nullopt);
    /// Whether the section is shown at all for these answers and this member.
    static bool isShown(const FormDefinition::Section& section, const QVariantMap& answers,
                        const QVariantMap& context, QDate today = QDate::currentDate());
    /// The answers of questions that are shown; answers to hidden questions are not kept on submit.
    static QVariantMap visibleAnswers(const FormDefinition::Section& section, const QVariantMap& answers,
                                      const QVariantMap& context, QDate today = QDate::currentDate());
};

} // namespace ff
