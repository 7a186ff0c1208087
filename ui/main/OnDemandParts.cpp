// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/OnDemandParts.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

/// Defined by ui/main/ModuleParts.cpp: in the module, and in test programs that link the parts in.
/// The app does not link it, and finds it null.
extern "C" ff::OnDemandParts* fieldfile_parts(const char* version) __attribute__((weak));

namespace ff {

namespace {

/// Where the module is: beside the program in the build tree, else where the package installs it
/// (FIELDFILE_PARTS_DIR, relative to the program's folder).
QStringList moduleCandidates()
{
    const QDir programs(QCoreApplication::applicationDirPath());
    return {programs.filePath(QStringLiteral("fieldfile-parts.so")),
            QDir::cleanPath(programs.filePath(QStringLiteral(FIELDFILE_PARTS_DIR "/fieldfile-parts.so")))};
}

} // namespace

OnDemandParts* OnDemandParts::get(QString* error)
{
    static OnDemandParts* parts = nullptr;
    if (parts)
        return parts;
    if (fieldfile_parts) {
        parts = fieldfile_parts(FIELDFILE_PARTS_VERSION);
        return parts;
    }
    // Tried again at each call until it loads: a module put back needs no restart.
    QString failure;
    QString path;
    for (const QString& candidate : moduleCandidates()) {
        if (QFileInfo::exists(candidate)) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty()) {
        failure = tr("%1 is missing.").arg(moduleCandidates().constLast());
    } else {
        // Kept loaded until the program ends: the widgets it makes live as long.
        QLibrary module(path);
        using Entry = OnDemandParts* (*)(const char*);
        const auto entry =
            module.load() ? reinterpret_cast<Entry>(module.resolve("fieldfile_parts")) : nullptr;
        parts = entry ? entry(FIELDFILE_PARTS_VERSION) : nullptr;
        if (parts)
            return parts;
        failure = !entry ? module.errorString() : tr("%1 belongs to another version of Fieldfile.").arg(path);
    }
    if (error)
        *error =
            tr("Fieldfile could not load the part it needs for this (the dashboard, printing and sync): %1 "
               "Reinstalling Fieldfile should repair it.")
                .arg(failure);
    return nullptr;
}

} // namespace ff
