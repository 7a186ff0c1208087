// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileDirectory.h"

#include <QCollator>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace ff {

ProfileDirectory::ProfileDirectory(QString root) : m_root(std::move(root)) {}

QString ProfileDirectory::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("profiles"));
}

QList<ProfileDirectory::Entry> ProfileDirectory::profiles() const
{
    QList<Entry> people;
    QList<Entry> demo;
    const QDir dir(m_root);
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString folder = dir.filePath(name);
        ProfileKeyFile keyFile;
        if (!ProfileKeyFile::read(keyFilePath(folder), &keyFile))
            continue;
        (keyFile.isDemo() ? demo : people).append({folder, std::move(keyFile)});
    }
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(people.begin(), people.end(), [&](const Entry& a, const Entry& b) {
        return collator.compare(a.keyFile.identity().displayName, b.keyFile.identity().displayName) < 0;
    });
    return people + demo;
}

bool ProfileDirectory::hasDemo() const { return QFile::exists(keyFilePath(demoFolder())); }

QString ProfileDirectory::demoFolder() const { return QDir(m_root).filePath(QStringLiteral("demo")); }

Status ProfileDirectory::createFolder(QString* folder) const
{
    QDir dir(m_root);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error{tr("Could not create the folder %1.").arg(m_root), {}};
    for (int n = 1; n < 10000; ++n) {
        const QString name = QStringLiteral("person-%1").arg(n);
        if (dir.exists(name))
            continue;
        if (!dir.mkdir(name))
            break;
        QFile::setPermissions(dir.filePath(name),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        *folder = dir.filePath(name);
        return Status::ok();
    }
    return Error{tr("Could not create a folder for the new profile in %1.").arg(m_root), {}};
}

void ProfileDirectory::removeFolder(const QString& folder)
{
    if (!folder.isEmpty())
        QDir(folder).removeRecursively();
}

QString ProfileDirectory::databasePath(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("fieldfile.db"));
}

QString ProfileDirectory::keyFilePath(const QString& folder)
{
    return QDir(folder).filePath(ProfileKeyFile::fileName());
}

QString ProfileDirectory::formsFolder(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("forms"));
}

} // namespace ff
