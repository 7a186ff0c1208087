// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EncryptedVfs.h"

#include "core/crypto/PageCipher.h"
#include "core/crypto/Sodium.h"
#include "core/storage/EncryptedFile.h"
#include "core/storage/KeyRegistry.h"
#include "core/storage/KeySlot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <new>
#include <string>

#include <sqlite3.h>
#include <string.h> // explicit_bzero
#include <sys/stat.h>

static_assert(SQLITE_VERSION_NUMBER >= 3032000, "the encrypting VFS needs SQLite 3.32 or later");

namespace ff::storage {

namespace {

using crypto::PageCipher;
using Kind = EncryptedVfs::Failure::Kind;

constexpr char kName[] = "fieldfile";
/// The WAL's name on disk: `<db>-ffwal`. Another SQLite program looks for `<db>-wal`, finds none,
/// and so can never recover (and then delete) a log it cannot read. The '-' stays so that the
/// unix VFS still finds the database and gives the log the database's permissions.
constexpr char kWalSuffix[] = "-wal";
constexpr char kHiddenWalSuffix[] = "-ffwal";
constexpr int kOpenTypeMask = 0x0FFFFF00;

sqlite3_vfs* g_unix = nullptr;
sqlite3_vfs g_vfs{};
std::atomic<int> g_refusedTemporaryFiles{0};
/// SQLite's own allocator, under the wiping one.
sqlite3_mem_methods g_memory{};
bool g_wipesFreedMemory = false;

/// What SQLite frees is zeroed first: released cache pages, finalized statements, row values.
void wipingFree(void* block)
{
    if (!block)
        return;
    const int size = g_memory.xSize(block);
    if (size > 0)
        explicit_bzero(block, size_t(size));
    g_memory.xFree(block);
}

/// A move, never a growth in place, so the old block is wiped like any freed one.
void* wipingRealloc(void* block, int size)
{
    if (!block)
        return g_memory.xMalloc(size);
    void* moved = g_memory.xMalloc(size);
    if (!moved)
        return nullptr;
    std::memcpy(moved, block, size_t(std::min(size, g_memory.xSize(block))));
    wipingFree(block);
    return moved;
}

/// Before SQLite's first use only (sqlite3_config refuses later): the wiping allocator, and no
/// bulk allocation of cache pages (pages kept in a connection's bulk block on release, unfreed).
bool configureWipingMemory()
{
    if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &g_memory) != SQLITE_OK || !g_memory.xMalloc ||
        !g_memory.xFree || !g_memory.xSize)
        return false;
    sqlite3_mem_methods wiping = g_memory;
    wiping.xFree = wipingFree;
    wiping.xRealloc = wipingRealloc;
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &wiping) != SQLITE_OK)
        return false;
    return sqlite3_config(SQLITE_CONFIG_PAGECACHE, nullptr, 0, 0) == SQLITE_OK;
}

std::atomic<qint64> g_framesStoredAsRead{0};

/// Where the unix VFS's file sits in what SQLite allocates for a file.
constexpr int realOffset() { return int((sizeof(EncryptedFile::Handle) + 15) / 16 * 16); }

bool endsWith(const char* name, const char* suffix)
{
    const size_t n = std::strlen(name);
    const size_t s = std::strlen(suffix);
    return n >= s && std::strcmp(name + n - s, suffix) == 0;
}

/// `<db>-wal` → `<db>-ffwal`; every other name unchanged.
std::string onDiskName(const char* name)
{
    if (!name || !endsWith(name, kWalSuffix))
        return name ? std::string(name) : std::string();
    std::string mapped(name, std::strlen(name) - std::strlen(kWalSuffix));
    return mapped + kHiddenWalSuffix;
}

