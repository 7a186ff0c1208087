// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace ff::crypto {

/// Anonymous public-key encryption (X25519 sealed box): only the holder of the recipient's secret
/// key can open it. Used for the random key of each package.
class SealedBox
{
public:
    static constexpr int kOverhead = 48;
    static QByteArray seal(const QByteArray& message, const QByteArray& recipientPublicKey);
    [[nodiscard]] static bool open(const QByteArray& sealed, const QByteArray& publicKey,
                                   const QByteArray& secretKey, QByteArray* message);
};

} // namespace ff::crypto
