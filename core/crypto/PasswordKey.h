// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace ff::crypto {

/// A key made from a password with Argon2id (libsodium's crypto_pwhash), slow on purpose so that
/// guessing passwords for a stolen laptop's key file costs time and memory for every guess.
struct PasswordKey
{
    /// The cost, stored beside the salt so that a later Fieldfile can raise it for new files and
    /// still open old ones.
    struct Cost
    {
        quint64 operations = 0;
        quint64 memoryBytes = 0;
    };
    /// libsodium's MODERATE limits (3 passes, 256 MiB): about 0.5 s on a 2-core laptop.
    static Cost defaultCost();
    /// The cheapest cost libsodium allows: for tests only.
    static Cost testCost();
    static constexpr int kSaltSize = 16;
    static constexpr int kKeySize = 32;

    static QByteArray newSalt();
    /// The 32-byte key for password and salt, or a null SecretBytes when the cost is out of range,
    /// the salt has the wrong size, or there is not enough memory.
    static SecretBytes derive(const QString& password, const QByteArray& salt, Cost cost);
};

} // namespace ff::crypto
