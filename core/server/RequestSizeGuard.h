// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTcpServer>

class QSslServer;
class QTcpSocket;

namespace ff {

/// Refuses a request whose body would be too large before a byte of the body is read.
///
/// Qt HttpServer 6.4 reads a whole request into memory before any handler sees it, so a size
/// check in the handler comes too late to protect the server. The guard watches each connection
/// ahead of the HTTP server, following its byte stream request by request (headers that arrive
/// in pieces included): when a request's headers are complete it reads Content-Length, and
/// a request over the limit (or one without a length: bodies must say their size) is answered
/// 413 or 411 at once and the connection closed.
class RequestSizeGuard
{
    Q_DECLARE_TR_FUNCTIONS(RequestSizeGuard)

public:
    /// Watches a connection; call before the HTTP server connects to its readyRead.
    static void watch(QTcpSocket* socket, qint64 maxBodyBytes);
    /// Watches every connection a TLS server hands out.
    static void watchAll(QSslServer* server, qint64 maxBodyBytes);
};

/// A plain TCP server whose connections are watched by RequestSizeGuard.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(qint64 maxBodyBytes, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    qint64 m_maxBodyBytes;
};

} // namespace ff
