// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/RequestSignature.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace ff {

class CountyStore;

/// The county's check that a request comes from an enrolled, not revoked device
/// (RequestSignature; docs/sync-protocol.md §8.2): its signature by the key the device enrolled,
/// its time within RequestSignature::kWindowMs of the county's clock, and a nonce not seen in that
/// window. Shared by the service's threads (the nonce memory is guarded); on a PostgreSQL store
/// the nonces are also kept in the database, for every server process on it
/// (CountyStore::rememberNonce). In memory it remembers at most
/// kMaxNoncesPerDevice nonces of one device and kMaxNonces in all, and beyond that refuses new
/// requests (of that device first) until old ones expire rather than forgetting one that could be
/// replayed.
class RequestAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(RequestAuthenticator)

public:
    static constexpr int kMaxNonces = 200'000;
    /// A laptop's sync makes a few requests a minute; one that makes more than this within the
    /// window is refused until its old requests expire, so it cannot fill the memory for others.
    static constexpr int kMaxNoncesPerDevice = 2'000;

    /// The device the request comes from, or why it is refused (in the reader's language).
    struct Outcome
    {
        QString device;
        QString refusal;
        bool ok() const { return refusal.isEmpty(); }
    };
    Outcome check(CountyStore& store, const RequestSignature::Claim& claim, const QByteArray& method,
                  const QByteArray& signedTarget, const QByteArray& body, qint64 nowMs);

private:
    enum class Remembered
    {
        New,
        Seen,
        TooMany
    };
    /// Remembers the nonce, unless it was seen within the window or the device (or everyone) has
    /// sent too many requests in it. `forgetBefore`: set when the memory was swept, to the time
    /// before which the nonces shared by several processes are forgotten too.
    Remembered remember(const QString& device, const QByteArray& nonce, qint64 timeMs, qint64 nowMs,
                        qint64* forgetBefore);

    struct Seen
    {
        QString device;
        qint64 timeMs = 0;
    };
    QMutex m_mutex;
    QHash<QByteArray, Seen> m_seen;  ///< device + nonce → the request
    QHash<QString, int> m_perDevice; ///< nonces remembered per device
    qint64 m_lastSweep = 0;
};

} // namespace ff
