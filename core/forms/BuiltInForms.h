// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormDefinition.h"

namespace ff {

/// The form definitions that ship with Fieldfile (resources/forms), until the county publishes newer ones.
///
/// Every version stays available: a draft or a submitted assessment is always read with the
/// version it was made with (resources/forms/<id>.v<version>.json).
class BuiltInForms
{
public:
    /// The needs assessment 需求评估, newest version: the five service areas and the special groups.
    /// The newest is the highest version whose file this build has (versions()).
    static std::optional<FormDefinition> needsAssessment(QList<FormDefinitionError>* errors = nullptr);
    /// The versions of a form this build has, oldest first, from the files present.
    static QList<int> versions(const QString& formId);
    /// One version of a form, or nothing (with the reason) when this build does not have it.
    static std::optional<FormDefinition> definition(const QString& formId, int version,
                                                    QList<FormDefinitionError>* errors = nullptr);
};

} // namespace ff
