// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EncryptedFile.h"

#include "core/storage/KeyRegistry.h"

#include <chrono>
#include <cstring>
#include <string.h> // explicit_bzero
#include <thread>

namespace ff::storage {

namespace {

using crypto::PageCipher;
using Kind = EncryptedVfs::Failure::Kind;

constexpr int kReserve = PageCipher::kReserveBytes;
constexpr sqlite3_int64 kWalHeaderBytes = 32;
constexpr int kFrameHeaderBytes = 24;
/// The wal-index lock SQLite holds exclusively while it checkpoints (WAL_CKPT_LOCK in wal.c).
constexpr int kCheckpointLock = 1;
/// The lock-free header read at open may meet a checkpoint rewriting page 1: read it again a few
/// times before concluding the key is wrong.
constexpr int kUnlockedReadAttempts = 5;
/// A rollback journal's header is one 512-byte sector (SQLite with powersafe overwrite, which the
/// VFS requires); every page image in it is at least 512 bytes at an offset that is not a multiple
/// of 512.
constexpr int kJournalSector = 512;

quint32 readBigEndian32(const unsigned char* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

bool isAllZero(const unsigned char* p, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] != 0)
            return false;
    }
    return true;
}

int pageSizeInHeader(const unsigned char* header)
{
    const int value = (header[16] << 8) | header[17];
    return value == 1 ? 65536 : value;
}

/// Every encrypted file is in WAL mode. SQLite writes a VACUUM INTO copy with header bytes 18 and
/// 19 (write and read version) at 1, for a rollback journal; switching it to WAL later would need a
/// rollback-journal transaction with page 1's image, which the VFS refuses. So 1 reads as 2.
void readAsWal(unsigned char* out, sqlite3_int64 offset, int amount)
{
    for (const sqlite3_int64 byte : {18, 19}) {
        if (offset <= byte && byte < offset + amount && out[byte - offset] == 1)
            out[byte - offset] = 2;
    }
}

/// What is wrong with a plaintext page 1 SQLite wants to write, or null.
const char* pageOneProblem(const unsigned char* page, int pageSize)
{
    if (std::memcmp(page, PageCipher::kSqliteMagic.data(), PageCipher::kSqliteMagic.size()) != 0)
        return "page 1 does not start with SQLite's header";
    if (pageSizeInHeader(page) != pageSize)
        return "page 1 names another page size than the file's (the page size is fixed at creation)";
    if (page[20] != kReserve)
        return "page 1 names another reserve than 40 bytes (set SQLITE_FCNTL_RESERVE_BYTES before writing)";
    return nullptr;
}

void wipe(void* p, size_t n)
{
    if (n > 0)
        explicit_bzero(p, n);
}

EncryptedFile::Handle* handleOf(sqlite3_file* file) { return reinterpret_cast<EncryptedFile::Handle*>(file); }
EncryptedFile& self(sqlite3_file* file) { return *handleOf(file)->file; }
sqlite3_file* realOf(sqlite3_file* file) { return self(file).real(); }

int ioClose(sqlite3_file* file)
{
    EncryptedFile::Handle* handle = handleOf(file);
    EncryptedFile* encrypted = handle->file;
    handle->file = nullptr;
    const int rc = encrypted->close();
    delete encrypted;
    return rc;
}
int ioRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    return self(file).read(buffer, amount, offset);
}
int ioWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    return self(file).write(buffer, amount, offset);
}
int ioTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xTruncate(real, size);
}
int ioSync(sqlite3_file* file, int flags)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xSync(real, flags);
}
int ioFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}
int ioLock(sqlite3_file* file, int lock)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xLock(real, lock);
}
int ioUnlock(sqlite3_file* file, int lock)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xUnlock(real, lock);
}
int ioCheckReservedLock(sqlite3_file* file, int* out)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, out);
}
int ioFileControl(sqlite3_file* file, int op, void* arg) { return self(file).fileControl(op, arg); }
int ioSectorSize(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xSectorSize(real);
}
int ioDeviceCharacteristics(sqlite3_file* file) { return self(file).deviceCharacteristics(); }
int ioShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xShmMap(real, region, size, extend, out);
}
int ioShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return self(file).shmLock(offset, n, flags);
}
void ioShmBarrier(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    real->pMethods->xShmBarrier(real);
}
int ioShmUnmap(sqlite3_file* file, int deleteFlag)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}
/// No memory mapping: SQLite would read ciphertext straight from the map.
int ioFetch(sqlite3_file*, sqlite3_int64, int, void** out)
{
    *out = nullptr;
    return SQLITE_OK;
}
int ioUnfetch(sqlite3_file*, sqlite3_int64, void*) { return SQLITE_OK; }

