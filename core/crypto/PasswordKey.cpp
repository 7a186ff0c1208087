// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/PasswordKey.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace ff::crypto {

static_assert(PasswordKey::kSaltSize == crypto_pwhash_SALTBYTES);

PasswordKey::Cost PasswordKey::defaultCost()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

PasswordKey::Cost PasswordKey::testCost() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

QByteArray PasswordKey::newSalt() { return randomBytes(kSaltSize); }

SecretBytes PasswordKey::derive(const QString& password, const QByteArray& salt, Cost cost)
{
    if (!ready() || salt.size() != kSaltSize || cost.operations < crypto_pwhash_OPSLIMIT_MIN ||
        cost.operations > crypto_pwhash_OPSLIMIT_MAX || cost.memoryBytes < crypto_pwhash_MEMLIMIT_MIN ||
        cost.memoryBytes > (quint64(1) << 32))
        return {};
    // The password's UTF-8 bytes live in guarded memory only for as long as the hash runs.
    const QByteArray utf8 = password.toUtf8();
    SecretBytes secretPassword = SecretBytes::copyOf(utf8.constData(), int(utf8.size()));
    sodium_memzero(const_cast<char*>(utf8.constData()), size_t(utf8.size()));
    SecretBytes key(kKeySize);
    if (key.isNull() || (utf8.size() > 0 && secretPassword.isNull()))
        return {};
    const char* bytes = reinterpret_cast<const char*>(secretPassword.data());
    if (crypto_pwhash(key.data(), size_t(kKeySize), bytes ? bytes : "", size_t(secretPassword.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), cost.operations,
                      size_t(cost.memoryBytes), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return key;
}

} // namespace ff::crypto
