// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CuttingProxy.h"

#include <QTcpSocket>

namespace ff::test {

CuttingProxy::CuttingProxy(quint16 serverPort) : m_serverPort(serverPort)
{
    m_listener.listen(QHostAddress::LocalHost, 0);
    connect(&m_listener, &QTcpServer::newConnection, this, &CuttingProxy::accept);
}

QUrl CuttingProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()));
}

void CuttingProxy::cutAfter(qint64 bytes)
{
    m_left = bytes;
    m_upLeft = -1;
    m_down = false;
}

void CuttingProxy::cutUploadAfter(qint64 bytes)
{
    m_upLeft = bytes;
    m_left = -1;
    m_down = false;
}

void CuttingProxy::cut(QTcpSocket* client, QTcpSocket* server)
{
    m_down = true;
    server->abort();
    client->disconnectFromHost(); // after the bytes written so far
}

void CuttingProxy::accept()
{
    while (QTcpSocket* client = m_listener.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        if (m_down) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto* server = new QTcpSocket(client);
        server->connectToHost(QHostAddress::LocalHost, m_serverPort);
        connect(client, &QTcpSocket::readyRead, server, [this, client, server] {
            QByteArray data = client->readAll();
            if (m_down) {
                server->abort();
                client->disconnectFromHost();
                return;
            }
            if (data.startsWith("GET ") || data.startsWith("POST "))
                requests << QString::fromLatin1(data.left(data.indexOf('\r')));
            if (m_upLeft >= 0 && data.size() >= m_upLeft) {
                server->write(data.left(m_upLeft));
                uploaded += m_upLeft;
                m_upLeft = -1;
                server->flush();
                cut(client, server);
                return;
            }
            if (m_upLeft >= 0)
                m_upLeft -= data.size();
            uploaded += data.size();
            server->write(data);
        });
        connect(server, &QTcpSocket::readyRead, client, [this, client, server] {
            const QByteArray data = server->readAll();
            if (m_left >= 0 && data.size() >= m_left) {
                client->write(data.left(m_left));
                m_left = -1;
                cut(client, server);
                return;
            }
            if (m_left >= 0)
                m_left -= data.size();
            client->write(data);
        });
        connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    }
}

} // namespace ff::test