const sqlite3_io_methods kMethods = {
    3,
    ioClose,
    ioRead,
    ioWrite,
    ioTruncate,
    ioSync,
    ioFileSize,
    ioLock,
    ioUnlock,
    ioCheckReservedLock,
    ioFileControl,
    ioSectorSize,
    ioDeviceCharacteristics,
    ioShmMap,
    ioShmLock,
    ioShmBarrier,
    ioShmUnmap,
    ioFetch,
    ioUnfetch,
};

} // namespace

const sqlite3_io_methods* EncryptedFile::methods() { return &kMethods; }

EncryptedFile* EncryptedFile::of(sqlite3_file* file)
{
    return file && file->pMethods == &kMethods ? handleOf(file)->file : nullptr;
}

EncryptedFile::EncryptedFile(Role role, sqlite3_file* real, const char* name)
    : m_role(role), m_real(real), m_name(name ? QString::fromUtf8(name) : QString())
{}

EncryptedFile::~EncryptedFile()
{
    wipe(m_scratch.data(), m_scratch.size());
    wipe(m_walFramePlain.data(), m_walFramePlain.size());
    if (m_ownedName)
        sqlite3_free_filename(m_ownedName);
}

int EncryptedFile::close()
{
    if (!m_real || !m_real->pMethods)
        return SQLITE_OK;
    const int rc = m_real->pMethods->xClose(m_real);
    m_real->pMethods = nullptr;
    return rc;
}

unsigned char* EncryptedFile::scratch(int size)
{
    if (m_scratch.size() < size_t(size))
        m_scratch.assign(size_t(size), 0);
    return m_scratch.data();
}

void EncryptedFile::record(Kind kind, quint32 page, const QString& reason)
{
    EncryptedVfs::Failure failure;
    failure.kind = kind;
    failure.page = page;
    failure.file = m_name;
    failure.reason = reason;
    KeyRegistry::instance().recordFailure(database().m_canonical, failure);
}

int EncryptedFile::refuse(int code, quint32 page, const char* reason)
{
    record(Kind::Refused, page, QString::fromUtf8(reason));
    sqlite3_log(code, "fieldfile VFS refused an operation on %s: %s", m_name.toUtf8().constData(), reason);
    return code;
}

int EncryptedFile::authenticationFailed(unsigned char* out, int amount, quint32 page)
{
    std::memset(out, 0, size_t(amount));
    if (!database().m_keyProven) {
        record(Kind::WrongKey, page,
               QStringLiteral("page %1 does not authenticate and no page has").arg(page));
        return SQLITE_NOTADB;
    }
    record(Kind::Damaged, page, QStringLiteral("page %1 does not authenticate").arg(page));
    sqlite3_log(SQLITE_IOERR_DATA, "fieldfile VFS: page %u of %s does not authenticate", page,
                m_name.toUtf8().constData());
    return SQLITE_IOERR_DATA;
}

int EncryptedFile::locked(unsigned char* out, int amount, quint32 page)
{
    if (out)
        std::memset(out, 0, size_t(amount));
    record(Kind::Locked, page, QStringLiteral("the key is locked"));
    return SQLITE_IOERR_AUTH;
}

