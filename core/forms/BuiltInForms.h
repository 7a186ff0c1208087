// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormDefinition.h"

namespace ff {

/// The form definitions that ship with Fieldfile (resources/forms), until the county publishes newer ones.
class BuiltInForms
{
public:
    /// The needs assessment 需求评估: the five service areas and the special groups.
    static std::optional<FormDefinition> needsAssessment(QList<FormDefinitionError>* errors = nullptr);
};

} // namespace ff
