// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Signature.h"

#include "core/crypto/KeyPair.h"
#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace ff::crypto {

static_assert(Signature::kSize == crypto_sign_BYTES);

QByteArray Signature::sign(const QByteArray& message, const QByteArray& secretKey)
{
    if (!ready() || secretKey.size() != KeyPair::kSigningSecretSize)
        return {};
    QByteArray signature(kSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()),
                         reinterpret_cast<const unsigned char*>(secretKey.constData()));
    return signature;
}

bool Signature::verify(const QByteArray& signature, const QByteArray& message, const QByteArray& publicKey)
{
    if (!ready() || signature.size() != kSize || publicKey.size() != KeyPair::kSigningPublicSize)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       size_t(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

} // namespace ff::crypto