int refuseOpen(sqlite3_file* file, int code, const char* reason, const char* name)
{
    file->pMethods = nullptr;
    sqlite3_log(code, "fieldfile VFS refused to open %s: %s", name ? name : "a temporary file", reason);
    return code;
}

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* handle = reinterpret_cast<EncryptedFile::Handle*>(file);
    handle->base.pMethods = nullptr;
    handle->file = nullptr;
    auto* real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + realOffset());
    real->pMethods = nullptr;

    const int type =
        flags & kOpenTypeMask &
        (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TRANSIENT_DB | SQLITE_OPEN_MAIN_JOURNAL |
         SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL | SQLITE_OPEN_SUPER_JOURNAL | SQLITE_OPEN_WAL);
    EncryptedFile::Role role = EncryptedFile::Role::Database;
    EncryptedFile* database = nullptr;
    std::shared_ptr<KeySlot> slot;
    QString canonical;
    sqlite3_filename openName = name;
    sqlite3_filename ownedName = nullptr;

    switch (type) {
    case SQLITE_OPEN_MAIN_DB: {
        if (!name)
            return refuseOpen(file, SQLITE_CANTOPEN, "a database without a name", name);
        canonical = EncryptedVfs::canonicalPath(QString::fromUtf8(name));
        slot = KeyRegistry::instance().slotFor(canonical);
        if (slot && slot->isLocked()) {
            EncryptedVfs::Failure failure;
            failure.kind = Kind::Locked;
            failure.file = QString::fromUtf8(name);
            failure.reason = QStringLiteral("the key of this file is locked");
            KeyRegistry::instance().recordFailure(canonical, failure);
            return refuseOpen(file, SQLITE_CANTOPEN, "its key is locked", name);
        }
        if (!slot || !slot->isValid()) {
            EncryptedVfs::Failure failure;
            failure.kind = Kind::NoKey;
            failure.file = QString::fromUtf8(name);
            failure.reason = slot ? QStringLiteral("the key registered for this file is not a valid key")
                                  : QStringLiteral("no key is registered for this file");
            KeyRegistry::instance().recordFailure(canonical, failure);
            return refuseOpen(file, SQLITE_CANTOPEN, "no valid key is registered for it", name);
        }
        if (!sqlite3_uri_boolean(name, "psow", 1))
            return refuseOpen(file, SQLITE_CANTOPEN, "psow=0 is not supported", name);
        break;
    }
    case SQLITE_OPEN_WAL:
    case SQLITE_OPEN_MAIN_JOURNAL: {
        database = EncryptedFile::of(name ? sqlite3_database_file_object(name) : nullptr);
        if (!database)
            return refuseOpen(file, SQLITE_CANTOPEN, "a log whose database is not open through this VFS",
                              name);
        role = type == SQLITE_OPEN_WAL ? EncryptedFile::Role::Wal : EncryptedFile::Role::Journal;
        if (role == EncryptedFile::Role::Wal) {
            const std::string hidden = onDiskName(name);
            // A well-formed SQLite file name (URI parameters may be looked up on it).
            ownedName =
                sqlite3_create_filename(sqlite3_filename_database(name), "", hidden.c_str(), 0, nullptr);
            if (!ownedName)
                return refuseOpen(file, SQLITE_NOMEM, "out of memory", name);
            openName = sqlite3_filename_wal(ownedName);
        }
        break;
    }
    case SQLITE_OPEN_SUPER_JOURNAL:
        role = EncryptedFile::Role::SuperJournal; // names of journals only
        break;
    default:
        // Temporary databases, sorter and statement journals: SQLite would write them in the clear.
        // temp_store=MEMORY keeps every one of them in memory; without it, the operation fails.
        ++g_refusedTemporaryFiles;
        return refuseOpen(file, SQLITE_CANTOPEN,
                          "temporary files are not written for an encrypted database (use temp_store=MEMORY)",
                          name);
    }

    const int rc = g_unix->xOpen(g_unix, openName, real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (real->pMethods)
            real->pMethods->xClose(real);
        if (ownedName)
            sqlite3_free_filename(ownedName);
        file->pMethods = nullptr;
        return rc;
    }
    auto* encrypted = new (std::nothrow) EncryptedFile(role, real, openName);
    if (!encrypted) {
        real->pMethods->xClose(real);
        if (ownedName)
            sqlite3_free_filename(ownedName);
        return SQLITE_NOMEM;
    }
    encrypted->ownName(ownedName);
    if (database)
        encrypted->attachTo(database);
    if (role == EncryptedFile::Role::Database) {
        // The owner's alone, whatever the umask: the WAL, journal and -shm take the database's mode.
        struct stat info;
        if (::stat(name, &info) == 0 && (info.st_mode & 077) != 0)
            ::chmod(name, info.st_mode & 0700);
        if (const int opened = encrypted->openDatabase(std::move(slot), canonical); opened != SQLITE_OK) {
            encrypted->close();
            delete encrypted;
            file->pMethods = nullptr;
            return opened;
        }
    }
    handle->file = encrypted;
    handle->base.pMethods = EncryptedFile::methods();
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    const std::string onDisk = onDiskName(name);
    return g_unix->xDelete(g_unix, onDisk.c_str(), syncDir);
}

