// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RequestSizeGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

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

/// Looks at what has arrived without taking it; acts only at the start of a request.
void check(QTcpSocket* socket, qint64 maxBodyBytes)
{
    const QByteArray head = socket->peek(kMaxHeaderBytes);
    static const QList<QByteArray> methods = {"GET ",    "POST ", "PUT ",    "PATCH ",
                                              "DELETE ", "HEAD ", "OPTIONS "};
    const bool requestStart = std::any_of(methods.cbegin(), methods.cend(),
                                          [&](const QByteArray& m) { return head.startsWith(m); });
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (!requestStart || end < 0)
        return; // the body of a request already checked, or headers still arriving
    qint64 length = -1;
    bool chunked = false;
    for (const QByteArray& line : head.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
    }
    if (chunked)
        refuse(socket, "411 Length Required",
               RequestSizeGuard::tr("The server accepts only requests that state their size."));
    else if (length > maxBodyBytes)
        refuse(socket, "413 Payload Too Large",
               RequestSizeGuard::tr("The package is larger than the server accepts."));
}
} // namespace

void RequestSizeGuard::watch(QTcpSocket* socket, qint64 maxBodyBytes)
{
    QObject::connect(socket, &QTcpSocket::readyRead, socket,
                     [socket, maxBodyBytes] { check(socket, maxBodyBytes); });
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
