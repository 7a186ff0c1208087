// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/KeySlot.h"

#include "core/crypto/Sodium.h"

#include <utility>

namespace ff::storage {

KeySlot::KeySlot(std::shared_ptr<const crypto::PageCipher> cipher, const QString& canonical)
    : m_cipher(std::move(cipher)), m_fingerprint(m_cipher ? m_cipher->keyFingerprint() : QByteArray()),
      m_valid(m_cipher && m_cipher->isValid()), m_paths{canonical}
{}

std::shared_ptr<const crypto::PageCipher> KeySlot::cipher() const
{
    std::lock_guard lock(m_mutex);
    return m_cipher;
}

bool KeySlot::isLocked() const
{
    std::lock_guard lock(m_mutex);
    return m_locked;
}

void KeySlot::lock()
{
    std::shared_ptr<const crypto::PageCipher> dropped;
    {
        std::lock_guard lock(m_mutex);
        dropped = std::move(m_cipher); // leaves m_cipher null
        m_locked = true;
    }
    // `dropped` is wiped here, outside the lock, unless a page operation still holds it.
}

bool KeySlot::restore(std::shared_ptr<const crypto::PageCipher> cipher)
{
    if (!m_valid || !cipher || !cipher->isValid() || !crypto::equal(cipher->keyFingerprint(), m_fingerprint))
        return false;
    std::lock_guard lock(m_mutex);
    if (m_locked) {
        m_cipher = std::move(cipher);
        m_locked = false;
    }
    return true;
}

void KeySlot::addPath(const QString& canonical)
{
    std::lock_guard lock(m_mutex);
    if (!m_paths.contains(canonical))
        m_paths.append(canonical);
}

bool KeySlot::hasPath(const QString& canonical) const
{
    std::lock_guard lock(m_mutex);
    return m_paths.contains(canonical);
}

QStringList KeySlot::paths() const
{
    std::lock_guard lock(m_mutex);
    return m_paths;
}

} // namespace ff::storage
