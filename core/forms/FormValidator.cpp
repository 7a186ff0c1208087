// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forms/FormValidator.h"

#include "core/forms/ScoreTotals.h"

namespace ff {

namespace {
using Type = FormDefinition::QuestionType;

Expression::Resolver resolver(const QVariantMap& answers, const QVariantMap& context)
{
    return [&answers, &context](const QString& name) {
        return answers.contains(name) ? answers.value(name) : context.value(name);
    };
}

bool isEmpty(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().isEmpty();
    return v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty();
}

QStringList codesOf(const FormDefinition::Question& q)
{
    QStringList codes;
    for (const FormDefinition::Choice& c : q.choices)
        codes << c.code;
    return codes;
}

bool shown(const FormDefinition::Question& q, const Expression::Resolver& r, QDate today)
{
    return !q.showIf || q.showIf->isTrue(r, {}, today);
}
} // namespace

bool FormValidator::isShown(const FormDefinition::Section& section, const QVariantMap& answers,
                            const QVariantMap& context, QDate today)
{
    return !section.showIf || section.showIf->isTrue(resolver(answers, context), {}, today);
}

QVariantMap FormValidator::visibleAnswers(const FormDefinition::Section& section, const QVariantMap& given,
                                          const QVariantMap& context, QDate today)
{
    QVariantMap kept;
    if (!isShown(section, given, context, today))
        return kept;
    // Totals are what the answers add up to, whatever value came with them.
    const QVariantMap answers = ScoreTotals::withTotals(section, given, context, today);
    const Expression::Resolver r = resolver(answers, context);
    for (const FormDefinition::Question& q : section.questions) {
        if (answers.contains(q.id) && shown(q, r, today))
            kept.insert(q.id, answers.value(q.id));
    }
    return kept;
}

QList<AnswerIssue> FormValidator::validate(const FormDefinition::Section& section, const QVariantMap& given,
                                           const QVariantMap& context, QDate today,
                                           const std::optional<QStringList>& householdMembers)
{
    QList<AnswerIssue> issues;
    if (!isShown(section, given, context, today))
        return issues;
    const QVariantMap answers = ScoreTotals::withTotals(section, given, context, today);
    const Expression::Resolver r = resolver(answers, context);
    for (const FormDefinition::Question& q : section.questions) {
        // A total is computed, never answered: its questions are the ones checked.
        if (q.type == Type::Total || !shown(q, r, today))
            continue;
        const QString label = FormDefinition::text(q.label);
        const QVariant value = answers.value(q.id);
        if (isEmpty(value)) {
            if (q.required)
                issues.append({q.id, tr("“%1” needs an answer.").arg(label)});
            continue;
        }
        QString problem;
        switch (q.type) {
        case Type::Number: {
            bool ok = false;
            value.toString().toDouble(&ok);
            if (!ok)
                problem = tr("“%1” must be a number.").arg(label);
            break;
        }
        case Type::Date:
            if (!QDate::fromString(value.toString(), Qt::ISODate).isValid() &&
                value.typeId() != QMetaType::QDate)
                problem = tr("“%1” must be a date.").arg(label);
            break;
        case Type::SingleChoice:
            if (!codesOf(q).contains(value.toString()))
                problem = tr("“%1”: choose one of the answers offered.").arg(label);
            break;
        case Type::MultipleChoice: {
            const QStringList chosen = value.typeId() == QMetaType::QStringList
                                           ? value.toStringList()
                                           : value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString& c : chosen) {
                if (!codesOf(q).contains(c))
                    problem = tr("“%1”: choose only among the answers offered.").arg(label);
            }
            break;
        }
        case Type::YesNo:
            if (value.typeId() != QMetaType::Bool)
                problem = tr("“%1”: answer yes or no.").arg(label);
            break;
        case Type::Scale: {
            bool ok = false;
            const int n = value.toString().toInt(&ok);
            if (!ok || n < q.scaleMin || n > q.scaleMax)
                problem = tr("“%1” must be a whole number from %2 to %3.")
                              .arg(label)
                              .arg(q.scaleMin)
                              .arg(q.scaleMax);
            break;
        }
        case Type::Member:
            // Another household's member (or one removed since) would tie the answer to the wrong
            // person's file.
            if (householdMembers && !householdMembers->contains(value.toString()))
                problem = tr("“%1”: choose a member of this household.").arg(label);
            break;
        case Type::Text:
        case Type::Total:
            break;
        }
        if (problem.isEmpty() && q.constraint && !q.constraint->isTrue(r, value, today)) {
            const QString message = FormDefinition::text(q.constraintMessage);
            problem = message.isEmpty() ? tr("“%1”: this answer is not possible.").arg(label)
                                        : QStringLiteral("“%1”: %2").arg(label, message);
        }
        if (!problem.isEmpty())
            issues.append({q.id, problem});
    }
    return issues;
}

} // namespace ff
