// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/ConnectionGuard.h"

#include "core/server/ConnectionBudget.h"
#include "core/server/ServerTranslator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <algorithm>
#include <limits>

namespace ff {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
/// How long a refused client has to read its answer before the connection is cut.
constexpr int kRefusalLingerMs = 5'000;

/// Where a request's headers end: after the first empty line, whether lines end in CR LF or in a
/// bare LF (which Qt HttpServer's parser accepts too). `from` is where to start looking; returns
/// the offset of the line feed that ends the last header line and the offset after the empty
/// line, or -1.
std::pair<qsizetype, qsizetype> headEnd(QByteArrayView head, qsizetype from)
{
    for (qsizetype i = head.indexOf('\n', from); i >= 0; i = head.indexOf('\n', i + 1)) {
        if (i + 1 < head.size() && head[i + 1] == '\n')
            return {i, i + 2};
        if (i + 2 < head.size() && head[i + 1] == '\r' && head[i + 2] == '\n')
            return {i, i + 3};
    }
    return {-1, -1};
}

bool allDigits(QByteArrayView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, std::shared_ptr<ConnectionBudget> budget,
                                 const QHostAddress& peer)
    : QObject(socket), m_socket(socket), m_budget(std::move(budget)), m_peer(peer)
{
    m_timer.setSingleShot(true);
    m_bodyTimer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::expire);
    connect(&m_bodyTimer, &QTimer::timeout, this, [this] { drop(QStringLiteral("body_too_slow")); });
    // Connected before the HTTP server's own handler, which reads everything available each time
    // (Qt HttpServer 6.4 keeps it in a read transaction until the request is whole): so what can
    // be peeked here is exactly what has arrived since the last time.
    connect(socket, &QTcpSocket::readyRead, this, [this] {
        if (m_closing) {
            m_socket->readAll(); // nothing more reaches the HTTP server
            return;
        }
        feed(m_socket->peek(m_socket->bytesAvailable()));
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            answered();
    });
    arm();
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_reserved > 0)
        m_budget->releaseBody(m_peer, m_reserved);
    m_budget->closeConnection(m_peer);
}

void ConnectionGuard::feed(QByteArrayView bytes)
{
    const ConnectionLimits& limits = m_budget->limits();
    while (!bytes.isEmpty() && !m_closing) {
        if (m_reading == Reading::Body) {
            const qint64 taken = std::min<qint64>(m_bodyLeft, bytes.size());
            m_bodyLeft -= taken;
            bytes = bytes.sliced(taken);
            if (m_bodyLeft == 0)
                requestRead();
            else
                m_timer.start(limits.bodyStallMs);
            continue;
        }
        if (m_reading == Reading::Between) {
            // Empty lines between requests are ignored, as HTTP allows.
            while (!bytes.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n'))
                bytes = bytes.sliced(1);
            if (bytes.isEmpty())
                return;
            m_reading = Reading::Head; // the headers' time starts with their first byte
            arm();
        }
        const qsizetype before = m_head.size();
        m_head.append(bytes.first(std::min<qsizetype>(bytes.size(), kMaxHeaderBytes + 4 - before)));
        // The end of the headers may straddle what arrived before and what arrives now.
        const auto [lastLine, after] = headEnd(m_head, std::max<qsizetype>(0, before - 2));
        if (lastLine < 0) {
            if (m_head.size() > kMaxHeaderBytes)
                refuse(QStringLiteral("headers_too_large"), "431 Request Header Fields Too Large",
                       tr("The request's headers are too large."));
            return;
        }
        bytes = bytes.sliced(after - before);
        if (!judge(QByteArrayView(m_head).first(lastLine)))
            return;
        m_head.clear();
    }
}

bool ConnectionGuard::judge(QByteArrayView head)
{
    const ConnectionLimits& limits = m_budget->limits();
    qint64 length = -1;
    bool chunked = false;
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    const QByteArray requestLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            // Digits only, and one length: anything else could be read one way here and another
            // way by the HTTP server.
            const qint64 said = !allDigits(value)   ? -2
                                : value.size() > 18 ? std::numeric_limits<qint64>::max()
                                                    : value.toLongLong();
            if (said == -2 || (length >= 0 && said != length)) {
                refuse(QStringLiteral("malformed"), "400 Bad Request", tr("The request is malformed."));
                return false;
            }
            length = said;
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
        refuse(QStringLiteral("length_required"), "411 Length Required",
               tr("The server accepts only requests that state their size."));
        return false;
    }
    const QList<QByteArray> parts = requestLine.split(' ');
    if (const qint64 most = limits.maxBodyBytesFor(parts.value(1)); length > most) {
        refuse(QStringLiteral("too_large"), "413 Payload Too Large",
               most == limits.maxBodyBytes ? tr("The package is larger than the server accepts.")
                                           : tr("The request is larger than the server accepts."));
        return false;
    }
    if (length <= 0) {
        requestRead();
        return true;
    }
    if (const QString full = m_budget->reserveBody(m_peer, length); !full.isEmpty()) {
        refuse(full, "503 Service Unavailable",
               tr("The county server is busy receiving other packages. Try again in a minute."),
               "Retry-After: 30\r\n");
        return false;
    }
    m_reserved += length;
    m_reading = Reading::Body;
    m_bodyLeft = length;
    arm();
    const qint64 slowest =
        limits.bodyGraceMs + length * 1000 / std::max<qint64>(1, limits.minBodyBytesPerSecond);
    m_bodyTimer.start(int(std::min<qint64>(slowest, std::numeric_limits<int>::max())));
    return true;
}

