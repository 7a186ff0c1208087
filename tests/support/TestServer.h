// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/ServerProcess.h"
#include "tests/support/TempDatabase.h"

#include <QStringList>

namespace ff::test {

/// Runs the real fieldfile-server admin command on a county database; fails the test if it fails.
QString admin(const QString& database, const QStringList& args);
/// Issues a one-time enrollment code for a user through the admin command.
QString enrollmentCode(const QString& database, const QString& user);

/// Where a test's county database is on `store`: `county.db` in `dir`, or a new database in the
/// test program's PostgreSQL cluster with its key file `county.keys` in `dir` (registered with
/// useKeyFile, so admin and RunningServer pass it). Empty, with a warning, when PostgreSQL is not
/// there: the test is then skipped.
QString countyDatabase(Store store, const QString& dir);

/// A user of the county: a caseworker or supervisor of a station, or county staff (no station).
struct CountyUser
{
    QString name;
    QString role;
    QString station;
};
/// Makes the county 371321 in `database` with `users`, through the admin commands.
void makeCounty(const QString& database, const QList<CountyUser>& users);

} // namespace ff::test
