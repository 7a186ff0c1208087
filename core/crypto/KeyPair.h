// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace ff::crypto {

/// A public and a secret key of one kind: Ed25519 for signing (who sent it), X25519 for
/// receiving sealed file keys (who may read it). Each device and each county has one of each.
struct KeyPair
{
    enum class Kind
    {
        Signing,
        Box
    };

    Kind kind = Kind::Signing;
    QByteArray publicKey;
    QByteArray secretKey;

    bool isValid() const;
    static KeyPair generate(Kind kind);
    /// The X25519 public key of a box secret key (crypto_scalarmult_base): a key pair whose file
    /// keeps only its secret half (the county's recovery key). Empty when `secretKey` is not 32 bytes.
    static QByteArray boxPublicFor(const QByteArray& secretKey);
    static constexpr int kSigningPublicSize = 32;
    static constexpr int kSigningSecretSize = 64;
    static constexpr int kBoxPublicSize = 32;
    static constexpr int kBoxSecretSize = 32;
};

} // namespace ff::crypto
