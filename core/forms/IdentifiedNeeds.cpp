// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forms/IdentifiedNeeds.h"

#include "core/forms/FormValidator.h"
#include "core/forms/ScoreTotals.h"

#include <algorithm>

namespace ff {

namespace {
const char* const kCategoryLabels[] = {
    QT_TRANSLATE_NOOP("IdentifiedNeeds", "Social integration"),
    QT_TRANSLATE_NOOP("IdentifiedNeeds", "Capacity building"),
    QT_TRANSLATE_NOOP("IdentifiedNeeds", "Psychological counselling"),
    QT_TRANSLATE_NOOP("IdentifiedNeeds", "Resource linking"),
    QT_TRANSLATE_NOOP("IdentifiedNeeds", "Policy advocacy"),
};
} // namespace

QString IdentifiedNeeds::categoryLabel(const QString& category)
{
    const qsizetype i = FormDefinition::serviceCategories().indexOf(category);
    if (i < 0 || i >= qsizetype(std::size(kCategoryLabels)))
        return category;
    return tr(kCategoryLabels[i]);
}

std::optional<NeedKey> NeedKey::parse(const QString& key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return std::nullopt;
    bool ok = false;
    const int rule = parts[2].toInt(&ok);
    if (!ok || rule < 0)
        return std::nullopt;
    return NeedKey{parts[0], parts[1], rule};
}

QString IdentifiedNeeds::ruleLabel(const FormDefinition& definition, const NeedKey& key)
{
    for (const FormDefinition::Section& section : definition.sections) {
        if (section.id == key.sectionId && key.rule >= 0 && key.rule < section.needs.size())
            return FormDefinition::text(section.needs[key.rule].label);
    }
    return {};
}

QList<IdentifiedNeed> IdentifiedNeeds::of(const FormDefinition& definition, const Assessment& assessment,
                                          const QVariantMap& memberContext)
{
    QList<IdentifiedNeed> needs;
    if (assessment.status != QStringLiteral("submitted") || definition.id != assessment.formId ||
        definition.version != assessment.formVersion)
        return needs;
    const QString scope =
        assessment.memberId.isEmpty() ? QStringLiteral("household") : QStringLiteral("member");
    // Totals from the answers they add, not as stored: two offline edits of different items may
    // have left the stored one stale.
    const QVariantMap answers =
        ScoreTotals::withTotals(definition, scope, assessment.answers, memberContext, assessment.assessedOn);
    const Expression::Resolver resolve = [&](const QString& name) {
        return answers.contains(name) ? answers.value(name) : memberContext.value(name);
    };
    for (const FormDefinition::Section& section : definition.sections) {
        if (section.appliesTo != scope ||
            !FormValidator::isShown(section, answers, memberContext, assessment.assessedOn))
            continue;
        for (int i = 0; i < section.needs.size(); ++i) {
            const FormDefinition::NeedRule& rule = section.needs[i];
            if (rule.when && rule.when->isTrue(resolve, {}, assessment.assessedOn)) {
                needs.append({rule.category, rule.label, assessment.id, assessment.memberId, definition.id,
                              definition.version, section.id, i, assessment.assessedOn});
            }
        }
    }
    return needs;
}

void IdentifiedNeeds::sort(QList<IdentifiedNeed>& needs)
{
    const QStringList& order = FormDefinition::serviceCategories();
    std::stable_sort(needs.begin(), needs.end(), [&order](const IdentifiedNeed& x, const IdentifiedNeed& y) {
        const auto kx = std::make_tuple(order.indexOf(x.category), x.assessedOn, x.memberId);
        const auto ky = std::make_tuple(order.indexOf(y.category), y.assessedOn, y.memberId);
        return kx < ky;
    });
}

} // namespace ff
