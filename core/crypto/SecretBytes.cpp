// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/SecretBytes.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstring>
#include <utility>

namespace ff::crypto {

SecretBytes::SecretBytes(int size)
{
    if (size <= 0 || !ready())
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size_t(size)));
    if (!m_data)
        return;
    sodium_memzero(m_data, size_t(size));
    m_size = size;
}

SecretBytes::~SecretBytes() { clear(); }

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(int size)
{
    SecretBytes secret(size);
    if (!secret.isNull())
        randombytes_buf(secret.m_data, size_t(size));
    return secret;
}

SecretBytes SecretBytes::copyOf(const void* data, int size)
{
    SecretBytes secret(size);
    if (!secret.isNull())
        std::memcpy(secret.m_data, data, size_t(size));
    return secret;
}

SecretBytes SecretBytes::clone() const { return m_data ? copyOf(m_data, m_size) : SecretBytes(); }

QByteArray SecretBytes::fingerprint() const
{
    if (!m_data || !ready())
        return {};
    QByteArray out(int(crypto_generichash_BYTES), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()), m_data,
                       size_t(m_size), nullptr, 0);
    return out;
}

void SecretBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

void disableCoreDumps()
{
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace ff::crypto
