// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/ConnectionLimits.h"
#include "core/util/Result.h"

#include <memory>
#include <QCoreApplication>
#include <QHostAddress>
#include <QMutex>
#include <QSslConfiguration>
#include <QThreadPool>

class QHttpServer;

namespace ff {

class CountyStore;
class RequestAuthenticator;
class ServiceLog;

/// The county's HTTP service (docs/sync-protocol.md, "HTTP"): device enrollment, push of packages
/// (answered with a receipt) and cursor-based pull of the changes in the device's scope.
class CountyService
{
    Q_DECLARE_TR_FUNCTIONS(CountyService)

public:
    static constexpr qint64 kMaxRequestBytes = qint64(256) * 1024 * 1024;
    static constexpr int kPullPageChanges = 5000;
    /// A laptop may ask for pages up to this many times the server's page size with `limit` (a
    /// laptop being provisioned asks for larger pages; docs/sync-protocol.md §8.6): 20,000 changes
    /// by default, and a county that chose small pages for a poor link still gets small ones.
    static constexpr int kAskedPageFactor = 4;
    /// The largest enrollment body read (a code, a device id and two keys take about 200 bytes).
    static constexpr qint64 kMaxEnrollmentBytes = 16 * 1024;

    /// `store` answers pings on the serving thread; everything else runs on worker threads, each
    /// with its own connection to `databasePath`.
    CountyService(CountyStore& store, const QString& databasePath);
    /// The most changes one pull page carries.
    void setPullPageChanges(int changes) { m_pullPageChanges = changes; }
    /// What one client may hold of the server (before listen()); the body limit stays kMaxRequestBytes.
    void setLimits(const ConnectionLimits& limits);
    ~CountyService();

    /// Serves HTTPS with this certificate and key (PEM files); a clear error if they cannot be read.
    [[nodiscard]] Status useTls(const QString& certificateFile, const QString& keyFile);
    /// The SHA-256 fingerprint of the HTTPS certificate, for laptops that pin it (empty without TLS).
    QString certificateFingerprint() const;
    /// Starts listening; returns the port (the one asked for, or a free one for 0), 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);

private:
    CountyStore& m_store;
    QString m_databasePath;
    /// Pushes: proven on one of these threads, then imported one at a time (m_importLock).
    QThreadPool m_pushes;
    /// Enrollments and pulls: each on a connection of its own thread, so that a long pull or an
    /// enrollment waiting for an import's write lock never holds up the serving thread.
    QThreadPool m_requests;
    std::unique_ptr<QHttpServer> m_http;
    QSslConfiguration m_tls; ///< null unless useTls() succeeded
    int m_pullPageChanges = kPullPageChanges;
    ConnectionLimits m_limits;
    /// Proves which enrolled device sends a push or a pull (shared by the worker threads).
    std::shared_ptr<RequestAuthenticator> m_authenticator;
    /// One JSON line per request outcome, parked kind of change and pull page (standard error).
    std::shared_ptr<ServiceLog> m_log;
    std::shared_ptr<QMutex> m_importLock;
};

} // namespace ff