int EncryptedFile::openDatabase(std::shared_ptr<KeySlot> slot, const QString& canonical)
{
    m_slot = std::move(slot);
    m_canonical = canonical;
    if (const int rc = loadHeader(); rc != SQLITE_OK)
        return rc;
    if (m_pageSize == 0)
        return SQLITE_OK; // a new, empty database
    const auto key = cipher();
    if (!key)
        return locked(nullptr, 0, 1);
    const int rc = readPageOne(*key, kUnlockedReadAttempts);
    wipe(m_scratch.data(), m_scratch.size());
    if (rc == SQLITE_OK)
        m_keyProven = true;
    else if (rc != SQLITE_IOERR_DATA && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    // Not proven: every read answers NOTADB until a page authenticates; a WAL is not recovered.
    return SQLITE_OK;
}

int EncryptedFile::loadHeader()
{
    unsigned char header[24];
    const int rc = m_real->pMethods->xRead(m_real, header, sizeof header, 0);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    if (isAllZero(header, sizeof header))
        return SQLITE_OK; // nothing written yet
    if (rc == SQLITE_IOERR_SHORT_READ) {
        record(Kind::NotEncrypted, 0, QStringLiteral("the file is too short to be a database"));
        return SQLITE_NOTADB;
    }
    if (std::memcmp(header, PageCipher::kSqliteMagic.data(), PageCipher::kSqliteMagic.size()) == 0) {
        record(Kind::NotEncrypted, 0, QStringLiteral("a plain SQLite database"));
        return SQLITE_NOTADB;
    }
    if (!PageCipher::isFormatSalt(header)) {
        record(Kind::NotEncrypted, 0, QStringLiteral("not a database of format FF01"));
        return SQLITE_NOTADB;
    }
    const int pageSize = pageSizeInHeader(header);
    if (!PageCipher::isValidPageSize(pageSize) || header[20] != kReserve) {
        record(Kind::Damaged, 1, QStringLiteral("the clear fields of page 1 are not valid"));
        return SQLITE_NOTADB;
    }
    std::memcpy(m_salt.data(), header, m_salt.size());
    m_saltState = SaltState::OnDisk;
    m_pageSize = pageSize;
    return SQLITE_OK;
}

int EncryptedFile::ensureSalt()
{
    if (m_saltState == SaltState::OnDisk)
        return SQLITE_OK;
    unsigned char first[PageCipher::kSaltBytes];
    const int rc = m_real->pMethods->xRead(m_real, first, sizeof first, 0);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    if (!isAllZero(first, sizeof first)) {
        if (!PageCipher::isFormatSalt(first))
            return refuse(SQLITE_NOTADB, 1, "page 1 on disk holds no salt of this format");
        std::memcpy(m_salt.data(), first, sizeof first);
        m_saltState = SaltState::OnDisk;
        return SQLITE_OK;
    }
    // No page 1 on disk yet (a new file; a VACUUM INTO or backup target writes page 1 last).
    if (m_saltState == SaltState::Unknown) {
        m_salt = PageCipher::newSalt();
        m_saltState = SaltState::Provisional;
    }
    return SQLITE_OK;
}

int EncryptedFile::readPageOne(const PageCipher& cipher, int attempts)
{
    unsigned char* page = scratch(m_pageSize);
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        const int rc = m_real->pMethods->xRead(m_real, page, m_pageSize, 0);
        if (rc == SQLITE_IOERR_SHORT_READ && isAllZero(page, m_pageSize))
            return rc;
        if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
            return rc;
        if (rc == SQLITE_OK && cipher.decrypt(page, page, m_pageSize, 1, m_salt))
            return SQLITE_OK;
    }
    return SQLITE_IOERR_DATA;
}

