// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PackageFileName.h"

#include <QFileInfo>
#include <QStringList>

namespace ff {

namespace {
QString fileSafe(const QString& text)
{
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    QString out;
    for (QChar c : text.simplified()) {
        if (refused.contains(c) || c.category() == QChar::Other_Control)
            continue;
        out.append(c.isSpace() ? QLatin1Char('_') : c);
    }
    // A name of dots alone would read as the folder itself or its parent.
    return out.count(QLatin1Char('.')) == out.size() ? QString() : out;
}
} // namespace

QString PackageFileName::suggest(const QString& person, QDate day, const QDir& folder)
{
    QStringList parts = {QStringLiteral("fieldfile")};
    const QString who = fileSafe(person);
    if (!who.isEmpty())
        parts << who;
    parts << day.toString(Qt::ISODate);
    const QString stem = parts.join(QLatin1Char('-'));
    const QString extension = QStringLiteral(".ffpkg");
    QString name = stem + extension;
    for (int n = 2; folder.exists(name); ++n)
        name = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(extension);
    return folder.filePath(name);
}

QString PackageFileName::receiptFor(const QString& packagePath)
{
    const QFileInfo package(packagePath);
    const QString extension = QStringLiteral(".ffrct");
    // Compared in any case: on a FAT-formatted USB stick X.FFRCT and x.ffrct are one file.
    const bool ownName = package.fileName().endsWith(extension, Qt::CaseInsensitive);
    return package.dir().filePath((ownName ? package.fileName() : package.completeBaseName()) + extension);
}

} // namespace ff
