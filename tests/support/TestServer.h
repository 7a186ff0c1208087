// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace ff::test {

/// Runs the real fieldfile-server admin command on a county database; fails the test if it fails.
QString admin(const QString& database, const QStringList& args);
/// The admin command's exit code and what it printed, for commands that are meant to fail.
struct AdminRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
AdminRun tryAdmin(const QString& database, const QStringList& args);
/// Issues a one-time enrollment code for a user through the admin command.
QString enrollmentCode(const QString& database, const QString& user);

/// The real county server, listening on 127.0.0.1 on a free port for one test.
class RunningServer
{
public:
    /// `extra`: more arguments for serve, e.g. --tls-cert and --tls-key.
    explicit RunningServer(const QString& database, const QStringList& extra = {});
    ~RunningServer();
    QUrl url;
    /// What it printed when it started.
    QString output;

private:
    QProcess m_process;
};

} // namespace ff::test
