// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/BuiltInForms.h"

#include <QFile>
#include <QHash>
#include <QMutex>

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
    // A built-in definition never changes while the program runs, and parsing one (JSON, then every
    // expression) costs milliseconds: each is parsed once. Failures are not kept, so their message
    // follows the language of the moment.
    static QMutex mutex;
    static QHash<QString, FormDefinition> parsed;
    const QString path = QStringLiteral(":/forms/%1.v%2.json").arg(formId).arg(version);
    {
        QMutexLocker lock(&mutex);
        if (const auto it = parsed.constFind(path); it != parsed.cend())
            return *it;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errors)
            *errors = {{0, FormDefinition::tr("Version %1 of the form “%2” is missing from this build.")
                               .arg(version)
                               .arg(formId)}};
        return std::nullopt;
    }
    std::optional<FormDefinition> definition = FormDefinition::parse(file.readAll(), errors);
    if (definition) {
        QMutexLocker lock(&mutex);
        parsed.insert(path, *definition);
    }
    return definition;
}

} // namespace ff