int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    const std::string onDisk = onDiskName(name);
    return g_unix->xAccess(g_unix, onDisk.c_str(), flags, out);
}

int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_unix->xFullPathname(g_unix, name, size, out);
}
void* vfsDlOpen(sqlite3_vfs*, const char* name) { return g_unix->xDlOpen(g_unix, name); }
void vfsDlError(sqlite3_vfs*, int size, char* out) { g_unix->xDlError(g_unix, size, out); }
void (*vfsDlSym(sqlite3_vfs*, void* library, const char* symbol))(void)
{
    return g_unix->xDlSym(g_unix, library, symbol);
}
void vfsDlClose(sqlite3_vfs*, void* library) { g_unix->xDlClose(g_unix, library); }
int vfsRandomness(sqlite3_vfs*, int size, char* out) { return g_unix->xRandomness(g_unix, size, out); }
int vfsSleep(sqlite3_vfs*, int microseconds) { return g_unix->xSleep(g_unix, microseconds); }
int vfsCurrentTime(sqlite3_vfs*, double* out) { return g_unix->xCurrentTime(g_unix, out); }
int vfsGetLastError(sqlite3_vfs*, int size, char* out) { return g_unix->xGetLastError(g_unix, size, out); }
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) { return g_unix->xCurrentTimeInt64(g_unix, out); }

Status registerVfs()
{
    if (sqlite3_libversion_number() < 3032000) {
        return Error{EncryptedVfs::tr("The SQLite library is too old to keep the data encrypted."),
                     QStringLiteral("SQLite %1 < 3.32.0").arg(QString::fromUtf8(sqlite3_libversion()))};
    }
    if (!sqlite3_threadsafe())
        return Error{EncryptedVfs::tr("The SQLite library cannot be used to keep the data encrypted."),
                     QStringLiteral("SQLite was built without thread safety")};
    if (!crypto::ready())
        return Error{EncryptedVfs::tr("The encryption library could not be started."),
                     QStringLiteral("sodium_init failed")};
    // Before anything below initializes SQLite (sqlite3_vfs_find does).
    g_wipesFreedMemory = configureWipingMemory();
    if (!g_wipesFreedMemory)
        sqlite3_log(SQLITE_MISUSE,
                    "fieldfile VFS: SQLite was in use before install(); freed memory is not wiped");
    g_unix = sqlite3_vfs_find("unix");
    if (!g_unix || g_unix->iVersion < 2)
        return Error{EncryptedVfs::tr("The SQLite library cannot be used to keep the data encrypted."),
                     QStringLiteral("no unix VFS of version 2 or later")};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = realOffset() + g_unix->szOsFile;
    g_vfs.mxPathname = g_unix->mxPathname;
    g_vfs.zName = kName;
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    if (const int rc = sqlite3_vfs_register(&g_vfs, 0); rc != SQLITE_OK) {
        return Error{EncryptedVfs::tr("The SQLite library cannot be used to keep the data encrypted."),
                     QStringLiteral("sqlite3_vfs_register: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    return Status::ok();
}

} // namespace

int EncryptedVfs::reserveBytes() { return PageCipher::kReserveBytes; }

const char* EncryptedVfs::name() { return kName; }

Status EncryptedVfs::install()
{
    static std::once_flag once;
    static Status result;
    std::call_once(once, [] { result = registerVfs(); });
    return result;
}

QString EncryptedVfs::canonicalPath(const QString& path)
{
    // Resolve the part of the path that exists (symbolic links included), keep the rest as written:
    // a file (or its folder) created later gets the same name as SQLite's own full path for it.
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString existing = absolute;
    QString rest;
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const qsizetype slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash < 0)
            return absolute;
        rest = existing.mid(slash) + rest;
        existing = existing.left(slash);
        if (existing.isEmpty())
            return absolute;
    }
    const QString resolved = QFileInfo(existing).canonicalFilePath();
    return resolved.isEmpty() ? absolute : QDir::cleanPath(resolved + rest);
}

