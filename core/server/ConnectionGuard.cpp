// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/ConnectionGuard.h"

#include "core/server/ConnectionBudget.h"
#include "core/server/ServerTranslator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

#include <algorithm>
#include <limits>

namespace ff {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
/// The empty-line bytes (CR, LF) allowed before a request.
constexpr int kMaxBlankBytes = 8;
/// How long a refused client has to read its answer before the connection is cut.
constexpr int kRefusalLingerMs = 2'000;

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

/// The methods the county's routes answer; others are refused before Qt's parser sees them.
const QList<QByteArray> kMethods = {QByteArrayLiteral("GET"), QByteArrayLiteral("HEAD"),
                                    QByteArrayLiteral("POST")};
/// Fewer than the 100 Qt HttpServer's parser reads (it drops the headers after those).
constexpr qsizetype kMaxHeaders = 64;

/// A header name as HTTP allows it (RFC 9110 "token").
bool isToken(QByteArrayView name)
{
    static constexpr QByteArrayView kSymbols = "!#$%&'*+-.^_`|~";
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               kSymbols.contains(c);
    });
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
        if (m_reading == Reading::Between || (m_reading == Reading::Head && m_head.isEmpty())) {
            // A few empty lines before a request are ignored, as HTTP allows; more are refused
            // (Qt's parser would keep every one of them, a byte at a time).
            while (!bytes.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n')) {
                bytes = bytes.sliced(1);
                if (++m_blankBytes > kMaxBlankBytes)
                    return drop(QStringLiteral("blank_lines"));
            }
            if (bytes.isEmpty())
                return;
            m_blankBytes = 0;
        }
        if (m_reading == Reading::Between) {
            if (m_awaiting) {
                // A request sent before the answer to the one before it (pipelining): the HTTP
                // server would read it later from what is buffered, out of the guard's sight. No
                // laptop or proxy does that; the connection is closed.
                return drop(QStringLiteral("pipelined"));
            }
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
    // Only requests that Qt HttpServer's parser reads exactly as the guard does pass: anything it
    // would read another way (its parser drops every header after one it cannot read, so a body
    // the guard counted would be no body to it) is refused here.
    const auto malformed = [this] {
        refuse(QStringLiteral("malformed"), "400 Bad Request", tr("The request is malformed."));
        return false;
    };
    if (head.contains('\0'))
        return malformed();
    for (qsizetype cr = head.indexOf('\r'); cr >= 0; cr = head.indexOf('\r', cr + 1)) {
        if (cr + 1 < head.size() && head[cr + 1] != '\n')
            return malformed(); // a carriage return only ends a line
    }
    QList<QByteArray> lines = head.toByteArray().split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> parts = lines.value(0).split(' ');
    if (parts.size() != 3 || !kMethods.contains(parts[0]) || !parts[1].startsWith('/') ||
        parts[1].contains('#') || (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0"))
        return malformed();
    if (lines.size() - 1 > kMaxHeaders) {
        refuse(QStringLiteral("headers_too_large"), "431 Request Header Fields Too Large",
               tr("The request's headers are too large."));
        return false;
    }
    qint64 length = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return malformed(); // no folded lines, no spaces in or after a name
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (std::any_of(value.begin(), value.end(),
                        [](char c) { return (c >= 0 && c < 32 && c != '\t') || c == 127; }))
            return malformed();
        if (name == "content-length") {
            // Digits only, and one length: anything else could be read one way here and another
            // way by the HTTP server.
            const qint64 said = !allDigits(value)   ? -2
                                : value.size() > 18 ? std::numeric_limits<qint64>::max()
                                                    : value.toLongLong();
            if (said == -2 || (length >= 0 && said != length))
                return malformed();
            length = said;
        } else if (name == "transfer-encoding") {
            chunked = true;
        } else if (name == "accept-language") {
            // A refusal is written in the language the client reads, like every other answer.
            ServerTranslator::setThreadLanguage(ServerTranslator::languageOf(value));
        }
    }
    const bool mayHaveBody = parts[0] == "POST";
    if (chunked || (length < 0 && mayHaveBody)) {
        refuse(QStringLiteral("length_required"), "411 Length Required",
               tr("The server accepts only requests that state their size."));
        return false;
    }
    if (const qint64 most = limits.maxBodyBytesFor(parts[1]); length > most) {
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
        // While the server works on its answer, only a bound far beyond any import's time.
        return m_timer.start(m_awaiting ? limits.answerTimeoutMs : limits.idleTimeoutMs);
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
        // Idle: an ordinary end of a kept-alive connection, not logged.
        return drop(m_awaiting ? QStringLiteral("answer_timeout") : QString());
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
    // Nothing more reaches the HTTP server, and nothing is kept for it: its read handler goes, and
    // with it the read transaction that would hold every byte read from now on.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();
    connect(m_socket, &QIODevice::readyRead, this, [socket = m_socket] { socket->readAll(); });
    m_socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\n" +
                    extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    if (qobject_cast<QSslSocket*>(m_socket)) {
        m_socket->disconnectFromHost();
    } else {
        // A lingering close: the answer goes out, then the server stops sending and drops what
        // the client still sends for a moment. Closed at once, a client still sending its body
        // would get a reset and might never read why.
        const auto stopSending = [socket = m_socket] {
            if (socket->bytesToWrite() == 0 && socket->socketDescriptor() >= 0)
                ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
        };
        connect(m_socket, &QTcpSocket::bytesWritten, this, stopSending);
        m_socket->flush();
        stopSending();
    }
    // A client that does not read its answer, or keeps sending, does not keep the connection.
    QTimer::singleShot(kRefusalLingerMs, m_socket, [socket = m_socket] { socket->abort(); });
}

void ConnectionGuard::drop(const QString& reason)
{
    if (m_closing)
        return;
    // An answer still being worked on is dropped with its connection (CountyService sends it
    // only to a connection still open).
    if (!reason.isEmpty())
        m_budget->note(reason, m_peer);
    m_closing = true;
    m_timer.stop();
    m_bodyTimer.stop();
    m_socket->abort();
}

} // namespace ff
