// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forms/FormDefinition.h"

#include <QHash>

namespace ff {

/// The form definitions that ship with Fieldfile (resources/forms), and the newer versions a county
/// publishes: files of the same names (`<id>.v<N>.json`) in the published folder — the `forms`
/// folder beside the database — for versions this build does not have. A published file is taken
/// only when it reads correctly and is what its name says; otherwise it is refused, with the line
/// and reason of each problem (refused()), and the newest version that can be used stays in use.
///
/// Every version stays available: a draft or a submitted assessment is always read with the
/// version it was made with, built in or published.
class BuiltInForms
{
public:
    /// The needs assessment 需求评估, newest version: the five service areas and the special groups.
    /// The newest is the highest version whose file this build has (versions()).
    static std::optional<FormDefinition> needsAssessment(QList<FormDefinitionError>* errors = nullptr);
    /// The versions of a form there are, oldest first, from the files present (built in, and
    /// published ones that read correctly).
    static QList<int> versions(const QString& formId);
    /// Where published versions are read from; empty (the default): only the built-in ones.
    static void setPublishedFolder(const QString& folder);
    static QString publishedFolder();
    /// The form versions the county published through sync, by file name (`<id>.v<N>.json`),
    /// checked and verified before (PublishedDocument::install); they count as published files
    /// and come before a file of the same name in the published folder. Replaces what was set.
    static void setPublishedDocuments(const QHash<QString, QByteArray>& documents);
    /// A published file that is not used, and why.
    struct Refused
    {
        QString file; ///< its path, or "published:<name>" for a version received through sync
        QList<FormDefinitionError> errors;
    };
    static QList<Refused> refused();
    /// One version of a form, or nothing (with the reason) when there is no such version.
    static std::optional<FormDefinition> definition(const QString& formId, int version,
                                                    QList<FormDefinitionError>* errors = nullptr);
};

} // namespace ff
