// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profile/ProfileKeyFile.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ff {

/// Where a laptop's profiles live: one folder each under `profiles/` in the app's data folder
/// (`~/.local/share/Fieldfile/fieldfile/profiles/<name>/` on Linux), holding `profile.key`, the
/// encrypted `fieldfile.db` with its WAL, and what the county published for it (forms). A shared
/// station laptop holds one profile per person; the demo profile is the folder `demo`.
class ProfileDirectory
{
    Q_DECLARE_TR_FUNCTIONS(ProfileDirectory)

public:
    struct Entry
    {
        QString folder;
        ProfileKeyFile keyFile;
    };

    explicit ProfileDirectory(QString root = defaultRoot());
    static QString defaultRoot();
    const QString& root() const { return m_root; }

    /// Every profile with a readable key file, the demo last; people sorted by name.
    QList<Entry> profiles() const;
    bool hasDemo() const;
    QString demoFolder() const;

    /// A new, empty folder for a county profile (`person-1`, `person-2`, …), created 0700.
    [[nodiscard]] Status createFolder(QString* folder) const;
    /// Removes a profile folder that never became a profile (enrollment given up).
    static void removeFolder(const QString& folder);

    static QString databasePath(const QString& folder);
    static QString keyFilePath(const QString& folder);
    static QString formsFolder(const QString& folder);

private:
    QString m_root;
};

} // namespace ff
