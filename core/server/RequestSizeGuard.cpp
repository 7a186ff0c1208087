// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/RequestSizeGuard.h"

#include "core/server/ServerTranslator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <limits>

namespace ff {

namespace {
constexpr qint64 kMaxHeaderBytes = 64 * 1024;

void refuse(QTcpSocket* socket, const QByteArray& status, const QString& message)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
    socket->readAll(); // nothing of it reaches the HTTP server
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\n" +
                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

/// Where one connection's byte stream is: in a request's headers (gathered here until they are
/// complete) or in its body (counted down). Lives as long as its socket.
class StreamState : public QObject
{
public:
    StreamState(QTcpSocket* socket, qint64 maxBodyBytes) : QObject(socket), m_maxBodyBytes(maxBodyBytes) {}

    /// Bytes that have just arrived and that the HTTP server has not read yet.
    void feed(QTcpSocket* socket, QByteArrayView bytes)
    {
        while (!bytes.isEmpty() && !m_refused) {
            if (m_bodyLeft > 0) {
                const qint64 taken = std::min<qint64>(m_bodyLeft, bytes.size());
                m_bodyLeft -= taken;
                bytes = bytes.sliced(taken);
                continue;
            }
            const qsizetype before = m_head.size();
            m_head.append(bytes.first(std::min<qsizetype>(bytes.size(), kMaxHeaderBytes + 4 - before)));
            // The end of the headers may straddle what arrived before and what arrives now.
            const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end < 0) {
                if (m_head.size() > kMaxHeaderBytes)
                    return refuseWith(socket, "431 Request Header Fields Too Large",
                                      RequestSizeGuard::tr("The request's headers are too large."));
                return;
            }
            const qsizetype headEnd = end + 4;
            bytes = bytes.sliced(headEnd - before);
            if (!judge(socket, QByteArrayView(m_head).first(end)))
                return;
            m_head.clear();
        }
    }

private:
    /// Decides on one request's headers; false if it was refused.
    bool judge(QTcpSocket* socket, QByteArrayView head)
    {
        qint64 length = -1;
        bool chunked = false;
        const QByteArrayView requestLine = head.first(std::max<qsizetype>(0, head.indexOf("\r\n")));
        for (const QByteArray& line : head.toByteArray().split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0)
                    length = std::numeric_limits<qint64>::max();
            } else if (name == "transfer-encoding") {
                chunked = true;
            } else if (name == "accept-language") {
                // A refusal is written in the language the client reads, like every other answer.
                ServerTranslator::setThreadLanguage(ServerTranslator::languageOf(value));
            }
        }
        const bool mayHaveBody = !requestLine.startsWith("GET ") && !requestLine.startsWith("HEAD ") &&
                                 !requestLine.startsWith("OPTIONS ") && !requestLine.startsWith("DELETE ");
        if (chunked || (length < 0 && mayHaveBody)) {
            refuseWith(socket, "411 Length Required",
                       RequestSizeGuard::tr("The server accepts only requests that state their size."));
            return false;
        }
        if (length > m_maxBodyBytes) {
            refuseWith(socket, "413 Payload Too Large",
                       RequestSizeGuard::tr("The package is larger than the server accepts."));
            return false;
        }
        m_bodyLeft = std::max<qint64>(0, length);
        return true;
    }

    void refuseWith(QTcpSocket* socket, const QByteArray& status, const QString& message)
    {
        m_refused = true;
        refuse(socket, status, message);
    }

    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_maxBodyBytes;
    bool m_refused = false;
};
} // namespace

void RequestSizeGuard::watch(QTcpSocket* socket, qint64 maxBodyBytes)
{
    // Connected before the HTTP server's own handler, which reads everything available each time
    // (Qt HttpServer 6.4 keeps it in a read transaction until the request is whole): so what can
    // be peeked here is exactly what has arrived since the last time.
    auto* state = new StreamState(socket, maxBodyBytes);
    QObject::connect(socket, &QTcpSocket::readyRead, state, [socket, state] {
        const QByteArray fresh = socket->peek(socket->bytesAvailable());
        state->feed(socket, fresh);
    });
}

void RequestSizeGuard::watchAll(QSslServer* server, qint64 maxBodyBytes)
{
    QObject::connect(server, &QSslServer::startedEncryptionHandshake, server,
                     [maxBodyBytes](QSslSocket* socket) { watch(socket, maxBodyBytes); });
}

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, QObject* parent)
    : QTcpServer(parent), m_maxBodyBytes(maxBodyBytes)
{}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    RequestSizeGuard::watch(socket, m_maxBodyBytes);
    addPendingConnection(socket);
}

} // namespace ff
