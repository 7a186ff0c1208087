// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/ConnectionLimits.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace ff {

/// What every client holds of the server right now — connections and request bodies, in all and
/// per address — against the ConnectionLimits, and the refusals since they were last logged.
/// Used on the serving thread only.
class ConnectionBudget
{
public:
    explicit ConnectionBudget(const ConnectionLimits& limits) : m_limits(limits) {}
    const ConnectionLimits& limits() const { return m_limits; }

    /// Counts a new connection, or says why it is refused (a reason code, docs/sync-protocol.md
    /// §8.9): "connections" or "connections_per_address".
    [[nodiscard]] QString openConnection(const QHostAddress& peer);
    void closeConnection(const QHostAddress& peer);
    /// Reserves room for a request body about to be received: "" or "bodies_in_flight",
    /// "bodies_per_address".
    [[nodiscard]] QString reserveBody(const QHostAddress& peer, qint64 bytes);
    void releaseBody(const QHostAddress& peer, qint64 bytes);

    int connections() const { return m_connections; }
    qint64 bodyBytes() const { return m_bodyBytes; }

    /// Where refusals are logged: one call per reason code, with how many and the first few
    /// addresses.
    using RefusalLog = std::function<void(const QString& reason, int count, const QStringList& addresses)>;
    void setLog(RefusalLog log) { m_log = std::move(log); }
    /// A refusal or a dropped connection: the first of its kind since the last flush() is logged
    /// at once, the others are counted for flush(), so that a flood is a few lines.
    void note(const QString& reason, const QHostAddress& peer);
    /// Logs what was counted since the last call.
    void flush();

private:
    struct Tally
    {
        int count = 0;         ///< not logged yet
        QStringList addresses; ///< the first few
    };
    struct PerAddress
    {
        int connections = 0;
        qint64 bodyBytes = 0;
    };
    bool limited(const QHostAddress& peer) const { return !m_limits.isProxy(peer); }

    ConnectionLimits m_limits;
    QHash<QHostAddress, PerAddress> m_byAddress;
    int m_connections = 0;
    qint64 m_bodyBytes = 0;
    QMap<QString, Tally> m_tallies;
    RefusalLog m_log;
};

} // namespace ff
