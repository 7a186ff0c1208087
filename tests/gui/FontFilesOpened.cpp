// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/FontFilesOpened.h"

#include <QFileInfo>
#include <QMutex>
#include <QProcess>

#include <algorithm>

#include <dlfcn.h>

namespace {

QMutex& mutex()
{
    static QMutex m;
    return m;
}

QStringList& opened()
{
    static QStringList files;
    return files;
}

} // namespace

// FreeType's FT_New_Face(FT_Library, const char*, FT_Long, FT_Face*), with its handles as opaque
// pointers and its error as an int, as FreeType declares them.
extern "C" int FT_New_Face(void* library, const char* path, long index, void** face)
{
    using Real = int (*)(void*, const char*, long, void**);
    static const auto real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "FT_New_Face"));
    if (path) {
        const QMutexLocker lock(&mutex());
        opened().append(QFileInfo(QString::fromLocal8Bit(path)).canonicalFilePath());
    }
    return real(library, path, index, face);
}

namespace ff::test {

QStringList fontFilesOpened()
{
    const QMutexLocker lock(&mutex());
    return opened();
}

QString fontFileFor(const QString& pattern)
{
    QProcess process;
    process.start(QStringLiteral("fc-match"), {QStringLiteral("-f"), QStringLiteral("%{file}"), pattern});
    if (!process.waitForFinished(30000))
        return {};
    return QFileInfo(QString::fromLocal8Bit(process.readAllStandardOutput())).canonicalFilePath();
}

int heaviestWeightIn(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("fc-query"), {QStringLiteral("-f"), QStringLiteral("%{weight}\\n"), path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -1;
    int heaviest = -1;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        bool ok = false;
        const int weight = line.trimmed().toInt(&ok);
        if (ok)
            heaviest = std::max(heaviest, weight);
    }
    return heaviest;
}

} // namespace ff::test
