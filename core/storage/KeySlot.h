// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PageCipher.h"

#include <memory>
#include <mutex>
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ff::storage {

/// One registered key: the page cipher derived from it, shared by the registry and by every file
/// it opened, and what identifies that key while it is wiped (the page key's BLAKE2b hash).
///
/// Locking drops the cipher here, which is its only lasting owner: its page key is wiped at once,
/// or, if a page operation on another thread holds it, when that operation ends. Files take the
/// cipher per page operation (cipher()) and never keep it, so a locked slot leaves no key in any
/// open file. Thread-safe. Internal to core/storage.
class KeySlot
{
public:
    KeySlot(std::shared_ptr<const crypto::PageCipher> cipher, const QString& canonical);
    Q_DISABLE_COPY_MOVE(KeySlot)

    /// The cipher for one page operation; null while locked. Holders keep it for that operation only.
    std::shared_ptr<const crypto::PageCipher> cipher() const;
    /// Whether the key registered was a valid key (false: the file counts as encrypted and is refused).
    bool isValid() const { return m_valid; }
    bool isLocked() const;
    /// Drops the cipher: the page key is wiped (at the latest when the page operation in flight ends).
    void lock();
    /// Gives back a cipher of the same key; false, and still locked, for another key.
    bool restore(std::shared_ptr<const crypto::PageCipher> cipher);
    /// BLAKE2b-256 of the page key (empty for an invalid key), kept while locked.
    const QByteArray& keyFingerprint() const { return m_fingerprint; }

    /// The files (canonical paths) this key is registered for: the database, copies of its key.
    void addPath(const QString& canonical);
    bool hasPath(const QString& canonical) const;
    QStringList paths() const;

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const crypto::PageCipher> m_cipher;
    const QByteArray m_fingerprint;
    const bool m_valid;
    bool m_locked = false;
    QStringList m_paths;
};

} // namespace ff::storage
