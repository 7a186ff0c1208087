// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/KeyPair.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace ff::crypto {

static_assert(KeyPair::kSigningPublicSize == crypto_sign_PUBLICKEYBYTES);
static_assert(KeyPair::kSigningSecretSize == crypto_sign_SECRETKEYBYTES);
static_assert(KeyPair::kBoxPublicSize == crypto_box_PUBLICKEYBYTES);
static_assert(KeyPair::kBoxSecretSize == crypto_box_SECRETKEYBYTES);

bool KeyPair::isValid() const
{
    if (kind == Kind::Signing)
        return publicKey.size() == kSigningPublicSize && secretKey.size() == kSigningSecretSize;
    return publicKey.size() == kBoxPublicSize && secretKey.size() == kBoxSecretSize;
}

KeyPair KeyPair::generate(Kind kind)
{
    KeyPair pair;
    pair.kind = kind;
    if (!ready())
        return pair;
    if (kind == Kind::Signing) {
        pair.publicKey.resize(kSigningPublicSize);
        pair.secretKey.resize(kSigningSecretSize);
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                            reinterpret_cast<unsigned char*>(pair.secretKey.data()));
    } else {
        pair.publicKey.resize(kBoxPublicSize);
        pair.secretKey.resize(kBoxSecretSize);
        crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                           reinterpret_cast<unsigned char*>(pair.secretKey.data()));
    }
    return pair;
}

QByteArray KeyPair::boxPublicFor(const QByteArray& secretKey)
{
    static_assert(crypto_scalarmult_BYTES == kBoxPublicSize &&
                  crypto_scalarmult_SCALARBYTES == kBoxSecretSize);
    if (!ready() || secretKey.size() != kBoxSecretSize)
        return {};
    QByteArray publicKey(kBoxPublicSize, Qt::Uninitialized);
    if (crypto_scalarmult_base(reinterpret_cast<unsigned char*>(publicKey.data()),
                               reinterpret_cast<const unsigned char*>(secretKey.constData())) != 0)
        return {};
    return publicKey;
}

} // namespace ff::crypto
