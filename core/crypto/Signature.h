// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace ff::crypto {

/// Ed25519 detached signatures: a package says which device sent it, and nobody else can say so.
class Signature
{
public:
    static constexpr int kSize = 64;
    static QByteArray sign(const QByteArray& message, const QByteArray& signingSecretKey);
    [[nodiscard]] static bool verify(const QByteArray& signature, const QByteArray& message,
                                     const QByteArray& signingPublicKey);
};

} // namespace ff::crypto
