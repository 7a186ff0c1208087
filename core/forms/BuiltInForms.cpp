// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/BuiltInForms.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>

namespace ff {

QList<int> BuiltInForms::versions(const QString& formId)
{
    // The files are the versions: adding resources/forms/<id>.v<N>.json publishes version N.
    static const QRegularExpression name(QStringLiteral("^(.+)\\.v([1-9][0-9]*)\\.json$"));
    QList<int> found;
    const QStringList files = QDir(QStringLiteral(":/forms")).entryList(QDir::Files);
    for (const QString& file : files) {
        const QRegularExpressionMatch m = name.match(file);
        if (m.hasMatch() && m.captured(1) == formId)
            found << m.captured(2).toInt();
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::optional<FormDefinition> BuiltInForms::needsAssessment(QList<FormDefinitionError>* errors)
{
    const QString id = QStringLiteral("needs-assessment");
    const QList<int> all = versions(id);
    if (all.isEmpty()) {
        if (errors)
            *errors = {{0, FormDefinition::tr("The form “%1” is missing from this build.").arg(id)}};
        return std::nullopt;
    }
    return definition(id, all.last(), errors);
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