int EncryptedFile::read(void* buffer, int amount, sqlite3_int64 offset)
{
    auto* out = static_cast<unsigned char*>(buffer);
    switch (m_role) {
    case Role::Database:
        return readDatabase(out, amount, offset);
    case Role::Wal:
        return readWal(out, amount, offset);
    case Role::Journal:
    case Role::SuperJournal:
        break;
    }
    return m_real->pMethods->xRead(m_real, buffer, amount, offset);
}

int EncryptedFile::write(const void* buffer, int amount, sqlite3_int64 offset)
{
    const auto* in = static_cast<const unsigned char*>(buffer);
    switch (m_role) {
    case Role::Database:
        return writeDatabase(in, amount, offset);
    case Role::Wal:
        return writeWal(in, amount, offset);
    case Role::Journal:
        return writeJournal(in, amount, offset);
    case Role::SuperJournal:
        break;
    }
    return m_real->pMethods->xWrite(m_real, buffer, amount, offset);
}

int EncryptedFile::readDatabase(unsigned char* out, int amount, sqlite3_int64 offset)
{
    if (m_pageSize == 0) {
        // Perhaps another connection has written page 1 since this one opened the file.
        if (const int rc = loadHeader(); rc != SQLITE_OK)
            return rc;
        if (m_pageSize == 0) {
            // No page 1 on disk: an empty file reads as zeros and nothing else may be handed out.
            const int rc = m_real->pMethods->xRead(m_real, out, amount, offset);
            if ((rc == SQLITE_OK || rc == SQLITE_IOERR_SHORT_READ) && isAllZero(out, amount))
                return rc;
            std::memset(out, 0, size_t(amount));
            return rc == SQLITE_OK ? refuse(SQLITE_IOERR_READ, 0, "data on disk before page 1 exists") : rc;
        }
    }
    const int pageSize = m_pageSize;
    if (offset % pageSize == 0 && amount == pageSize) {
        const auto page = quint32(offset / pageSize) + 1;
        const auto key = cipher();
        if (!key)
            return locked(out, amount, page);
        const int rc = m_real->pMethods->xRead(m_real, out, amount, offset);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            if (isAllZero(out, amount))
                return rc;                                  // past the end of the file
            return authenticationFailed(out, amount, page); // a partial page
        }
        if (rc != SQLITE_OK)
            return rc;
        if (m_saltState == SaltState::Unknown || !key->decrypt(out, out, pageSize, page, m_salt))
            return authenticationFailed(out, amount, page);
        m_keyProven = true;
        if (page == 1)
            readAsWal(out, 0, amount);
        return SQLITE_OK;
    }
    if (offset + amount <= pageSize)
        return readInsidePageOne(out, amount, offset);
    std::memset(out, 0, size_t(amount));
    return refuse(SQLITE_IOERR_READ, 0, "a read of the database that is not one whole page");
}

int EncryptedFile::readInsidePageOne(unsigned char* out, int amount, sqlite3_int64 offset)
{
    // The header read SQLite makes when it opens the file, without a lock; and, in rollback mode
    // only (a new file's first transaction), the change counter at offset 24.
    const bool unlocked = offset == 0;
    const auto key = cipher();
    if (!key)
        return locked(out, amount, 1);
    const int rc = readPageOne(*key, unlocked ? kUnlockedReadAttempts : 1);
    if (rc == SQLITE_OK) {
        m_keyProven = true;
        std::memcpy(out, m_scratch.data() + offset, size_t(amount));
        wipe(m_scratch.data(), size_t(m_pageSize));
        readAsWal(out, offset, amount);
        return SQLITE_OK;
    }
    if (rc == SQLITE_IOERR_SHORT_READ) {
        std::memset(out, 0, size_t(amount));
        return rc;
    }
    if (rc != SQLITE_IOERR_DATA)
        return rc;
    if (!unlocked)
        return authenticationFailed(out, amount, 1);
    // SQLite needs only the magic and the clear fields (page size, reserve) before it takes a
    // lock; it reads page 1 again, whole and under a lock, and that read reports a wrong key or
    // damage. Nothing unauthenticated beyond bytes 16..23 is handed out.
    unsigned char header[24];
    const int headerRc = m_real->pMethods->xRead(m_real, header, sizeof header, 0);
    if (headerRc != SQLITE_OK)
        return headerRc;
    unsigned char composed[100] = {};
    std::memcpy(composed, PageCipher::kSqliteMagic.data(), PageCipher::kSqliteMagic.size());
    std::memcpy(composed + 16, header + 16, 8);
    std::memset(out, 0, size_t(amount));
    std::memcpy(out, composed, size_t(std::min(amount, int(sizeof composed))));
    readAsWal(out, 0, amount);
    return SQLITE_OK;
}

