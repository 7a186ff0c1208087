// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>

namespace ff {

/// What one client may hold of the county server, judged before the HTTP server reads anything
/// (docs/sync-protocol.md §8.9). Every limit is the server's own: a reverse proxy in front adds its
/// own limits (docs/deployment.md) but the server survives without one.
struct ConnectionLimits
{
    /// The largest request body read (a push)…
    qint64 maxBodyBytes = qint64(256) * 1024 * 1024;
    /// …for each path that takes a body (percent-decoded, the query left out): every other path's
    /// requests have none.
    QHash<QByteArray, qint64> maxBodyBytesByPath;
    /// The headers of a request must be complete this long after the connection opened (a TLS
    /// handshake included) or after the request's first byte.
    int headerTimeoutMs = 15'000;
    /// A body that receives no byte for this long is dropped.
    int bodyStallMs = 30'000;
    /// …and one that arrives slower than this on average (after `bodyGraceMs`) too.
    qint64 minBodyBytesPerSecond = 16 * 1024;
    int bodyGraceMs = 60'000;
    /// A kept-alive connection without a request for this long is closed.
    int idleTimeoutMs = 60'000;
    /// A request whose answer has not gone out after this long: something is wrong; closed.
    int answerTimeoutMs = 20 * 60'000;
    /// Connections open at once, in all and from one address (a station's laptops may share one
    /// address behind its router; each holds one or two while it syncs).
    int maxConnections = 1000;
    int maxConnectionsPerAddress = 64;
    /// Request bodies being received or handled at once, in all and from one address, by their
    /// declared sizes: a body is held in memory until its answer is sent (about twice: in the
    /// socket's buffer and in the request), so these bound the server's memory.
    qint64 maxBodyBytesInFlight = qint64(512) * 1024 * 1024;
    qint64 maxBodyBytesInFlightPerAddress = qint64(256) * 1024 * 1024;
    /// Reverse proxies: every client behind one comes from its address, so the limits of one
    /// address do not apply to these (the proxy limits each client itself).
    QList<QHostAddress> proxies;

    bool isProxy(const QHostAddress& address) const;
    /// The largest body a request for this target (path and query) may have.
    qint64 maxBodyBytesFor(QByteArrayView target) const;
};

} // namespace ff