void EncryptedVfs::setKey(const QString& path, const crypto::SecretBytes& key)
{
    KeyRegistry::instance().set(canonicalPath(path), key);
}

bool EncryptedVfs::copyKey(const QString& from, const QString& to)
{
    return KeyRegistry::instance().copy(canonicalPath(from), canonicalPath(to));
}

void EncryptedVfs::forgetKey(const QString& path) { KeyRegistry::instance().forget(canonicalPath(path)); }

void EncryptedVfs::forgetAllKeys() { KeyRegistry::instance().forgetAll(); }

bool EncryptedVfs::hasKey(const QString& path) { return KeyRegistry::instance().has(canonicalPath(path)); }

void EncryptedVfs::lockAll() { KeyRegistry::instance().lockAll(); }

Status EncryptedVfs::restoreKey(const QString& path, const crypto::SecretBytes& key)
{
    const QString canonical = canonicalPath(path);
    QStringList restored;
    switch (KeyRegistry::instance().restore(canonical, key, &restored)) {
    case KeyRegistry::Restored::Ok:
        break;
    case KeyRegistry::Restored::NotRegistered: {
        const Error e = errorFor({Failure::Kind::NoKey, 0, path, {}}, path, {});
        return Error{e.message, QStringLiteral("no-key: nothing registered to restore")};
    }
    case KeyRegistry::Restored::WrongKey:
        return errorFor({Failure::Kind::WrongKey, 0, path, {}}, path, {});
    }
    // What a connection ran into while locked is over.
    for (const QString& file : std::as_const(restored)) {
        if (KeyRegistry::instance().failure(file).kind == Failure::Kind::Locked)
            KeyRegistry::instance().clearFailure(file);
    }
    return Status::ok();
}

bool EncryptedVfs::isLocked(const QString& path)
{
    return KeyRegistry::instance().isLocked(canonicalPath(path));
}

bool EncryptedVfs::keyInMemory(const QString& path)
{
    return KeyRegistry::instance().keyInMemory(canonicalPath(path));
}

bool EncryptedVfs::wipesFreedMemory() { return g_wipesFreedMemory; }

QString EncryptedVfs::uri(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(absolute, "/")) +
           QStringLiteral("?vfs=") + QLatin1String(kName);
}

QString EncryptedVfs::walPath(const QString& databasePath)
{
    return databasePath + QLatin1String(kHiddenWalSuffix);
}

QString EncryptedVfs::ftsPageSizeStatement(const QString& table)
{
    return QStringLiteral("INSERT INTO %1(%1, rank) VALUES('pgsz', %2)").arg(table).arg(kFtsPageSize);
}

bool EncryptedVfs::isEncryptedFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(24);
    return header.size() == 24 &&
           PageCipher::isFormatSalt(reinterpret_cast<const unsigned char*>(header.constData())) &&
           static_cast<unsigned char>(header.at(20)) == PageCipher::kReserveBytes;
}

