// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/RunningNginx.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <pwd.h>
#include <unistd.h>

namespace ff::test {

namespace {
/// A port nobody listens on now.
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}
} // namespace

QString RunningNginx::program()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            QStringLiteral("nginx"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")});
    return found;
}

RunningNginx::RunningNginx(const QList<quint16>& serverPorts)
    // A folder the user nobody can enter when the test runs as root.
    : m_dir(::geteuid() == 0 ? QStringLiteral("/tmp/fieldfile-nginx-XXXXXX")
                             : QDir::tempPath() + QStringLiteral("/fieldfile-nginx-XXXXXX"))
{
    if (program().isEmpty()) {
        failure = QStringLiteral("nginx is not installed: install it with packaging/install-deps.sh "
                                 "(or apt-get install nginx)");
        return;
    }
    if (!m_dir.isValid()) {
        failure = QStringLiteral("no temporary folder for nginx");
        return;
    }
    const quint16 port = freePort();
    if (port == 0) {
        failure = QStringLiteral("no free port for nginx");
        return;
    }
    if (configure(serverPorts, port))
        start(port);
}

RunningNginx::~RunningNginx()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // nginx's fast shutdown
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

bool RunningNginx::configure(const QList<quint16>& serverPorts, quint16 port)
{
    const QString dir = m_dir.path();
    const QString key = dir + QStringLiteral("/county.key");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate()});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        failure = QStringLiteral("openssl could not make a certificate: ") +
                  QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }

    // The shipped site file, with only its addresses and paths moved into the temporary folder.
    QFile shipped(QStringLiteral(FIELDFILE_NGINX_CONF));
    if (!shipped.open(QIODevice::ReadOnly)) {
        failure = QStringLiteral("cannot read ") + shipped.fileName();
        return false;
    }
    QString site = QString::fromUtf8(shipped.readAll());
    QString upstream;
    for (const quint16 serverPort : serverPorts)
        upstream += QStringLiteral("server 127.0.0.1:%1;\n    ").arg(serverPort);
    const QList<std::pair<QString, QString>> substitutions = {
        {QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(port)},
        {QStringLiteral("server 127.0.0.1:8080;\n    "), upstream},
        {QStringLiteral("/etc/ssl/certs/fieldfile-server.pem"), certificate()},
        {QStringLiteral("/etc/ssl/private/fieldfile-server.key"), key},
        {QStringLiteral("/var/log/nginx/"), dir + QLatin1Char('/')},
    };
    for (const auto& [from, to] : substitutions) {
        // The test never runs something else than it believes.
        if (!site.contains(from)) {
            failure = QStringLiteral("packaging/nginx/fieldfile-server.conf no longer contains: ") + from;
            return false;
        }
        site.replace(from, to);
    }
    // What Debian's /etc/nginx/nginx.conf provides around a site file, in the temporary folder.
    const QString main = QStringLiteral("pid %1/nginx.pid;\n"
                                        "error_log %1/error.log;\n"
                                        "worker_processes 1;\n"
                                        "events { worker_connections 256; }\n"
                                        "http {\n"
                                        "    access_log %1/access.log;\n"
                                        "    client_body_temp_path %1/body;\n"
                                        "    proxy_temp_path %1/proxy;\n"
                                        "    fastcgi_temp_path %1/fastcgi;\n"
                                        "    uwsgi_temp_path %1/uwsgi;\n"
                                        "    scgi_temp_path %1/scgi;\n"
                                        "    include %1/fieldfile-server.conf;\n"
                                        "}\n")
                             .arg(dir);
    if (!writeFile(dir + QStringLiteral("/fieldfile-server.conf"), site.toUtf8()) ||
        !writeFile(dir + QStringLiteral("/nginx.conf"), main.toUtf8())) {
        failure = QStringLiteral("cannot write nginx's configuration into ") + dir;
        return false;
    }
    return true;
}

void RunningNginx::start(quint16 port)
{
    const QString dir = m_dir.path();
    const QStringList args = {QStringLiteral("-p"), dir,
                              QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf"),
                              QStringLiteral("-g"), QStringLiteral("daemon off;")};
    if (::geteuid() == 0) {
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody) {
            failure = QStringLiteral("running as root, and there is no user nobody to run nginx as");
            return;
        }
        QStringList paths{dir};
        for (const QString& name : QDir(dir).entryList(QDir::Files))
            paths << QDir(dir).filePath(name);
        for (const QString& path : std::as_const(paths)) {
            if (::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
                failure = QStringLiteral("cannot give %1 to the user nobody").arg(path);
                return;
            }
        }
        m_process.start(QStringLiteral("setpriv"),
                        QStringList{QStringLiteral("--reuid=%1").arg(nobody->pw_uid),
                                    QStringLiteral("--regid=%1").arg(nobody->pw_gid),
                                    QStringLiteral("--clear-groups"), QStringLiteral("--"), program()} +
                            args);
    } else {
        m_process.start(program(), args);
    }
    // Ready when it accepts connections; a configuration it refuses makes it exit at once.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && m_process.state() != QProcess::NotRunning) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(200)) {
            url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
            return;
        }
        m_process.waitForFinished(100);
    }
    failure = QStringLiteral("nginx did not start (exit code %1): %2%3%4")
                  .arg(m_process.exitCode())
                  .arg(QString::fromUtf8(m_process.readAllStandardError()), read(QStringLiteral("error.log")),
                       errorLog());
}

QString RunningNginx::read(const QString& name) const
{
    QFile file(QDir(m_dir.path()).filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace ff::test
