// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/RequestSignature.h"

#include "core/crypto/Signature.h"
#include "core/crypto/Sodium.h"

namespace ff {

QByteArray RequestSignature::message(const QString& device, const QByteArray& method,
                                     const QByteArray& pathAndQuery, qint64 timeMs, const QByteArray& nonce,
                                     const QByteArray& body)
{
    // One field a line; none of them can hold a line break (a device id is a UUID, the nonce
    // base64url, the path percent-encoded).
    return QByteArrayLiteral("fieldfile-request-v1\n") + device.toUtf8() + '\n' + method + '\n' +
           pathAndQuery + '\n' + QByteArray::number(timeMs) + '\n' + nonce + '\n' +
           crypto::hash(body).toHex();
}

QByteArray RequestSignature::signedTarget(const QByteArray& pathAndQuery)
{
    const qsizetype api = pathAndQuery.indexOf("/api/");
    return api < 0 ? pathAndQuery : pathAndQuery.mid(api);
}

QList<QPair<QByteArray, QByteArray>>
RequestSignature::headers(const QString& device, const QByteArray& signingSecretKey, const QByteArray& method,
                          const QByteArray& pathAndQuery, const QByteArray& body, qint64 timeMs)
{
    const QByteArray nonce =
        crypto::randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray signature =
        crypto::Signature::sign(message(device, method, pathAndQuery, timeMs, nonce, body), signingSecretKey);
    return {{kDevice, device.toUtf8()},
            {kTime, QByteArray::number(timeMs)},
            {kNonce, nonce},
            {kSignature, signature.toBase64()}};
}

RequestSignature::Claim RequestSignature::read(const QByteArray& device, const QByteArray& time,
                                               const QByteArray& nonce, const QByteArray& signature)
{
    Claim claim;
    claim.device = QString::fromUtf8(device);
    bool ok = false;
    claim.timeMs = time.toLongLong(&ok);
    if (!ok)
        claim.timeMs = 0;
    if (nonce.size() <= 64 && !nonce.contains('\n'))
        claim.nonce = nonce;
    const auto decoded = QByteArray::fromBase64Encoding(signature);
    if (decoded)
        claim.signature = *decoded;
    if (claim.device.size() > 128 || claim.device.contains(QLatin1Char('\n')))
        claim.device.clear();
    return claim;
}

bool RequestSignature::verify(const Claim& claim, const QByteArray& signingPublicKey,
                              const QByteArray& method, const QByteArray& pathAndQuery,
                              const QByteArray& body)
{
    return claim.complete() &&
           crypto::Signature::verify(
               claim.signature, message(claim.device, method, pathAndQuery, claim.timeMs, claim.nonce, body),
               signingPublicKey);
}

} // namespace ff
