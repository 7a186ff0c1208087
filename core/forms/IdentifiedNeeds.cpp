// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/IdentifiedNeeds.h"

#include "forms/BuiltInForms.h"
#include "forms/MemberContext.h"
#include "forms/ScoreTotals.h"
#include "storage/HouseholdRepository.h"

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

QString IdentifiedNeeds::labelOf(Database& db, const QString& key)
{
    const auto parts = NeedKey::parse(key);
    if (!parts)
        return {};
    const auto assessment =
        AssessmentRepository(db).load(parts->assessmentId, AssessmentRepository::Content::WithoutAnswers);
    if (!assessment)
        return {};
    const auto definition = BuiltInForms::definition(assessment->formId, assessment->formVersion);
    return definition ? ruleLabel(*definition, *parts) : QString();
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

QList<IdentifiedNeed> IdentifiedNeeds::forHousehold(Database& db, const QString& householdId)
{
    // The latest submitted assessment per form and person; forHousehold() lists by date, then id.
    // Which assessments count is known from the list; only their answers are read.
    const AssessmentRepository assessments(db);
    QMap<QPair<QString, QString>, Assessment> latest;
    for (const Assessment& a :
         assessments.forHousehold(householdId, AssessmentRepository::Content::WithoutAnswers)) {
        if (a.status == QStringLiteral("submitted"))
            latest.insert({a.formId, a.memberId}, a);
    }
    if (latest.isEmpty())
        return {};
    for (Assessment& a : latest) {
        if (auto whole = assessments.load(a.id))
            a = *whole;
    }
    QHash<QString, QVariantMap> members;
    if (const auto file = HouseholdRepository(db).load(householdId)) {
        for (const QVariantMap& m : file->members)
            members.insert(m.value(QStringLiteral("id")).toString(), m);
    }
    QList<IdentifiedNeed> needs;
    for (const Assessment& a : std::as_const(latest)) {
        QList<FormDefinitionError> errors;
        const auto definition = BuiltInForms::definition(a.formId, a.formVersion, &errors);
        if (!definition) {
            qWarning("Needs of assessment %s not evaluated: %s", qUtf8Printable(a.id),
                     qUtf8Printable(errors.isEmpty() ? QString() : errors.first().message));
            continue;
        }
        const QVariantMap context =
            a.memberId.isEmpty() ? QVariantMap() : MemberContext::of(members.value(a.memberId), a.assessedOn);
        needs += of(*definition, a, context);
    }
    const QStringList& order = FormDefinition::serviceCategories();
    std::stable_sort(needs.begin(), needs.end(), [&order](const IdentifiedNeed& x, const IdentifiedNeed& y) {
        const auto kx = std::make_tuple(order.indexOf(x.category), x.assessedOn, x.memberId);
        const auto ky = std::make_tuple(order.indexOf(y.category), y.assessedOn, y.memberId);
        return kx < ky;
    });
    return needs;
}

} // namespace ff