int EncryptedFile::writeDatabase(const unsigned char* in, int amount, sqlite3_int64 offset)
{
    if (m_pageSize == 0) {
        if (const int rc = loadHeader(); rc != SQLITE_OK)
            return rc;
        if (m_pageSize == 0) {
            // A new file: the page size is that of its first page write, confirmed by page 1
            // (a VACUUM INTO or backup target may write page 2 before page 1).
            if (!PageCipher::isValidPageSize(amount) || offset % amount != 0)
                return refuse(SQLITE_IOERR_WRITE, 0, "the first write to a new database is not a whole page");
            m_pageSize = amount;
        }
    }
    const int pageSize = m_pageSize;
    if (amount != pageSize || offset % pageSize != 0)
        return refuse(SQLITE_IOERR_WRITE, 0,
                      "a write that is not one whole page of the file's page size (fixed at creation)");
    const auto page = quint32(offset / pageSize) + 1;
    if (!isAllZero(in + pageSize - kReserve, kReserve))
        return refuse(SQLITE_IOERR_WRITE, page,
                      "the page's last 40 bytes are in use (set SQLITE_FCNTL_RESERVE_BYTES before writing)");
    if (page == 1) {
        if (const char* problem = pageOneProblem(in, pageSize))
            return refuse(SQLITE_IOERR_WRITE, 1, problem);
    }
    const auto key = cipher();
    if (!key)
        return locked(nullptr, 0, page);
    if (const int rc = ensureSalt(); rc != SQLITE_OK)
        return rc;
    if (isKeptWalFrame(page, in, pageSize)) {
        // A checkpoint copying the frame it has just read: the frame's image, authenticated under
        // this file's salt and this page number when it was read, is this page's image.
        const int rc = m_real->pMethods->xWrite(m_real, m_walFrameImage.data(), pageSize, offset);
        forgetWalFrame();
        if (rc == SQLITE_OK)
            EncryptedVfs::countFrameStoredAsRead();
        return rc;
    }
    forgetWalFrame();
    unsigned char* stored = scratch(pageSize);
    if (!key->encrypt(in, stored, pageSize, page, m_salt))
        return refuse(SQLITE_IOERR_WRITE, page, "the page could not be encrypted");
    const int rc = m_real->pMethods->xWrite(m_real, stored, pageSize, offset);
    if (rc == SQLITE_OK && page == 1)
        m_saltState = SaltState::OnDisk;
    return rc;
}

int EncryptedFile::shmLock(int offset, int n, int flags)
{
    if ((flags & SQLITE_SHM_LOCK) && database().m_slot && database().m_slot->isLocked()) {
        // No transaction begins while locked, so none is served from pages SQLite still caches.
        record(Kind::Locked, 0, QStringLiteral("the key is locked (no transaction begins)"));
        return SQLITE_IOERR_AUTH;
    }
    const int rc = m_real->pMethods->xShmLock(m_real, offset, n, flags);
    // SQLite checkpoints while it holds the wal-index's checkpoint lock (WAL_CKPT_LOCK, 1)
    // exclusively: frames are kept only then, and forgotten when it is released.
    if (offset <= kCheckpointLock && kCheckpointLock < offset + n) {
        if ((flags & SQLITE_SHM_UNLOCK) != 0) {
            m_checkpointing = false;
            forgetWalFrame();
        } else if (rc == SQLITE_OK && (flags & SQLITE_SHM_EXCLUSIVE) != 0) {
            m_checkpointing = true;
        }
    }
    return rc;
}

