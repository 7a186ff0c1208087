// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PageCipher.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/KeySlot.h"

#include <memory>
#include <QString>
#include <vector>

#include <sqlite3.h>

namespace ff::storage {

/// One file SQLite opened through the encrypting VFS: the database itself, its WAL or its
/// rollback journal (used only by a new file's first transaction). It encrypts and decrypts the
/// page images that pass through, and refuses every read or write shape that could put plaintext
/// on the disk or hand SQLite unauthenticated bytes (core/storage/README.md). Internal to
/// core/storage; EncryptedVfs makes and registers these.
class EncryptedFile
{
public:
    enum class Role
    {
        Database,
        Wal,
        Journal,      ///< the rollback journal: journal headers only, never a page image
        SuperJournal, ///< names of journals, no data
    };

    /// What SQLite allocates for each file (szOsFile): this handle, then the unix VFS's file.
    struct Handle
    {
        sqlite3_file base;
        EncryptedFile* file;
    };

    static const sqlite3_io_methods* methods();
    /// The file behind a handle SQLite gives back, if it is one of ours.
    static EncryptedFile* of(sqlite3_file* file);

    /// `real` is the unix VFS's file, already open; `name` is its path on disk.
    EncryptedFile(Role role, sqlite3_file* real, const char* name);
    ~EncryptedFile();
    Q_DISABLE_COPY_MOVE(EncryptedFile)

    /// For the database: reads the header (without a lock, as SQLite's own first read), refuses
    /// a plain or foreign file, and checks the key on page 1 so that a WAL is never recovered, and
    /// so never reset, under a wrong key. The slot's cipher is taken per page operation: once the
    /// slot is locked every page read or write, and every new shared-memory lock (the start of a
    /// transaction), fails as Locked.
    int openDatabase(std::shared_ptr<KeySlot> slot, const QString& canonical);
    /// For a WAL or a journal: the database it belongs to (open for as long as this file is).
    void attachTo(EncryptedFile* database) { m_database = database; }
    /// A file name allocated with sqlite3_create_filename, freed when the file closes.
    void ownName(sqlite3_filename name) { m_ownedName = name; }

    int close();
    int read(void* buffer, int amount, sqlite3_int64 offset);
    int write(const void* buffer, int amount, sqlite3_int64 offset);
    int fileControl(int op, void* arg);
    int deviceCharacteristics();
    /// xShmLock, the wal-index locks (the database's): taking a lock (beginning a read, a write or
    /// a checkpoint) fails while locked; releasing one always passes. Notes when a checkpoint holds
    /// its lock.
    int shmLock(int offset, int n, int flags);
    sqlite3_file* real() const { return m_real; }

private:
    enum class SaltState
    {
        Unknown,     ///< nothing read or written yet (an empty file)
        Provisional, ///< drawn for a new file; the disk has no page 1 yet
        OnDisk,      ///< read from, or written to, page 1
    };

    int readDatabase(unsigned char* out, int amount, sqlite3_int64 offset);
    int readInsidePageOne(unsigned char* out, int amount, sqlite3_int64 offset);
    int writeDatabase(const unsigned char* in, int amount, sqlite3_int64 offset);
    int readWal(unsigned char* out, int amount, sqlite3_int64 offset);
    int writeWal(const unsigned char* in, int amount, sqlite3_int64 offset);
    int writeJournal(const void* in, int amount, sqlite3_int64 offset);

    /// Reads page size and salt from the header on disk, if there is one.
    int loadHeader();
    /// Makes sure the salt is known before a page is encrypted: from the disk, or a new one for a
    /// file that has no page 1 yet.
    int ensureSalt();
    /// Reads page 1 whole and decrypts it into m_scratch, retrying a few times (a lock-free read
    /// may meet a checkpoint writing page 1). SQLITE_OK, SQLITE_IOERR_SHORT_READ for a file with
    /// no page 1 yet, SQLITE_IOERR_DATA when it does not authenticate, or an I/O error.
    int readPageOne(const crypto::PageCipher& cipher, int attempts);
    /// The cipher for this page operation (the database's slot), or null while locked.
    std::shared_ptr<const crypto::PageCipher> cipher() { return database().m_slot->cipher(); }
    /// Zeroes `out` (if any), records Locked and answers SQLITE_IOERR_AUTH: no key, no page.
    int locked(unsigned char* out, int amount, quint32 page);
    /// Zeroes `out`, records why and answers SQLite: NOTADB while the key is unproven (a wrong
    /// key), IOERR_DATA once it is proven (damage or tampering).
    int authenticationFailed(unsigned char* out, int amount, quint32 page);
    int refuse(int code, quint32 page, const char* reason);
    void record(EncryptedVfs::Failure::Kind kind, quint32 page, const QString& reason);
    int walPageSize() const;
    quint32 walFramePage(sqlite3_int64 frameStart);
    /// For the database, while this connection checkpoints (it holds the checkpoint lock): the
    /// last page read from its WAL (stored image and plaintext), which the checkpoint writes to the
    /// database next; that write then stores the frame's image instead of encrypting the page
    /// again. Page 1 is never kept (its header is changed on reading); nothing is kept outside a
    /// checkpoint, and what was kept is wiped when the lock is released.
    void keepWalFrame(quint32 page, const unsigned char* image, const unsigned char* plain, int pageSize);
    /// Whether a database write of `plain` to `page` is the kept frame: same page, same bytes.
    bool isKeptWalFrame(quint32 page, const unsigned char* plain, int pageSize) const;
    /// Wipes the kept plaintext; done after every database write.
    void forgetWalFrame();
    /// The database's state that a WAL or journal uses (the database itself for the database).
    EncryptedFile& database() { return m_database ? *m_database : *this; }
    unsigned char* scratch(int size);

    Role m_role;
    sqlite3_file* m_real;
    QString m_name;
    sqlite3_filename m_ownedName = nullptr;
    EncryptedFile* m_database = nullptr;

    // The database's state (for a WAL or journal, see database()).
    std::shared_ptr<KeySlot> m_slot;
    QString m_canonical;
    int m_pageSize = 0;
    crypto::PageCipher::Salt m_salt{};
    SaltState m_saltState = SaltState::Unknown;
    bool m_keyProven = false;
    std::vector<unsigned char> m_scratch;
    /// The last WAL frame read (keepWalFrame): its page, stored image and plaintext.
    bool m_checkpointing = false;
    quint32 m_walFramePage = 0;
    crypto::PageCipher::Salt m_walFrameSalt{};
    std::vector<unsigned char> m_walFrameImage;
    std::vector<unsigned char> m_walFramePlain;

    // The WAL's state.
    int m_walHeaderPageSize = 0;
    sqlite3_int64 m_lastFrameHeaderOffset = -1;
    quint32 m_lastFrameHeaderPage = 0;
};

} // namespace ff::storage
