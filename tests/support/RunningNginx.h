// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace ff::test {

/// The real nginx running the shipped site file, packaging/nginx/fieldfile-server.conf, in front of
/// one or more `fieldfile-server serve` processes on 127.0.0.1 (docs/deployment.md,
/// docs/postgresql.md). Only the listening address, the upstream's `server` lines, the certificate
/// (a fresh self-signed one) and the log paths are rewritten, into a temporary folder; the
/// surroundings are what Debian's /etc/nginx/nginx.conf gives a site file.
///
/// nginx runs in the foreground as a child process. Run as root (CI is), it runs as the user
/// nobody, whom its folder is given to: nginx is tested unprivileged.
class RunningNginx
{
public:
    /// Starts nginx with one upstream `server` line per port, and waits until it accepts
    /// connections. On failure `url` stays empty and `failure` says why.
    explicit RunningNginx(const QList<quint16>& serverPorts);
    ~RunningNginx();

    /// The nginx program, or empty when it is not installed.
    static QString program();

    /// What nginx logged about requests and about itself.
    QString accessLog() const { return read(QStringLiteral("fieldfile-server.access.log")); }
    QString errorLog() const { return read(QStringLiteral("fieldfile-server.error.log")); }
    /// The PEM file of nginx's self-signed certificate.
    QString certificate() const { return m_dir.path() + QStringLiteral("/county.pem"); }

    QUrl url; ///< https://127.0.0.1:port, empty when nginx did not start.
    QString failure;

private:
    bool configure(const QList<quint16>& serverPorts, quint16 port);
    void start(quint16 port);
    QString read(const QString& name) const;

    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace ff::test
