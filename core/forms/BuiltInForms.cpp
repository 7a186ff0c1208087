// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forms/BuiltInForms.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>

namespace ff {

namespace {
const QString kBuiltIn = QStringLiteral(":/forms");

QMutex& mutex()
{
    static QMutex m;
    return m;
}

QString& publishedFolderPath()
{
    static QString folder;
    return folder;
}

const QString kPublishedPrefix = QStringLiteral("published:");

/// The versions received through sync, by file name.
QHash<QString, QByteArray>& publishedDocuments()
{
    static QHash<QString, QByteArray> documents;
    return documents;
}

QHash<QString, QByteArray> documentsNow()
{
    QMutexLocker lock(&mutex());
    return publishedDocuments();
}

/// Parsed definitions by file path, and the published files refused with why.
QHash<QString, FormDefinition>& parsed()
{
    static QHash<QString, FormDefinition> cache;
    return cache;
}

QHash<QString, QList<FormDefinitionError>>& refusedFiles()
{
    static QHash<QString, QList<FormDefinitionError>> cache;
    return cache;
}

/// `<id>.v<N>.json` in a folder: version N of form id.
const QRegularExpression& versionFileName()
{
    static const QRegularExpression name(QStringLiteral("^(.+)\\.v([1-9][0-9]*)\\.json$"));
    return name;
}

QList<QPair<QString, int>> namesOf(const QStringList& files)
{
    const QRegularExpression& name = versionFileName();
    QList<QPair<QString, int>> found;
    for (const QString& file : files) {
        const QRegularExpressionMatch m = name.match(file);
        if (m.hasMatch())
            found.append({m.captured(1), m.captured(2).toInt()});
    }
    return found;
}

QList<QPair<QString, int>> filesIn(const QString& folder)
{
    if (folder.isEmpty())
        return {};
    return namesOf(QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files));
}

QString fileName(const QString& formId, int version)
{
    return QStringLiteral("%1.v%2.json").arg(formId).arg(version);
}

QString pathOf(const QString& folder, const QString& formId, int version)
{
    return QDir(folder).filePath(QStringLiteral("%1.v%2.json").arg(formId).arg(version));
}

/// Reads one definition file, once per process: a definition never changes while the program runs,
/// and parsing one (JSON, then every expression) costs milliseconds. A published file must also
/// be what its name says; a refused one is remembered with its reasons.
std::optional<FormDefinition> load(const QString& path, const QString& formId, int version, bool published,
                                   QList<FormDefinitionError>* errors)
{
    {
        QMutexLocker lock(&mutex());
        if (const auto it = parsed().constFind(path); it != parsed().cend())
            return *it;
        if (const auto it = refusedFiles().constFind(path); it != refusedFiles().cend()) {
            if (errors)
                *errors = *it;
            return std::nullopt;
        }
    }
    QByteArray bytes;
    if (path.startsWith(kPublishedPrefix)) {
        bytes = documentsNow().value(path.mid(kPublishedPrefix.size()));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (errors)
                *errors = {{0, FormDefinition::tr("Version %1 of the form “%2” is missing from this build.")
                                   .arg(version)
                                   .arg(formId)}};
            return std::nullopt;
        }
        bytes = file.readAll();
    }
    QList<FormDefinitionError> problems;
    std::optional<FormDefinition> definition = FormDefinition::parse(bytes, &problems);
    if (definition && (definition->id != formId || definition->version != version)) {
        problems = {
            {0, FormDefinition::tr("The file is named for version %1 of “%2”, but holds version %3 of “%4”.")
                    .arg(version)
                    .arg(formId)
                    .arg(definition->version)
                    .arg(definition->id)}};
        definition.reset();
    }
    if (errors)
        *errors = problems;
    QMutexLocker lock(&mutex());
    if (definition)
        parsed().insert(path, *definition);
    else if (published)
        refusedFiles().insert(path, problems);
    return definition;
}
} // namespace

void BuiltInForms::setPublishedFolder(const QString& folder)
{
    QMutexLocker lock(&mutex());
    publishedFolderPath() = folder;
}

void BuiltInForms::setPublishedDocuments(const QHash<QString, QByteArray>& documents)
{
    QMutexLocker lock(&mutex());
    // What was parsed of the documents before goes: a name now may hold other bytes.
    for (auto it = parsed().begin(); it != parsed().end();)
        it = it.key().startsWith(kPublishedPrefix) ? parsed().erase(it) : std::next(it);
    for (auto it = refusedFiles().begin(); it != refusedFiles().end();)
        it = it.key().startsWith(kPublishedPrefix) ? refusedFiles().erase(it) : std::next(it);
    publishedDocuments() = documents;
}

QString BuiltInForms::publishedFolder()
{
    QMutexLocker lock(&mutex());
    return publishedFolderPath();
}

QList<int> BuiltInForms::versions(const QString& formId)
{
    // The files are the versions: resources/forms/<id>.v<N>.json built in, and the same names in
    // the published folder for versions the county added (only those that read correctly).
    QList<int> found;
    for (const auto& [id, version] : filesIn(kBuiltIn)) {
        if (id == formId)
            found << version;
    }
    // Received through sync, then beside the database.
    for (const auto& [id, version] : namesOf(documentsNow().keys())) {
        if (id != formId || found.contains(version))
            continue;
        if (load(kPublishedPrefix + fileName(id, version), id, version, true, nullptr))
            found << version;
    }
    const QString folder = publishedFolder();
    for (const auto& [id, version] : filesIn(folder)) {
        if (id != formId || found.contains(version))
            continue;
        if (load(pathOf(folder, id, version), id, version, true, nullptr))
            found << version;
    }
    std::sort(found.begin(), found.end());
    return found;
}

QList<BuiltInForms::Refused> BuiltInForms::refused()
{
    const QString folder = publishedFolder();
    QList<Refused> out;
    for (const auto& [id, version] : namesOf(documentsNow().keys())) {
        QList<FormDefinitionError> errors;
        if (!QFile::exists(pathOf(kBuiltIn, id, version)) &&
            !load(kPublishedPrefix + fileName(id, version), id, version, true, &errors))
            out.append({kPublishedPrefix + fileName(id, version), errors});
    }
    for (const auto& [id, version] : filesIn(folder)) {
        const QString path = pathOf(folder, id, version);
        if (QFile::exists(pathOf(kBuiltIn, id, version))) {
            out.append({path,
                        {{0, FormDefinition::tr("Version %1 of “%2” is built into Fieldfile already; a "
                                                "published version never changes: give it a new number.")
                                 .arg(version)
                                 .arg(id)}}});
            continue;
        }
        QList<FormDefinitionError> errors;
        if (!load(path, id, version, true, &errors))
            out.append({path, errors});
    }
    return out;
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
    const QString builtIn = pathOf(kBuiltIn, formId, version);
    if (QFile::exists(builtIn))
        return load(builtIn, formId, version, false, errors);
    // A version the county published: an assessment made with it opens with it.
    if (documentsNow().contains(fileName(formId, version)))
        return load(kPublishedPrefix + fileName(formId, version), formId, version, true, errors);
    const QString folder = publishedFolder();
    if (!folder.isEmpty() && QFile::exists(pathOf(folder, formId, version)))
        return load(pathOf(folder, formId, version), formId, version, true, errors);
    if (errors)
        *errors = {{0, FormDefinition::tr("Version %1 of the form “%2” is missing from this build.")
                           .arg(version)
                           .arg(formId)}};
    return std::nullopt;
}

} // namespace ff
