// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace ff::test {

/// Sits between a laptop and the server on 127.0.0.1 and can cut the link after a given number of
/// bytes, as a rural mobile link drops: from then on every connection is closed at once (so Qt's
/// own retries of a request fail too) until the next cutAfter() or cutUploadAfter().
class CuttingProxy : public QObject
{
public:
    explicit CuttingProxy(quint16 serverPort);
    QUrl url() const;
    /// Forwards new connections to another port from now on (a server started again).
    void setServerPort(quint16 port) { m_serverPort = port; }
    /// Cut after `bytes` more bytes from the server (-1: pass everything).
    void cutAfter(qint64 bytes);
    /// Cut after `bytes` more bytes from the laptop (-1: pass everything).
    void cutUploadAfter(qint64 bytes);
    /// The request lines seen since the last clear.
    QStringList requests;
    /// Bytes passed from the laptop to the server, in all.
    qint64 uploaded = 0;

private:
    void accept();
    void cut(class QTcpSocket* client, QTcpSocket* server);

    QTcpServer m_listener;
    quint16 m_serverPort;
    qint64 m_left = -1;
    qint64 m_upLeft = -1;
    bool m_down = false;
};

} // namespace ff::test