void ConnectionGuard::requestRead()
{
    m_reading = Reading::Between;
    m_awaiting = true;
    m_bodyTimer.stop();
    arm();
}

void ConnectionGuard::answered()
{
    if (!m_awaiting || m_closing)
        return;
    // Answers go out in order, so when nothing is left to write every request read so far has
    // its answer: the bodies they held are gone.
    m_awaiting = false;
    if (m_reserved > 0) {
        m_budget->releaseBody(m_peer, m_reserved);
        m_reserved = 0;
    }
    if (!m_dropWhenAnswered.isEmpty())
        return drop(m_dropWhenAnswered);
    arm();
}

void ConnectionGuard::arm()
{
    const ConnectionLimits& limits = m_budget->limits();
    if (m_closing)
        return m_timer.stop();
    switch (m_reading) {
    case Reading::Head:
        return m_timer.start(limits.headerTimeoutMs);
    case Reading::Body:
        return m_timer.start(limits.bodyStallMs);
    case Reading::Between:
        if (m_awaiting)
            return m_timer.stop(); // the server is working on its answer
        return m_timer.start(limits.idleTimeoutMs);
    }
}

void ConnectionGuard::expire()
{
    switch (m_reading) {
    case Reading::Head:
        return drop(QStringLiteral("header_timeout"));
    case Reading::Body:
        return drop(QStringLiteral("body_stalled"));
    case Reading::Between:
        return drop(QString()); // idle: an ordinary end of a kept-alive connection
    }
}

void ConnectionGuard::refuse(const QString& reason, const QByteArray& status, const QString& message,
                             const QByteArray& extraHeaders)
{
    m_budget->note(reason, m_peer);
    m_closing = true;
    m_timer.stop();
    m_bodyTimer.stop();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
    m_socket->readAll(); // nothing of it reaches the HTTP server
    m_socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\n" +
                    extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    m_socket->disconnectFromHost();
    // A client that does not read its answer does not keep the connection.
    QTimer::singleShot(kRefusalLingerMs, m_socket, [socket = m_socket] { socket->abort(); });
}

void ConnectionGuard::drop(const QString& reason)
{
    if (m_closing)
        return;
    if (m_awaiting) {
        // The server owes this connection an answer: it goes when the answer has been sent.
        m_dropWhenAnswered = reason.isEmpty() ? QStringLiteral("idle") : reason;
        return;
    }
    if (!reason.isEmpty() && reason != QStringLiteral("idle"))
        m_budget->note(reason, m_peer);
    m_closing = true;
    m_timer.stop();
    m_bodyTimer.stop();
    m_socket->abort();
}

} // namespace ff
