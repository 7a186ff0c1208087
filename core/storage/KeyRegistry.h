// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PageCipher.h"
#include "core/storage/EncryptedVfs.h"

#include <map>
#include <memory>
#include <mutex>
#include <QString>

namespace ff::storage {

/// The page ciphers of the files that may be opened encrypted, by canonical path, and what went
/// wrong with each; shared by every thread. Only the derived page key is kept (inside the cipher):
/// a file open through the VFS shares its cipher, which is wiped when the key is forgotten and the
/// last such file has closed. Internal to core/storage.
class KeyRegistry
{
public:
    static KeyRegistry& instance();

    void set(const QString& canonical, const crypto::SecretBytes& key);
    bool copy(const QString& fromCanonical, const QString& toCanonical);
    void forget(const QString& canonical);
    void forgetAll();
    bool has(const QString& canonical) const;
    /// The cipher of the file (invalid if the key registered was), or null when it has no key.
    std::shared_ptr<const crypto::PageCipher> cipherFor(const QString& canonical) const;

    void recordFailure(const QString& canonical, const EncryptedVfs::Failure& failure);
    EncryptedVfs::Failure failure(const QString& canonical) const;
    void clearFailure(const QString& canonical);

private:
    mutable std::mutex m_mutex;
    std::map<QString, std::shared_ptr<const crypto::PageCipher>> m_ciphers;
    std::map<QString, EncryptedVfs::Failure> m_failures;
};

} // namespace ff::storage
