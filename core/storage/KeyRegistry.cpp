// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/KeyRegistry.h"

#include <algorithm>

namespace ff::storage {

KeyRegistry& KeyRegistry::instance()
{
    static KeyRegistry registry;
    return registry;
}

std::vector<std::shared_ptr<KeySlot>> KeyRegistry::liveSlots() const
{
    std::vector<std::shared_ptr<KeySlot>> live;
    live.reserve(m_live.size());
    for (const std::weak_ptr<KeySlot>& weak : m_live) {
        if (auto slot = weak.lock())
            live.push_back(std::move(slot));
    }
    return live;
}

void KeyRegistry::remember(const std::shared_ptr<KeySlot>& slot)
{
    std::erase_if(m_live, [](const std::weak_ptr<KeySlot>& weak) { return weak.expired(); });
    m_live.push_back(slot);
}

void KeyRegistry::set(const QString& canonical, const crypto::SecretBytes& key)
{
    // Derived outside the lock: it costs a little, and the key is the caller's until then.
    // Kept even if invalid (a key of the wrong size): the file then counts as encrypted and the VFS
    // refuses it, rather than it being opened, and written, in the clear.
    auto slot = std::make_shared<KeySlot>(std::make_shared<const crypto::PageCipher>(key), canonical);
    std::shared_ptr<KeySlot> replaced;
    std::lock_guard lock(m_mutex);
    remember(slot);
    std::shared_ptr<KeySlot>& entry = m_slots[canonical];
    replaced = std::move(entry);
    entry = std::move(slot);
}

bool KeyRegistry::copy(const QString& fromCanonical, const QString& toCanonical)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_slots.find(fromCanonical);
    if (it == m_slots.end())
        return false;
    it->second->addPath(toCanonical);
    m_slots[toCanonical] = it->second;
    return true;
}

void KeyRegistry::forget(const QString& canonical)
{
    std::shared_ptr<KeySlot> last;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_slots.find(canonical);
        if (it == m_slots.end())
            return;
        last = std::move(it->second);
        m_slots.erase(it);
    }
    // `last` is wiped here, outside the lock, unless an open file still holds it.
}

void KeyRegistry::forgetAll()
{
    std::map<QString, std::shared_ptr<KeySlot>> all;
    {
        std::lock_guard lock(m_mutex);
        all.swap(m_slots);
    }
}

bool KeyRegistry::has(const QString& canonical) const
{
    std::lock_guard lock(m_mutex);
    return m_slots.count(canonical) > 0;
}

bool KeyRegistry::isLocked(const QString& canonical) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_slots.find(canonical);
    return it != m_slots.end() && it->second->isLocked();
}

bool KeyRegistry::keyInMemory(const QString& canonical) const
{
    std::lock_guard lock(m_mutex);
    const auto live = liveSlots();
    return std::any_of(live.begin(), live.end(), [&](const std::shared_ptr<KeySlot>& slot) {
        return slot->hasPath(canonical) && slot->cipher() != nullptr;
    });
}

std::shared_ptr<KeySlot> KeyRegistry::slotFor(const QString& canonical) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_slots.find(canonical);
    return it == m_slots.end() ? nullptr : it->second;
}

void KeyRegistry::lockAll()
{
    std::lock_guard lock(m_mutex);
    for (const std::shared_ptr<KeySlot>& slot : liveSlots())
        slot->lock();
}

KeyRegistry::Restored KeyRegistry::restore(const QString& canonical, const crypto::SecretBytes& key,
                                           QStringList* restoredPaths)
{
    auto cipher = std::make_shared<const crypto::PageCipher>(key);
    std::lock_guard lock(m_mutex);
    const auto it = m_slots.find(canonical);
    if (it == m_slots.end())
        return Restored::NotRegistered;
    if (!it->second->restore(cipher))
        return Restored::WrongKey;
    for (const std::shared_ptr<KeySlot>& slot : liveSlots()) {
        if (slot->isLocked() && slot->restore(cipher) && restoredPaths)
            restoredPaths->append(slot->paths());
    }
    if (restoredPaths) {
        restoredPaths->append(it->second->paths());
        restoredPaths->removeDuplicates();
    }
    return Restored::Ok;
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
