// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ff {

/// How a laptop proves which enrolled device sends a request (docs/sync-protocol.md §8.2): every
/// request but ping and enroll carries the device's id, the time, a random nonce and an Ed25519
/// signature, by the device's signing key, over the method, the path with its query, the time,
/// the nonce and the BLAKE2b-256 of the body. The county checks the signature with the key the
/// device enrolled, that the time is within a window of its own clock, and that the nonce was not
/// seen in that window.
class RequestSignature
{
public:
    static inline const QByteArray kDevice = QByteArrayLiteral("X-Fieldfile-Device");
    static inline const QByteArray kTime = QByteArrayLiteral("X-Fieldfile-Time");
    static inline const QByteArray kNonce = QByteArrayLiteral("X-Fieldfile-Nonce");
    static inline const QByteArray kSignature = QByteArrayLiteral("X-Fieldfile-Signature");
    /// In a 401 answer: the county's clock (ms since the epoch), so that a laptop whose clock is
    /// off can sign by the county's time.
    static inline const QByteArray kServerTime = QByteArrayLiteral("X-Fieldfile-Server-Time");
    /// How far a request's time may be from the county's clock.
    static constexpr qint64 kWindowMs = 5 * 60 * 1000;

    /// The part of a request's target that is signed: from "/api/" on, with the query, so that a
    /// reverse proxy serving the county under a path prefix does not break signatures.
    static QByteArray signedTarget(const QByteArray& pathAndQuery);

    /// The headers that sign a request of `device` at `timeMs`.
    static QList<QPair<QByteArray, QByteArray>>
    headers(const QString& device, const QByteArray& signingSecretKey, const QByteArray& method,
            const QByteArray& pathAndQuery, const QByteArray& body, qint64 timeMs);

    /// What a request claims, read from its headers.
    struct Claim
    {
        QString device;
        qint64 timeMs = 0;
        QByteArray nonce;
        QByteArray signature;
        bool complete() const
        {
            return !device.isEmpty() && timeMs > 0 && !nonce.isEmpty() && !signature.isEmpty();
        }
    };
    static Claim read(const QByteArray& device, const QByteArray& time, const QByteArray& nonce,
                      const QByteArray& signature);

    /// Whether `claim` signs this request with `signingPublicKey` (the time window and the nonce are
    /// the caller's to check).
    [[nodiscard]] static bool verify(const Claim& claim, const QByteArray& signingPublicKey,
                                     const QByteArray& method, const QByteArray& pathAndQuery,
                                     const QByteArray& body);

private:
    static QByteArray message(const QString& device, const QByteArray& method, const QByteArray& pathAndQuery,
                              qint64 timeMs, const QByteArray& nonce, const QByteArray& body);
};

} // namespace ff
