// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

/// The local path (Database::localPath: where the county's key file is) of each PostgreSQL URL
/// the program was told of, so that a Database opened on that URL without one — by each worker
/// thread of the county service, with its own connection — finds it. Registered once, by the
/// command line that was given both.
class PostgresLocalPaths
{
public:
    static void set(const QString& url, const QString& localPath);
    /// Empty when none was registered.
    static QString of(const QString& url);
};

} // namespace ff