void EncryptedFile::keepWalFrame(quint32 page, const unsigned char* image, const unsigned char* plain,
                                 int pageSize)
{
    if (!m_checkpointing)
        return;
    m_walFrameImage.assign(image, image + pageSize);
    m_walFramePlain.assign(plain, plain + pageSize);
    m_walFrameSalt = m_salt;
    m_walFramePage = page;
}

bool EncryptedFile::isKeptWalFrame(quint32 page, const unsigned char* plain, int pageSize) const
{
    // The kept image authenticated as exactly these bytes, for this page, under this salt (the
    // salt cannot change once a page has authenticated; checked all the same): storing it is
    // storing an encryption of `plain` for `page`, whatever happened in between.
    return m_walFramePage != 0 && page == m_walFramePage && m_walFramePlain.size() == size_t(pageSize) &&
           m_walFrameImage.size() == size_t(pageSize) && m_walFrameSalt == m_salt &&
           std::memcmp(plain, m_walFramePlain.data(), size_t(pageSize)) == 0;
}

void EncryptedFile::forgetWalFrame()
{
    if (m_walFramePage == 0)
        return;
    wipe(m_walFramePlain.data(), m_walFramePlain.size());
    m_walFramePage = 0;
}

int EncryptedFile::walPageSize() const
{
    return m_walHeaderPageSize != 0 ? m_walHeaderPageSize : m_database->m_pageSize;
}

quint32 EncryptedFile::walFramePage(sqlite3_int64 frameStart)
{
    unsigned char number[4];
    if (m_real->pMethods->xRead(m_real, number, sizeof number, frameStart) != SQLITE_OK)
        return 0;
    return readBigEndian32(number);
}

