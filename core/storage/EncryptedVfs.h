// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace ff::storage {

/// The SQLite VFS that keeps a database file encrypted at rest: every page of the database and of
/// its write-ahead log is encrypted and authenticated (crypto::PageCipher) on its way to the disk
/// and checked on its way back, under the key registered for that file's path.
///
/// It wraps SQLite's "unix" VFS and enforces the rules that keep such a file sound (README.md):
/// WAL only, no temporary files on disk, no mmap, page size and reserve fixed at creation, the WAL
/// under a name other SQLite programs do not know, the key checked on page 1 before any WAL
/// recovery. A file opened through it without a registered key is refused.
class EncryptedVfs
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedVfs)

public:
    /// What the VFS found wrong with a file it was asked to read or write, for the error the
    /// layer above shows (the VFS can only answer SQLite with an error code).
    struct Failure
    {
        enum class Kind
        {
            None,
            WrongKey,     ///< page 1 (and the WAL) do not authenticate under the registered key
            Damaged,      ///< a page failed authentication after the key was proven right
            NotEncrypted, ///< a plain SQLite file, or not a database of this format
            NoKey,        ///< opened through the VFS without a registered key
            Refused,      ///< a write the rules forbid (reserve, page size, journal, temp file)
            Locked,       ///< the file's key was wiped by lockAll() and not yet restored
        };
        Kind kind = Kind::None;
        quint32 page = 0; ///< the page that failed (Damaged, Refused)
        QString file;     ///< the file it was in: the database or its WAL
        QString reason;   ///< for the log
    };

    /// FTS5's page size for tables in an encrypted file: the default (4050) no longer fits a page
    /// with 40 reserved bytes and would put every leaf on an overflow page.
    static constexpr int kFtsPageSize = 4000;
    /// Reserved bytes every page of an encrypted file has (nonce and tag).
    static int reserveBytes();

    /// The registered VFS name ("fieldfile").
    static const char* name();
    /// Registers the VFS once (idempotent, thread-safe). Fails if SQLite is older than 3.32 or
    /// libsodium cannot be used. Called before SQLite is first used in the process (the app does it
    /// first thing), it also makes SQLite wipe every block of memory it frees (wipesFreedMemory()).
    [[nodiscard]] static Status install();
    /// Whether install() configured SQLite to zero what it frees (released cache pages, finalized
    /// statements, row values) and to allocate each cache page on its own, so that a page released
    /// on lock (Database::releaseMemory) leaves no plaintext behind. False when SQLite was already
    /// in use when install() ran: its configuration can only be set before.
    static bool wipesFreedMemory();

    /// The key for the database file at path (made canonical and absolute here), until forgotten.
    /// The page key is derived and kept at once; the caller keeps or wipes its own copy. A key that
    /// is not 32 bytes still marks the file as encrypted, and the VFS then refuses to open it.
    static void setKey(const QString& path, const crypto::SecretBytes& key);
    /// Also registers the key of `from` for `to` (a backup or a copy of that file); false if
    /// `from` has none.
    static bool copyKey(const QString& from, const QString& to);
    static void forgetKey(const QString& path);
    /// Forgets every registration (tests; closing a profile). Connections still open keep their
    /// page key until they close; lockAll() is what wipes those too.
    static void forgetAllKeys();
    /// Whether a key is registered for path, so that it is opened through this VFS. Stays true
    /// while the key is locked (the file is still encrypted; opening it fails as Locked).
    static bool hasKey(const QString& path);

    /// On lock: wipes every page key in memory — the registry's and the one every open file
    /// uses — at once (one page operation in flight on another thread finishes first). The
    /// registrations stay, without their keys. From then on, until restoreKey(): opening such a
    /// file, beginning a transaction on an open connection, reading or writing a page all fail
    /// with SQLite I/O errors recorded as Locked, never with data, and nothing is written to the
    /// file or its WAL (a WAL with frames not yet checkpointed stays as it is, even when the
    /// connection closes). Pages SQLite has already cached are not the VFS's: release them first
    /// (Database::releaseMemory).
    static void lockAll();
    /// On unlock: gives the key back to the file at path (the registry and every open connection
    /// to it), and to every other locked file it opened (a backup's copy of the key), so work goes
    /// on where it stopped. Refused, everything staying locked, with the wrong-key error for a key
    /// that is not the one locked; with the no-key error if path has no registration.
    [[nodiscard]] static Status restoreKey(const QString& path, const crypto::SecretBytes& key);
    /// Whether path's key is registered and wiped by lockAll().
    static bool isLocked(const QString& path);
    /// Whether a page key for path is in memory anywhere in this layer: its registration, or a
    /// connection still open to it. False for every file after lockAll().
    static bool keyInMemory(const QString& path);

    /// The name the registry keys a file by: absolute, with symbolic links of the existing part of
    /// the path resolved.
    static QString canonicalPath(const QString& path);
    /// The SQLite URI that opens path through this VFS: "file:<percent-encoded path>?vfs=fieldfile".
    static QString uri(const QString& path);
    /// Where the WAL of an encrypted database lives (`<db>-ffwal`, not `<db>-wal`).
    static QString walPath(const QString& databasePath);
    /// The FTS5 statement that sets kFtsPageSize on `table` (run it once, after CREATE VIRTUAL TABLE).
    static QString ftsPageSizeStatement(const QString& table);

    /// Whether path holds a database of this format (page 1 starts with a salt of this format).
    static bool isEncryptedFile(const QString& path);

    /// Checks that an open connection really goes through this VFS (the SQLite under Qt is the one
    /// the VFS is registered in) and asks for the reserved bytes before anything is written. Also
    /// turns off the connection's lookaside memory (small blocks SQLite reuses without freeing,
    /// which would keep short values such as names and ID numbers), so what it frees is wiped.
    [[nodiscard]] static Status prepareConnection(sqlite3* handle, const QString& path);
    /// The reserve of an open connection's main database as SQLite sees it (-1 on error).
    static int reserveOf(sqlite3* handle);

    /// The last failure the VFS saw on the database at path (or its WAL), None if none.
    static Failure lastFailure(const QString& path);
    static void clearFailure(const QString& path);
    /// The user's words for a failure of the database at path (empty message for None).
    static Error errorFor(const Failure& failure, const QString& path, const QString& sqliteError);

    /// How many temporary files the VFS has refused to create (for tests).
    static int refusedTemporaryFiles();
    /// How many database pages a checkpoint wrote as the image of the WAL frame it had just read,
    /// without encrypting them again (for tests; core/storage/README.md).
    static qint64 checkpointedFramesStoredAsRead();
    /// Counts one (EncryptedFile).
    static void countFrameStoredAsRead();
};

} // namespace ff::storage
