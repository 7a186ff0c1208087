// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/ConnectionBudget.h"

namespace ff {

namespace {
constexpr int kAddressesLogged = 5;
}

QString ConnectionBudget::openConnection(const QHostAddress& peer)
{
    if (m_connections >= m_limits.maxConnections)
        return QStringLiteral("connections");
    PerAddress& mine = m_byAddress[peer];
    if (limited(peer) && mine.connections >= m_limits.maxConnectionsPerAddress) {
        if (mine.connections == 0 && mine.bodyBytes == 0)
            m_byAddress.remove(peer);
        return QStringLiteral("connections_per_address");
    }
    ++mine.connections;
    ++m_connections;
    return {};
}

void ConnectionBudget::closeConnection(const QHostAddress& peer)
{
    --m_connections;
    const auto it = m_byAddress.find(peer);
    if (it == m_byAddress.end())
        return;
    if (--it->connections <= 0 && it->bodyBytes <= 0)
        m_byAddress.erase(it);
}

QString ConnectionBudget::reserveBody(const QHostAddress& peer, qint64 bytes)
{
    if (m_bodyBytes + bytes > m_limits.maxBodyBytesInFlight)
        return QStringLiteral("bodies_in_flight");
    PerAddress& mine = m_byAddress[peer];
    if (limited(peer) && mine.bodyBytes + bytes > m_limits.maxBodyBytesInFlightPerAddress)
        return QStringLiteral("bodies_per_address");
    mine.bodyBytes += bytes;
    m_bodyBytes += bytes;
    return {};
}

void ConnectionBudget::releaseBody(const QHostAddress& peer, qint64 bytes)
{
    m_bodyBytes -= bytes;
    const auto it = m_byAddress.find(peer);
    if (it == m_byAddress.end())
        return;
    it->bodyBytes -= bytes;
    if (it->connections <= 0 && it->bodyBytes <= 0)
        m_byAddress.erase(it);
}

void ConnectionBudget::note(const QString& reason, const QHostAddress& peer)
{
    const QString address = peer.toString();
    const auto it = m_tallies.find(reason);
    if (it == m_tallies.end()) {
        m_tallies.insert(reason, {});
        if (m_log)
            m_log(reason, 1, {address});
        return;
    }
    ++it->count;
    if (it->addresses.size() < kAddressesLogged && !it->addresses.contains(address))
        it->addresses.append(address);
}

void ConnectionBudget::flush()
{
    QMap<QString, Tally> tallies;
    tallies.swap(m_tallies);
    if (!m_log)
        return;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        if (it->count > 0)
            m_log(it.key(), it->count, it->addresses);
    }
}

} // namespace ff
