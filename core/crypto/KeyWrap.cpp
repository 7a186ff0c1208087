// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/KeyWrap.h"

#include "core/crypto/KeyPair.h"
#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace ff::crypto {

namespace {
const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}
} // namespace

QByteArray KeyWrap::wrap(const SecretBytes& secret, const SecretBytes& wrappingKey)
{
    if (!ready() || secret.isNull() || wrappingKey.size() != int(crypto_secretbox_KEYBYTES))
        return {};
    QByteArray out(int(crypto_secretbox_NONCEBYTES) + secret.size() + int(crypto_secretbox_MACBYTES),
                   Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, secret.data(), size_t(secret.size()), nonce,
                          wrappingKey.data());
    return out;
}

SecretBytes KeyWrap::unwrap(const QByteArray& wrapped, const SecretBytes& wrappingKey)
{
    const int overhead = int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (!ready() || wrapped.size() <= overhead || wrappingKey.size() != int(crypto_secretbox_KEYBYTES))
        return {};
    SecretBytes secret(int(wrapped.size()) - overhead);
    if (secret.isNull())
        return {};
    const unsigned char* nonce = bytes(wrapped);
    if (crypto_secretbox_open_easy(secret.data(), nonce + crypto_secretbox_NONCEBYTES,
                                   size_t(wrapped.size()) - crypto_secretbox_NONCEBYTES, nonce,
                                   wrappingKey.data()) != 0)
        return {};
    return secret;
}

QByteArray KeyWrap::seal(const SecretBytes& secret, const QByteArray& recipientPublicKey)
{
    if (!ready() || secret.isNull() || recipientPublicKey.size() != KeyPair::kBoxPublicSize)
        return {};
    QByteArray sealed(secret.size() + int(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), secret.data(), size_t(secret.size()),
                        bytes(recipientPublicKey)) != 0)
        return {};
    return sealed;
}

SecretBytes KeyWrap::unseal(const QByteArray& sealed, const QByteArray& publicKey,
                            const QByteArray& secretKey)
{
    if (!ready() || sealed.size() <= int(crypto_box_SEALBYTES) ||
        publicKey.size() != KeyPair::kBoxPublicSize || secretKey.size() != KeyPair::kBoxSecretSize)
        return {};
    SecretBytes secret(int(sealed.size()) - int(crypto_box_SEALBYTES));
    if (secret.isNull() || crypto_box_seal_open(secret.data(), bytes(sealed), size_t(sealed.size()),
                                                bytes(publicKey), bytes(secretKey)) != 0)
        return {};
    return secret;
}

} // namespace ff::crypto