Status EncryptedVfs::prepareConnection(sqlite3* handle, const QString& path)
{
    sqlite3_vfs* used = nullptr;
    if (!handle || sqlite3_file_control(handle, "main", SQLITE_FCNTL_VFS_POINTER, &used) != SQLITE_OK ||
        used != &g_vfs) {
        return Error{tr("The database file %1 cannot be opened encrypted.").arg(path),
                     QStringLiteral("the connection does not use the %1 VFS (Qt's SQLite driver must use the "
                                    "system's libsqlite3)")
                         .arg(QLatin1String(kName))};
    }
    // Before anything is written: a new file is created with 40 reserved bytes per page (an
    // existing file keeps what its header says; the VFS refuses a page 1 without them).
    // No lookaside: its slots are reused without being freed, so the wiping allocator never sees
    // them. Possible only while none is in use, which is right after opening; best effort.
    if (sqlite3_db_config(handle, SQLITE_DBCONFIG_LOOKASIDE, nullptr, 0, 0) != SQLITE_OK)
        sqlite3_log(SQLITE_BUSY, "fieldfile VFS: lookaside of %s could not be turned off",
                    path.toUtf8().constData());
    int reserve = PageCipher::kReserveBytes;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK ||
        reserveOf(handle) < PageCipher::kReserveBytes) {
        return Error{tr("The database file %1 cannot be opened encrypted.").arg(path),
                     QStringLiteral("SQLITE_FCNTL_RESERVE_BYTES did not take")};
    }
    return Status::ok();
}

int EncryptedVfs::reserveOf(sqlite3* handle)
{
    int reserve = -1;
    if (!handle || sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK)
        return -1;
    return reserve;
}

EncryptedVfs::Failure EncryptedVfs::lastFailure(const QString& path)
{
    return KeyRegistry::instance().failure(canonicalPath(path));
}

void EncryptedVfs::clearFailure(const QString& path)
{
    KeyRegistry::instance().clearFailure(canonicalPath(path));
}

Error EncryptedVfs::errorFor(const Failure& failure, const QString& path, const QString& sqliteError)
{
    const QString tail = sqliteError.isEmpty() ? QString() : QStringLiteral(": ") + sqliteError;
    switch (failure.kind) {
    case Failure::Kind::None:
        return {};
    case Failure::Kind::WrongKey:
        return Error{tr("The key does not open the database file %1.").arg(path),
                     QStringLiteral("wrong-key")};
    case Failure::Kind::Damaged:
        return Error{tr("The database file %1 is damaged or has been tampered with (page %2).")
                         .arg(path)
                         .arg(failure.page),
                     QStringLiteral("damaged: page %1 of %2 (%3)%4")
                         .arg(failure.page)
                         .arg(failure.file, failure.reason, tail)};
    case Failure::Kind::NotEncrypted:
        return Error{tr("The database file %1 is not encrypted, or not a Fieldfile database.").arg(path),
                     QStringLiteral("not-encrypted: %1%2").arg(failure.reason, tail)};
    case Failure::Kind::NoKey:
        return Error{tr("The database file %1 cannot be opened: its key is not known.").arg(path),
                     QStringLiteral("no-key%1").arg(tail)};
    case Failure::Kind::Locked:
        return Error{tr("Fieldfile is locked: the database file %1 cannot be read or written until it is "
                        "unlocked.")
                         .arg(path),
                     QStringLiteral("locked%1").arg(tail)};
    case Failure::Kind::Refused:
        return Error{tr("The database file %1 refused a change that would have stored data unencrypted or "
                        "damaged it.")
                         .arg(path),
                     QStringLiteral("refused: %1 (page %2 of %3)%4")
                         .arg(failure.reason)
                         .arg(failure.page)
                         .arg(failure.file, tail)};
    }
    return {};
}

int EncryptedVfs::refusedTemporaryFiles() { return g_refusedTemporaryFiles.load(); }

qint64 EncryptedVfs::checkpointedFramesStoredAsRead() { return g_framesStoredAsRead.load(); }

void EncryptedVfs::countFrameStoredAsRead() { g_framesStoredAsRead.fetch_add(1, std::memory_order_relaxed); }

} // namespace ff::storage
