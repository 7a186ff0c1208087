// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

/// What Fieldfile writes — databases and their WAL, backups, keys, packages, receipts — holds ID
/// numbers, health and child-protection notes, or the county's keys: only the user the program
/// runs as may read it.
class PrivateFiles
{
public:
    /// From now on, files and folders this process creates are its user's alone (umask 077).
    /// Both programs call it first thing.
    static void restrictNewFiles();
    /// Makes an existing file its owner's alone (0600), e.g. one created before this rule; true
    /// when it is (or does not exist).
    static bool makePrivate(const QString& path);
};

} // namespace ff
