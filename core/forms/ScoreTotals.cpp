// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forms/ScoreTotals.h"

namespace ff {

std::optional<double> ScoreTotals::scoreOf(const FormDefinition::Question& question, const QVariant& answer)
{
    if (!answer.isValid() || answer.isNull())
        return std::nullopt;
    const QString code = answer.toString();
    for (const FormDefinition::Choice& c : question.choices) {
        if (c.code == code)
            return c.score;
    }
    return std::nullopt;
}

ScoreTotal ScoreTotals::of(const FormDefinition::Section& section, const FormDefinition::Question& total,
                           const QVariantMap& answers, const QVariantMap& context, QDate today)
{
    ScoreTotal t;
    t.items = int(total.totalOf.size());
    const Expression::Resolver resolve = [&](const QString& name) {
        return answers.contains(name) ? answers.value(name) : context.value(name);
    };
    const bool sectionShown = !section.showIf || section.showIf->isTrue(resolve, {}, today);
    for (const FormDefinition::Question& q : section.questions) {
        if (!total.totalOf.contains(q.id))
            continue;
        std::optional<double> best;
        for (const FormDefinition::Choice& c : q.choices) {
            if (c.score && (!best || *c.score > *best))
                best = c.score;
        }
        t.max += best.value_or(0);
        // A hidden question's answer is dropped on submit, so it counts for nothing here either.
        const bool shown = sectionShown && (!q.showIf || q.showIf->isTrue(resolve, {}, today));
        const std::optional<double> score = shown ? scoreOf(q, answers.value(q.id)) : std::nullopt;
        if (!score)
            continue;
        ++t.answered;
        t.sum += *score;
    }
    if (t.items > 0 && t.answered == t.items) {
        t.value = t.sum;
        t.band = FormDefinition::bandOf(total, t.sum);
    }
    return t;
}

QVariantMap ScoreTotals::withTotals(const FormDefinition::Section& section, const QVariantMap& answers,
                                    const QVariantMap& context, QDate today)
{
    QVariantMap out = answers;
    for (const FormDefinition::Question& q : section.questions) {
        if (q.type != FormDefinition::QuestionType::Total)
            continue;
        const ScoreTotal t = of(section, q, answers, context, today);
        if (t.value.isValid())
            out.insert(q.id, t.value);
        else
            out.remove(q.id);
    }
    return out;
}

QVariantMap ScoreTotals::withTotals(const FormDefinition& form, const QString& scope,
                                    const QVariantMap& answers, const QVariantMap& context, QDate today)
{
    QVariantMap out = answers;
    for (const FormDefinition::Section& section : form.sections) {
        if (section.appliesTo == scope)
            out = withTotals(section, out, context, today);
    }
    return out;
}

} // namespace ff
