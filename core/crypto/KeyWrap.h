// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecretBytes.h"

#include <QByteArray>

namespace ff::crypto {

/// A secret key stored encrypted under another key: wrapped with a symmetric key (XSalsa20-Poly1305
/// secretbox, random nonce first), or sealed to a public key (X25519 sealed box) so only the holder
/// of its secret half can unseal it. The unwrapped secret only ever lives in SecretBytes.
struct KeyWrap
{
    /// nonce || ciphertext of secret under wrappingKey (32 bytes); empty on failure.
    static QByteArray wrap(const SecretBytes& secret, const SecretBytes& wrappingKey);
    /// The secret, or null when wrappingKey is not the one it was wrapped with or the bytes were
    /// changed.
    static SecretBytes unwrap(const QByteArray& wrapped, const SecretBytes& wrappingKey);
    /// secret sealed to recipientPublicKey (X25519, 32 bytes); empty on failure.
    static QByteArray seal(const SecretBytes& secret, const QByteArray& recipientPublicKey);
    /// The sealed secret, or null when the keys do not open it.
    static SecretBytes unseal(const QByteArray& sealed, const QByteArray& publicKey,
                              const QByteArray& secretKey);
};

} // namespace ff::crypto