int EncryptedFile::readWal(unsigned char* out, int amount, sqlite3_int64 offset)
{
    if (offset < kWalHeaderBytes) {
        if (offset + amount > kWalHeaderBytes)
            return refuse(SQLITE_IOERR_READ, 0, "a read across the end of the WAL header");
        const int rc = m_real->pMethods->xRead(m_real, out, amount, offset);
        if (rc == SQLITE_OK && offset == 0 && amount >= 12) {
            const auto pageSize = int(readBigEndian32(out + 8));
            if (PageCipher::isValidPageSize(pageSize))
                m_walHeaderPageSize = pageSize;
        }
        return rc;
    }
    const int pageSize = walPageSize();
    if (pageSize == 0)
        return refuse(SQLITE_IOERR_READ, 0, "a WAL frame read before the page size is known");
    const sqlite3_int64 frameBytes = pageSize + kFrameHeaderBytes;
    const sqlite3_int64 inFrame = (offset - kWalHeaderBytes) % frameBytes;
    const sqlite3_int64 frameStart = offset - inFrame;
    const bool headerOnly = inFrame + amount <= kFrameHeaderBytes;
    const bool pageOnly = inFrame == kFrameHeaderBytes && amount == pageSize;
    const bool wholeFrame = inFrame == 0 && amount == frameBytes;
    if (!headerOnly && !pageOnly && !wholeFrame) {
        std::memset(out, 0, size_t(amount));
        return refuse(SQLITE_IOERR_READ, 0, "a WAL read that is not a frame header, a page or a whole frame");
    }
    if (headerOnly)
        return m_real->pMethods->xRead(m_real, out, amount, offset); // in the clear: page number, size
                                                                     // after commit, salts, checksums
    // No key: an error, never a frame taken for torn (recovery would then end the log there).
    const auto key = cipher();
    if (!key)
        return locked(out, amount, 0);
    EncryptedFile& db = *m_database;
    const bool saltKnown = db.m_saltState != SaltState::Unknown;
    if (pageOnly) {
        // A committed frame, located through the wal-index: any failure is damage. Read whole,
        // with the frame header that names its page, in one read (a checkpoint reads every frame
        // it copies this way).
        unsigned char* frame = scratch(int(frameBytes));
        const int rc = m_real->pMethods->xRead(m_real, frame, int(frameBytes), frameStart);
        if (rc != SQLITE_OK) {
            std::memset(out, 0, size_t(amount));
            return rc;
        }
        const quint32 page = readBigEndian32(frame);
        const unsigned char* stored = frame + kFrameHeaderBytes;
        if (page == 0 || !saltKnown || !key->decrypt(stored, out, pageSize, page, db.m_salt))
            return authenticationFailed(out, amount, page);
        db.m_keyProven = true;
        if (page == 1)
            readAsWal(out, 0, amount);
        else
            db.keepWalFrame(page, stored, out, pageSize);
        return SQLITE_OK;
    }
    const int rc = m_real->pMethods->xRead(m_real, out, amount, offset);
    if (rc != SQLITE_OK) {
        if (rc == SQLITE_IOERR_SHORT_READ)
            std::memset(out, 0, size_t(amount));
        return rc;
    }
    // A whole frame: WAL recovery (or a checksum rewrite) walking the log.
    unsigned char* image = out + kFrameHeaderBytes;
    const quint32 page = readBigEndian32(out);
    if (page != 0 && saltKnown && key->decrypt(image, image, pageSize, page, db.m_salt)) {
        db.m_keyProven = true;
        if (page == 1)
            readAsWal(image, 0, pageSize);
        return SQLITE_OK;
    }
    if (!db.m_keyProven)
        return authenticationFailed(out, amount, page); // NOTADB: the log stays untouched
    // The key is proven, so this frame was not written whole (a crash during the write): show
    // SQLite a checksum that cannot match, so it ends the log here as it ends it at a torn frame.
    std::memset(image, 0, size_t(pageSize));
    for (int i = 16; i < kFrameHeaderBytes; ++i)
        out[i] = static_cast<unsigned char>(~out[i]);
    return SQLITE_OK;
}

int EncryptedFile::writeWal(const unsigned char* in, int amount, sqlite3_int64 offset)
{
    if (offset < kWalHeaderBytes) {
        if (offset + amount > kWalHeaderBytes)
            return refuse(SQLITE_IOERR_WRITE, 0, "a write across the end of the WAL header");
        if (offset == 0 && amount >= 12) {
            const auto pageSize = int(readBigEndian32(in + 8));
            if (PageCipher::isValidPageSize(pageSize))
                m_walHeaderPageSize = pageSize;
        }
        return m_real->pMethods->xWrite(m_real, in, amount, offset);
    }
    const int pageSize = walPageSize();
    EncryptedFile& db = *m_database;
    if (pageSize == 0 || (db.m_pageSize != 0 && pageSize != db.m_pageSize))
        return refuse(SQLITE_IOERR_WRITE, 0, "a WAL frame of another page size than the database's");
    const sqlite3_int64 frameBytes = pageSize + kFrameHeaderBytes;
    const sqlite3_int64 inFrame = (offset - kWalHeaderBytes) % frameBytes;
    const sqlite3_int64 frameStart = offset - inFrame;
    if (inFrame + amount <= kFrameHeaderBytes) {
        if (inFrame == 0 && amount == kFrameHeaderBytes) {
            m_lastFrameHeaderOffset = offset;
            m_lastFrameHeaderPage = readBigEndian32(in);
        }
        return m_real->pMethods->xWrite(m_real, in, amount, offset);
    }
    if (inFrame != kFrameHeaderBytes || amount != pageSize)
        return refuse(SQLITE_IOERR_WRITE, 0, "a WAL write that splits a page (psow=0 is not supported)");
    // The page number is in the frame header, written just before (or, when SQLite rewrites a
    // frame of the same transaction in place, already on disk).
    const quint32 page =
        m_lastFrameHeaderOffset == frameStart ? m_lastFrameHeaderPage : walFramePage(frameStart);
    if (page == 0)
        return refuse(SQLITE_IOERR_WRITE, 0, "a WAL page without a frame header");
    if (!isAllZero(in + pageSize - kReserve, kReserve))
        return refuse(SQLITE_IOERR_WRITE, page,
                      "the page's last 40 bytes are in use (set SQLITE_FCNTL_RESERVE_BYTES before writing)");
    if (page == 1) {
        if (const char* problem = pageOneProblem(in, pageSize))
            return refuse(SQLITE_IOERR_WRITE, 1, problem);
    }
    const auto key = cipher();
    if (!key)
        return locked(nullptr, 0, page);
    if (const int rc = db.ensureSalt(); rc != SQLITE_OK)
        return rc;
    unsigned char* stored = scratch(pageSize);
    if (!key->encrypt(in, stored, pageSize, page, db.m_salt))
        return refuse(SQLITE_IOERR_WRITE, page, "the page could not be encrypted");
    return m_real->pMethods->xWrite(m_real, stored, pageSize, offset);
}

