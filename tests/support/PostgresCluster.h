// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff::test {

/// A throwaway PostgreSQL cluster for the tests of the county's PostgreSQL store: made with
/// initdb in a temporary folder on the first use in a test program, listening on 127.0.0.1 on a
/// free port (and its socket in that folder), stopped and removed when the program ends.
///
/// PostgreSQL refuses to run as root: run as root (as CI is), the cluster belongs to `nobody`,
/// in a folder that user owns. Without PostgreSQL's programs (/usr/lib/postgresql/N/bin,
/// installed by packaging/install-deps.sh) it is not available, and says why.
class PostgresCluster
{
public:
    /// The cluster of this test program, started on first use.
    static PostgresCluster& instance();
    ~PostgresCluster();
    /// Stops the cluster and removes its folder now (the destructor does it at the program's
    /// end; a program leaving by std::_Exit calls this first).
    void stop();

    bool isRunning() const { return m_running; }
    /// Why it is not running (no PostgreSQL programs, initdb or the start failed, with its output).
    const QString& problem() const { return m_problem; }
    /// A new empty database in the cluster, named uniquely; its URL (postgresql://…), or empty
    /// when the cluster is not running.
    QString newDatabase();
    int port() const { return m_port; }
    /// Runs one of PostgreSQL's programs (pg_dump, pg_restore, …) as the cluster's user, against
    /// `database` (a name newDatabase() gave) on this cluster; its exit code, its output in `output`.
    /// Files it writes belong in folder(), which that user may write.
    int runTool(const QString& program, const QString& database, const QStringList& args, QString* output);
    const QString& folder() const { return m_dir; }

private:
    PostgresCluster();
    bool start();
    QString run(const QString& program, const QStringList& args, int* exitCode);

    QString m_bin;
    QString m_dir;
    QString m_problem;
    int m_port = 0;
    int m_databases = 0;
    bool m_asNobody = false;
    bool m_running = false;
};

} // namespace ff::test
