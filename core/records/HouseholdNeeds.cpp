// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/HouseholdNeeds.h"

#include "core/forms/BuiltInForms.h"
#include "core/forms/MemberContext.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/HouseholdRepository.h"

namespace ff {

QList<IdentifiedNeed> HouseholdNeeds::forHousehold(Database& db, const QString& householdId)
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
        needs += IdentifiedNeeds::of(*definition, a, context);
    }
    IdentifiedNeeds::sort(needs);
    return needs;
}

QString HouseholdNeeds::labelOf(Database& db, const QString& key)
{
    const auto parts = NeedKey::parse(key);
    if (!parts)
        return {};
    const auto assessment =
        AssessmentRepository(db).load(parts->assessmentId, AssessmentRepository::Content::WithoutAnswers);
    if (!assessment)
        return {};
    const auto definition = BuiltInForms::definition(assessment->formId, assessment->formVersion);
    return definition ? IdentifiedNeeds::ruleLabel(*definition, *parts) : QString();
}

} // namespace ff
