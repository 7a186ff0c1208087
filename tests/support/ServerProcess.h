// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

namespace ff::test {

/// The environment the server runs in for tests: its messages in English, whatever the machine's
/// language, so that assertions can read them.
QProcessEnvironment english();

/// Registers the county's key file for a PostgreSQL database (docs/postgresql.md): from then on
/// tryAdmin, admin and RunningServer give `--keys keyFile` with that database, so a test runs the
/// same commands on either store.
void useKeyFile(const QString& database, const QString& keyFile);
/// The key file of a county database: the one registered, or the file's own `<database>.keys`.
QString keyFileOf(const QString& database);
/// `--database database`, and `--keys FILE` when a key file is registered for it.
QStringList databaseArguments(const QString& database);

/// The admin command's exit code and what it printed.
struct AdminRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs the real fieldfile-server admin command on a county database.
AdminRun tryAdmin(const QString& database, const QStringList& args);

/// The real county server, listening on 127.0.0.1 on a free port (for a test, or for the
/// screenshots of the sync screens).
class RunningServer
{
public:
    /// `extra`: more arguments for serve, e.g. --tls-cert and --tls-key.
    explicit RunningServer(const QString& database, const QStringList& extra = {});
    ~RunningServer();
    QUrl url;
    /// What it printed when it started.
    QString output;
    /// Its log so far (the JSON lines it writes to standard error).
    QString log();
    /// A line of its /proc status in KiB: "VmRSS" (memory now) or "VmHWM" (the most since it
    /// started, or since resetPeakMemory()).
    qint64 memoryKiB(const char* field = "VmHWM") const;
    /// Starts the peak (VmHWM) again from the memory held now, and remembers that as the base.
    void resetPeakMemory();
    qint64 peakMemoryBase() const { return m_peakBase; }

private:
    QProcess m_process;
    QString m_log;
    qint64 m_peakBase = 0;
};

} // namespace ff::test
