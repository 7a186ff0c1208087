// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/BuiltInForms.h"

#include <QFile>

namespace ff {

std::optional<FormDefinition> BuiltInForms::needsAssessment(QList<FormDefinitionError>* errors)
{
    QFile file(QStringLiteral(":/forms/needs-assessment.v1.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (errors)
            *errors = {{0, FormDefinition::tr("The built-in needs assessment is missing from this build.")}};
        return std::nullopt;
    }
    return FormDefinition::parse(file.readAll(), errors);
}

} // namespace ff
