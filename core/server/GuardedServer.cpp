// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/GuardedServer.h"

#include "core/server/ConnectionBudget.h"
#include "core/server/ConnectionGuard.h"

#include <QSslSocket>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>

namespace ff {

namespace {
constexpr int kLogEveryMs = 2'000;
/// Descriptors kept for the database, its journal, the log and the listening socket.
constexpr rlim_t kSpareDescriptors = 64;

/// Raises the process's open-file limit to what it may have, and lowers `limits` to fit in it:
/// a connection the server cannot open a descriptor for would otherwise wait unanswered.
ConnectionLimits fitted(ConnectionLimits limits)
{
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) != 0)
        return limits;
    if (files.rlim_cur < files.rlim_max) {
        rlimit raised = files;
        raised.rlim_cur = std::min<rlim_t>(files.rlim_max, 1 << 16);
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            files = raised;
    }
    if (files.rlim_cur > kSpareDescriptors &&
        rlim_t(limits.maxConnections) > files.rlim_cur - kSpareDescriptors)
        limits.maxConnections = int(files.rlim_cur - kSpareDescriptors);
    return limits;
}
} // namespace

GuardedServer::GuardedServer(const ConnectionLimits& limits, QObject* parent)
    : QTcpServer(parent), m_budget(std::make_shared<ConnectionBudget>(fitted(limits)))
{
    setMaxPendingConnections(m_budget->limits().maxConnections);
    m_logTimer.setInterval(kLogEveryMs);
    connect(&m_logTimer, &QTimer::timeout, this, [this] { m_budget->flush(); });
    m_logTimer.start();
}

GuardedServer::~GuardedServer() { m_budget->flush(); }

int GuardedServer::connections() const { return m_budget->connections(); }

const ConnectionLimits& GuardedServer::limits() const { return m_budget->limits(); }

void GuardedServer::incomingConnection(qintptr handle)
{
    const bool tls = !m_tls.localCertificate().isNull();
    QTcpSocket* socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        ::close(int(handle));
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (const QString refused = m_budget->openConnection(peer); !refused.isEmpty()) {
        // Closed at once: its descriptor is free again before the next connection is accepted.
        m_budget->note(refused, peer);
        if (!tls) {
            socket->write("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 30\r\n"
                          "Content-Length: 0\r\n\r\n");
            socket->flush();
        }
        socket->abort();
        socket->deleteLater();
        return;
    }
    new ConnectionGuard(socket, m_budget, peer);
    if (!tls) {
        addPendingConnection(socket);
        return;
    }
    auto* secure = static_cast<QSslSocket*>(socket);
    secure->setSslConfiguration(m_tls);
    connect(secure, &QSslSocket::encrypted, this, [this, secure] { addPendingConnection(secure); });
    // Until it is encrypted the socket is this server's alone; after, the HTTP server's.
    connect(secure, &QSslSocket::disconnected, this, [secure] {
        if (!secure->isEncrypted())
            secure->deleteLater();
    });
    connect(secure, &QSslSocket::errorOccurred, this, [this, secure, peer] {
        if (!secure->isEncrypted()) {
            m_budget->note(QStringLiteral("tls_handshake"), peer);
            secure->abort();
            secure->deleteLater();
        }
    });
    secure->startServerEncryption();
}

void GuardedServer::setRefusalLog(
    std::function<void(const QString& reason, int count, const QStringList& addresses)> log)
{
    m_budget->setLog(std::move(log));
}

} // namespace ff