int EncryptedFile::writeJournal(const void* in, int amount, sqlite3_int64 offset)
{
    // Journal headers are written a sector at a time at sector boundaries; page images (the
    // content a rollback would restore, in the clear) are at least 512 bytes anywhere else.
    if (amount >= kJournalSector && (offset % kJournalSector != 0 || amount > kJournalSector))
        return refuse(SQLITE_IOERR_WRITE, 0,
                      "a page image in the rollback journal: an encrypted database is kept in WAL mode");
    return m_real->pMethods->xWrite(m_real, in, amount, offset);
}

int EncryptedFile::fileControl(int op, void* arg)
{
    if (m_role == Role::Database) {
        switch (op) {
        case SQLITE_FCNTL_MMAP_SIZE:
            // mmap stays off whatever is asked: the pragma answers 0.
            *static_cast<sqlite3_int64*>(arg) = 0;
            return SQLITE_OK;
        case SQLITE_FCNTL_PRAGMA: {
            char** args = static_cast<char**>(arg);
            const char* pragma = args[1];
            const char* value = args[2];
            if (value && sqlite3_stricmp(pragma, "journal_mode") == 0 && sqlite3_stricmp(value, "wal") != 0) {
                args[0] = sqlite3_mprintf(
                    "an encrypted database is kept in WAL mode (journal_mode=%s refused)", value);
                return SQLITE_ERROR;
            }
            if (value && sqlite3_stricmp(pragma, "page_size") == 0 && m_pageSize != 0 &&
                std::atoi(value) != m_pageSize) {
                args[0] = sqlite3_mprintf(
                    "the page size of an encrypted database is fixed when it is created (%d)", m_pageSize);
                return SQLITE_ERROR;
            }
            break;
        }
        case SQLITE_FCNTL_VFSNAME: {
            char** name = static_cast<char**>(arg);
            if (m_real->pMethods->xFileControl(m_real, op, arg) == SQLITE_OK && *name)
                *name = sqlite3_mprintf("%s/%z", EncryptedVfs::name(), *name);
            else
                *name = sqlite3_mprintf("%s", EncryptedVfs::name());
            return SQLITE_OK;
        }
        default:
            break;
        }
    }
    return m_real->pMethods->xFileControl(m_real, op, arg);
}

int EncryptedFile::deviceCharacteristics()
{
    // No batch-atomic writes: they let SQLite skip the journal rules this VFS keeps.
    return m_real->pMethods->xDeviceCharacteristics(m_real) & ~SQLITE_IOCAP_BATCH_ATOMIC;
}

} // namespace ff::storage
