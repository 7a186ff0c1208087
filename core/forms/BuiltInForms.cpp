// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/BuiltInForms.h"

#include <QFile>

namespace ff {

namespace {
/// The newest needs assessment; version 2 added the need rules.
constexpr int kNeedsAssessmentVersion = 2;
} // namespace

std::optional<FormDefinition> BuiltInForms::needsAssessment(QList<FormDefinitionError>* errors)
{
    return definition(QStringLiteral("needs-assessment"), kNeedsAssessmentVersion, errors);
}

std::optional<FormDefinition> BuiltInForms::definition(const QString& formId, int version,
                                                       QList<FormDefinitionError>* errors)
{
    QFile file(QStringLiteral(":/forms/%1.v%2.json").arg(formId).arg(version));
    if (!file.open(QIODevice::ReadOnly)) {
        if (errors)
            *errors = {{0, FormDefinition::tr("Version %1 of the form “%2” is missing from this build.")
                               .arg(version)
                               .arg(formId)}};
        return std::nullopt;
    }
    return FormDefinition::parse(file.readAll(), errors);
}

} // namespace ff
