// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace ff {

class ConnectionBudget;

/// Watches one connection ahead of the HTTP server, from its first byte to its end.
///
/// Qt HttpServer 6.4 reads a whole request into memory before any handler sees it, and has no
/// time limits, so a check in a handler comes too late to protect the server. The guard follows
/// the connection's byte stream request by request (headers that arrive in pieces, and headers
/// ending in bare line feeds, included): when a request's headers are complete it reads
/// Content-Length, and a request over the limit (or one without a length: bodies must say their
/// size) is answered 413 or 411 at once and the connection closed; a body for which the server
/// has no room now (ConnectionBudget) is answered 503. It also drops a connection whose headers
/// are not complete in time, whose body stalls or trickles, or that stays idle between requests.
/// Only requests that Qt's parser reads exactly as the guard does pass (strict request line and
/// header syntax), and one request at a time: a connection that sends the next before its
/// answer (pipelining) is closed. A connection waiting for its answer is dropped only after
/// ConnectionLimits::answerTimeoutMs. Lives as a child of its socket.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    /// Call before the HTTP server connects to the socket's readyRead. The connection is counted
    /// in `budget` already; the guard gives it back when the socket goes.
    ConnectionGuard(QTcpSocket* socket, std::shared_ptr<ConnectionBudget> budget, const QHostAddress& peer);
    ~ConnectionGuard() override;

private:
    enum class Reading
    {
        Between,
        Head,
        Body
    };

    void feed(QByteArrayView bytes);
    /// Decides on one request's headers; false if it was refused.
    bool judge(QByteArrayView head);
    void requestRead();
    void answered();
    void arm();
    void expire();
    void refuse(const QString& reason, const QByteArray& status, const QString& message,
                const QByteArray& extraHeaders = {});
    void drop(const QString& reason);

    QTcpSocket* m_socket;
    std::shared_ptr<ConnectionBudget> m_budget;
    QHostAddress m_peer;
    Reading m_reading = Reading::Head; // a new connection owes its first request's headers
    bool m_awaiting = false;           ///< a request was read whole and its answer is not sent yet
    bool m_closing = false;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    int m_blankBytes = 0;
    qint64 m_reserved = 0;
    QTimer m_timer;     ///< headers, idle, or a stalled body
    QTimer m_bodyTimer; ///< the slowest a body may arrive
};

} // namespace ff
