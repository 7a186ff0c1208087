// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/RequestAuthenticator.h"

#include "core/server/CountyStore.h"

#include <QMutexLocker>

#include <cstdlib>

namespace ff {

RequestAuthenticator::Outcome RequestAuthenticator::check(CountyStore& store,
                                                          const RequestSignature::Claim& claim,
                                                          const QByteArray& method,
                                                          const QByteArray& signedTarget,
                                                          const QByteArray& body, qint64 nowMs)
{
    if (!claim.complete())
        return {{}, tr("This request is not signed by an enrolled device.")};
    if (std::llabs(claim.timeMs - nowMs) > RequestSignature::kWindowMs)
        return {{}, tr("This request's time is too far from the county's clock.")};
    const std::optional<KnownDevice> device = store.device(claim.device);
    if (!device || device->revoked)
        return {{}, tr("This device is not enrolled with the county, or it was revoked.")};
    if (!RequestSignature::verify(claim, device->signingPublicKey, method, signedTarget, body))
        return {{}, tr("This request is not signed by an enrolled device.")};
    if (!remember(claim.device, claim.nonce, claim.timeMs, nowMs))
        return {{}, tr("This request was sent before.")};
    return {claim.device, {}};
}

bool RequestAuthenticator::remember(const QString& device, const QByteArray& nonce, qint64 timeMs,
                                    qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    // Forget nonces whose requests are out of the window anyway: they cannot be replayed.
    if (nowMs - m_lastSweep > RequestSignature::kWindowMs / 10 || m_seen.size() >= kMaxNonces) {
        m_seen.removeIf([nowMs](const QHash<QByteArray, qint64>::iterator it) {
            return std::llabs(it.value() - nowMs) > RequestSignature::kWindowMs;
        });
        m_lastSweep = nowMs;
    }
    if (m_seen.size() >= kMaxNonces)
        return false;
    const QByteArray key = device.toUtf8() + '\n' + nonce;
    if (m_seen.contains(key))
        return false;
    m_seen.insert(key, timeMs);
    return true;
}

} // namespace ff
