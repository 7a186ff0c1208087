// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDir>
#include <QString>

namespace ff {

/// The name offered for an exported sync package: whose it is and when, as a person reads it on
/// a USB stick (fieldfile-王芳-2026-12-06.ffpkg), never a device's id.
class PackageFileName
{
public:
    /// fieldfile-<person>-<yyyy-MM-dd>.ffpkg in `folder`, with -2, -3 … before the extension when
    /// a file of that name is there already, so a second export that day does not overwrite the
    /// first. Characters a file system refuses (/ \ : * ? " < > |, control characters) are dropped
    /// from the person's name, and a name left empty is left out.
    static QString suggest(const QString& person, QDate day, const QDir& folder);

    /// Where the receipt of the package at `packagePath` is written (docs/sync-protocol.md §10), by
    /// `fieldfile-server import` and the app's Import packages from laptops alike: in the package's
    /// folder, its file name up to (not including) its last '.' — the whole name when it has no '.'
    /// — followed by ".ffrct": fieldfile-王芳-2026-12-06.ffpkg → fieldfile-王芳-2026-12-06.ffrct,
    /// a.b.ffpkg → a.b.ffrct, outbox → outbox.ffrct. When that is the package's own name (a
    /// package file named *.ffrct, in any case), ".ffrct" follows the whole name instead
    /// (x.ffrct → x.ffrct.ffrct), so a receipt never overwrites its package.
    static QString receiptFor(const QString& packagePath);
};

} // namespace ff
