// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/ServerProcess.h"

#include <QStringList>

namespace ff::test {

/// Runs the real fieldfile-server admin command on a county database; fails the test if it fails.
QString admin(const QString& database, const QStringList& args);
/// Issues a one-time enrollment code for a user through the admin command.
QString enrollmentCode(const QString& database, const QString& user);

} // namespace ff::test
