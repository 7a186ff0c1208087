// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ff::storage {

/// Turns an unencrypted Fieldfile database into an encrypted one at the same path, so that a
/// crash at any moment leaves either the old plain file (with all its data) or the new encrypted
/// one, and then removes the plaintext (overwritten with zeros before it is unlinked).
///
/// The steps (README.md, "Encrypting a plain file in place"): checkpoint the plain file's WAL into
/// it; VACUUM INTO `<path>.encrypting` through the VFS; fsync and check that copy; scrub the plain
/// WAL; rename the plain file to `<path>.plain` and the copy to `<path>`; fsync the folder; scrub
/// `<path>.plain`. recover() finishes or rolls back whatever a crash interrupted; Database::open
/// runs it before it opens a file.
class PlainFileEncryptor
{
    Q_DECLARE_TR_FUNCTIONS(PlainFileEncryptor)

public:
    /// Whether path is a plain SQLite database (starts with "SQLite format 3\0").
    static bool isPlain(const QString& path);

    /// Encrypts the plain database at path with `key` (32 bytes), in place. No connection to the
    /// file may be open, in this process or another (the file is locked for the duration). A file
    /// that is already encrypted is left as it is. The key is not registered for path: the caller
    /// does that (EncryptedVfs::setKey) before opening it.
    [[nodiscard]] static Status encryptInPlace(const QString& path, const crypto::SecretBytes& key);

    /// Finishes (the copy was complete and the plain file already moved aside) or rolls back (the
    /// plain file was still in place) an interrupted encryptInPlace, and scrubs what plaintext it
    /// left. Needs no key. Cheap when there is nothing to do.
    [[nodiscard]] static Status recover(const QString& path);
    /// Whether path has leftovers of an interrupted encryptInPlace (recover() has work to do).
    static bool isInterrupted(const QString& path);

    /// Overwrites a file holding plaintext with zeros, makes that durable, then removes it (true
    /// also when it is not there). What a journaling or flash file system kept elsewhere is beyond
    /// its reach.
    static bool scrub(const QString& path);

    /// The encrypted copy while it is being made.
    static QString pendingPath(const QString& path);
    /// The plain file, moved aside until it is scrubbed.
    static QString asidePath(const QString& path);
};

} // namespace ff::storage
