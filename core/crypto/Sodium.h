// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace ff::crypto {

/// Initialises libsodium once; every function of core/crypto calls it. False if the library
/// cannot be used (then nothing may be encrypted or trusted).
[[nodiscard]] bool ready();
/// Cryptographically secure random bytes.
QByteArray randomBytes(int size);
/// BLAKE2b with a 32-byte output.
QByteArray hash(const QByteArray& data);
/// Compares secrets in constant time.
bool equal(const QByteArray& a, const QByteArray& b);

} // namespace ff::crypto
