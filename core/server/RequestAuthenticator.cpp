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
    qint64 forgetBefore = 0;
    switch (remember(claim.device, claim.nonce, claim.timeMs, nowMs, &forgetBefore)) {
    case Remembered::New:
        break;
    case Remembered::Seen:
        return {{}, tr("This request was sent before.")};
    case Remembered::TooMany:
        return {{}, tr("This device sends too many requests. Wait a few minutes and sync again.")};
    }
    // Several server processes on one PostgreSQL database: a nonce another one has seen is seen.
    switch (store.rememberNonce(claim.device, claim.nonce, claim.timeMs, forgetBefore)) {
    case CountyStore::NonceSeen::New:
        break;
    case CountyStore::NonceSeen::Seen:
        return {{}, tr("This request was sent before.")};
    case CountyStore::NonceSeen::Failed:
        // Not known to be fresh: refused.
        return {{}, tr("The county server could not check this request now. Sync again in a minute.")};
    }
    return {claim.device, {}};
}

RequestAuthenticator::Remembered RequestAuthenticator::remember(const QString& device,
                                                                const QByteArray& nonce, qint64 timeMs,
                                                                qint64 nowMs, qint64* forgetBefore)
{
    QMutexLocker lock(&m_mutex);
    // Forget nonces whose requests are out of the window anyway: they cannot be replayed.
    if (nowMs - m_lastSweep > RequestSignature::kWindowMs / 10 || m_seen.size() >= kMaxNonces) {
        *forgetBefore = nowMs - RequestSignature::kWindowMs - 1;
        m_seen.removeIf([nowMs](const QHash<QByteArray, Seen>::iterator it) {
            return std::llabs(it.value().timeMs - nowMs) > RequestSignature::kWindowMs;
        });
        m_perDevice.clear();
        for (const Seen& seen : std::as_const(m_seen))
            ++m_perDevice[seen.device];
        m_lastSweep = nowMs;
    }
    // One device cannot fill the memory and lock the others out: it is refused first.
    int& mine = m_perDevice[device];
    if (mine >= kMaxNoncesPerDevice || m_seen.size() >= kMaxNonces)
        return Remembered::TooMany;
    const QByteArray key = device.toUtf8() + '\n' + nonce;
    if (m_seen.contains(key))
        return Remembered::Seen;
    m_seen.insert(key, {device, timeMs});
    ++mine;
    return Remembered::New;
}

} // namespace ff
