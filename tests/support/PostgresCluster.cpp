// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PostgresCluster.h"

#include <QCollator>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUuid>

#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace ff::test {

namespace {
const QString kUser = QStringLiteral("fieldfile");

/// The newest PostgreSQL's programs, e.g. /usr/lib/postgresql/15/bin (Debian's layout).
QString binaries()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = root.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return {};
}

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

PostgresCluster& PostgresCluster::instance()
{
    static PostgresCluster cluster;
    return cluster;
}

PostgresCluster::PostgresCluster()
{
    m_bin = binaries();
    if (m_bin.isEmpty()) {
        m_problem = QStringLiteral("PostgreSQL's programs (initdb, pg_ctl) are not installed: run "
                                   "packaging/install-deps.sh");
        return;
    }
    m_asNobody = ::geteuid() == 0;
    m_dir =
        QDir::temp().filePath(QStringLiteral("ff-pg-") + QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!QDir().mkpath(m_dir)) {
        m_problem = QStringLiteral("could not make ") + m_dir;
        return;
    }
    if (m_asNobody) {
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody || ::chown(QFile::encodeName(m_dir).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
            m_problem = QStringLiteral("could not give ") + m_dir + QStringLiteral(" to the user nobody");
            return;
        }
    }
    m_running = start();
}

QString PostgresCluster::run(const QString& program, const QStringList& args, int* exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir);
    const QString path = m_bin + QLatin1Char('/') + program;
    if (m_asNobody)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), path} +
                    args);
    else
        p.start(path, args);
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromLocal8Bit(p.readAll());
}

int PostgresCluster::runTool(const QString& program, const QString& database, const QStringList& args,
                             QString* output)
{
    int code = -1;
    *output = run(program,
                  QStringList{QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                              QString::number(m_port), QStringLiteral("-U"), kUser, QStringLiteral("-d"),
                              database} +
                      args,
                  &code);
    return code;
}

bool PostgresCluster::start()
{
    const QString data = m_dir + QStringLiteral("/data");
    int code = -1;
    const QString init = run(QStringLiteral("initdb"),
                             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                              QStringLiteral("-U"), kUser, QStringLiteral("-E"), QStringLiteral("UTF8"),
                              QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                             &code);
    if (code != 0) {
        m_problem = QStringLiteral("initdb failed: ") + init;
        return false;
    }
    // A free port now may be taken before the server binds it: tried a few times.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60")
                .arg(m_port)
                .arg(m_dir);
        // Profiling (tests/bench/README.md): every statement and its time in the server's log,
        // copied out before the folder is removed.
        if (!qEnvironmentVariableIsEmpty("FIELDFILE_PG_STATEMENT_LOG"))
            options += QStringLiteral(" -c log_min_duration_statement=0");
        const QString started =
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                 m_dir + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("start")},
                &code);
        if (code == 0)
            return true;
        m_problem = QStringLiteral("pg_ctl start failed: ") + started;
    }
    return false;
}

PostgresCluster::~PostgresCluster() { stop(); }

void PostgresCluster::stop()
{
    // At the program's exit (no Qt event loop needed): stopped at once, its folder removed.
    if (m_running) {
        const QByteArray stop = (m_asNobody ? QByteArray("runuser -u nobody -- ") : QByteArray()) +
                                QFile::encodeName(m_bin) + "/pg_ctl -D " + QFile::encodeName(m_dir) +
                                "/data -m immediate -w stop >/dev/null 2>&1";
        // Nothing more to do if it fails: the folder is removed below either way.
        [[maybe_unused]] const int stopped = std::system(stop.constData());
    }
    m_running = false;
    const QString keepLog = qEnvironmentVariable("FIELDFILE_PG_STATEMENT_LOG");
    if (!keepLog.isEmpty() && !m_dir.isEmpty()) {
        QFile::remove(keepLog);
        QFile::copy(m_dir + QStringLiteral("/log"), keepLog);
    }
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    m_dir.clear();
}

QString PostgresCluster::newDatabase()
{
    if (!m_running)
        return {};
    const QString name = QStringLiteral("ff_test_%1").arg(++m_databases);
    const QString connection = QStringLiteral("ff-cluster-admin");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(m_port);
        admin.setUserName(kUser);
        admin.setDatabaseName(QStringLiteral("postgres"));
        bool made = admin.open();
        if (made) {
            QSqlQuery q(admin);
            made = q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        }
        if (!made)
            m_problem = QStringLiteral("CREATE DATABASE failed: ") + admin.lastError().text();
        admin.close();
        if (!made) {
            admin = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return {};
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(kUser).arg(m_port).arg(name);
}

} // namespace ff::test
