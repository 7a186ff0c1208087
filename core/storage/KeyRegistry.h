// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PageCipher.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/KeySlot.h"

#include <map>
#include <memory>
#include <mutex>
#include <QString>
#include <vector>

namespace ff::storage {

/// The keys of the files that may be opened encrypted, by canonical path, and what went wrong with
/// each; shared by every thread. Only the derived page key is kept, inside a KeySlot: a file open
/// through the VFS shares its slot with the registry, so locking the slot wipes the key for both.
/// A slot forgotten here lives on while a file it opened is open (and still locks with lockAll).
/// Internal to core/storage.
class KeyRegistry
{
public:
    enum class Restored
    {
        Ok,
        NotRegistered, ///< no key is registered for the path
        WrongKey,      ///< not the key that was locked (or not a valid key)
    };

    static KeyRegistry& instance();

    void set(const QString& canonical, const crypto::SecretBytes& key);
    bool copy(const QString& fromCanonical, const QString& toCanonical);
    void forget(const QString& canonical);
    void forgetAll();
    /// Registered, locked or not.
    bool has(const QString& canonical) const;
    bool isLocked(const QString& canonical) const;
    /// Whether a page key for the file is in memory: its slot here, or one an open file still holds.
    bool keyInMemory(const QString& canonical) const;
    /// The file's slot, or null when it has no key.
    std::shared_ptr<KeySlot> slotFor(const QString& canonical) const;

    /// Locks every slot alive: registered ones and those only open files still hold.
    void lockAll();
    /// The key for the slot registered for `canonical`, and for every other locked slot of the same
    /// key (copies for backups, registrations replaced while their files stayed open).
    Restored restore(const QString& canonical, const crypto::SecretBytes& key, QStringList* restoredPaths);

    void recordFailure(const QString& canonical, const EncryptedVfs::Failure& failure);
    EncryptedVfs::Failure failure(const QString& canonical) const;
    void clearFailure(const QString& canonical);

private:
    /// Every slot alive, for lockAll() (called with m_mutex held).
    std::vector<std::shared_ptr<KeySlot>> liveSlots() const;
    void remember(const std::shared_ptr<KeySlot>& slot);

    mutable std::mutex m_mutex;
    std::map<QString, std::shared_ptr<KeySlot>> m_slots;
    mutable std::vector<std::weak_ptr<KeySlot>> m_live;
    std::map<QString, EncryptedVfs::Failure> m_failures;
};

} // namespace ff::storage
