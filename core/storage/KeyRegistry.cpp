// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/KeyRegistry.h"

namespace ff::storage {

KeyRegistry& KeyRegistry::instance()
{
    static KeyRegistry registry;
    return registry;
}

void KeyRegistry::set(const QString& canonical, const crypto::SecretBytes& key)
{
    // Derived outside the lock: it costs a little, and the key is the caller's until then.
    auto cipher = std::make_shared<const crypto::PageCipher>(key);
    std::lock_guard lock(m_mutex);
    // Kept even if invalid (a key of the wrong size): the file then counts as encrypted and the VFS
    // refuses it, rather than it being opened, and written, in the clear.
    m_ciphers[canonical] = std::move(cipher);
}

bool KeyRegistry::copy(const QString& fromCanonical, const QString& toCanonical)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_ciphers.find(fromCanonical);
    if (it == m_ciphers.end())
        return false;
    m_ciphers[toCanonical] = it->second;
    return true;
}

void KeyRegistry::forget(const QString& canonical)
{
    std::shared_ptr<const crypto::PageCipher> last;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_ciphers.find(canonical);
        if (it == m_ciphers.end())
            return;
        last = std::move(it->second);
        m_ciphers.erase(it);
    }
    // `last` is wiped here, outside the lock, unless an open file still holds it.
}

void KeyRegistry::forgetAll()
{
    std::map<QString, std::shared_ptr<const crypto::PageCipher>> all;
    {
        std::lock_guard lock(m_mutex);
        all.swap(m_ciphers);
    }
}

bool KeyRegistry::has(const QString& canonical) const
{
    std::lock_guard lock(m_mutex);
    return m_ciphers.count(canonical) > 0;
}

std::shared_ptr<const crypto::PageCipher> KeyRegistry::cipherFor(const QString& canonical) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_ciphers.find(canonical);
    return it == m_ciphers.end() ? nullptr : it->second;
}

void KeyRegistry::recordFailure(const QString& canonical, const EncryptedVfs::Failure& failure)
{
    std::lock_guard lock(m_mutex);
    m_failures[canonical] = failure;
}

EncryptedVfs::Failure KeyRegistry::failure(const QString& canonical) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_failures.find(canonical);
    return it == m_failures.end() ? EncryptedVfs::Failure{} : it->second;
}

void KeyRegistry::clearFailure(const QString& canonical)
{
    std::lock_guard lock(m_mutex);
    m_failures.erase(canonical);
}

} // namespace ff::storage
