// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/SealedBox.h"

#include "core/crypto/KeyPair.h"
#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace ff::crypto {

static_assert(SealedBox::kOverhead == crypto_box_SEALBYTES);

QByteArray SealedBox::seal(const QByteArray& message, const QByteArray& publicKey)
{
    if (!ready() || publicKey.size() != KeyPair::kBoxPublicSize)
        return {};
    QByteArray sealed(message.size() + kOverhead, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
                    reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()),
                    reinterpret_cast<const unsigned char*>(publicKey.constData()));
    return sealed;
}

bool SealedBox::open(const QByteArray& sealed, const QByteArray& publicKey, const QByteArray& secretKey,
                     QByteArray* message)
{
    if (!ready() || sealed.size() < kOverhead || publicKey.size() != KeyPair::kBoxPublicSize ||
        secretKey.size() != KeyPair::kBoxSecretSize)
        return false;
    QByteArray out(sealed.size() - kOverhead, Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(out.data()),
                             reinterpret_cast<const unsigned char*>(sealed.constData()),
                             size_t(sealed.size()),
                             reinterpret_cast<const unsigned char*>(publicKey.constData()),
                             reinterpret_cast<const unsigned char*>(secretKey.constData())) != 0)
        return false;
    *message = out;
    return true;
}

} // namespace ff::crypto
