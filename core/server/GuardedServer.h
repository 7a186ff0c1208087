// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/ConnectionLimits.h"

#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <memory>

namespace ff {

class ConnectionBudget;

/// The county server's listening socket, plain or TLS: every connection it hands to the HTTP
/// server is counted against the ConnectionLimits and watched by a ConnectionGuard from its
/// first byte.
///
/// With TLS it runs the handshake itself and hands a connection over only once it is encrypted;
/// one that fails or stalls is closed within the header time and never counts against the
/// pending connections, so bad handshakes cannot stop the server accepting (as 31 of them stop
/// Qt 6.4's QSslServer).
class GuardedServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedServer(const ConnectionLimits& limits, QObject* parent = nullptr);
    ~GuardedServer() override;

    /// Serves TLS with this configuration (certificate and key set).
    void useTls(const QSslConfiguration& configuration) { m_tls = configuration; }

    /// Where refusals and dropped connections are logged, one call per reason code
    /// (docs/sync-protocol.md §8.9): the first of a kind at once, a flood every few seconds.
    void
    setRefusalLog(std::function<void(const QString& reason, int count, const QStringList& addresses)> log);

    /// Connections open now (for tests and the log).
    int connections() const;
    /// The limits in force: the connection limit is lowered to what the process may open.
    const ConnectionLimits& limits() const;

protected:
    void incomingConnection(qintptr handle) override;

private:
    std::shared_ptr<ConnectionBudget> m_budget;
    QSslConfiguration m_tls; ///< null: plain HTTP
    QTimer m_logTimer;
};

} // namespace ff
