// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PlainFileEncryptor.h"

#include "core/crypto/PageCipher.h"
#include "core/storage/EncryptedVfs.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStringList>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <vector>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ff::storage {

namespace {

using crypto::PageCipher;

/// Serializes encryptInPlace and recover inside the process; the lock file does it across processes.
std::mutex g_mutex;

QString lockPath(const QString& path) { return path + QStringLiteral(".encrypting.lock"); }

/// Takes the lock that keeps two processes from encrypting or recovering `path` at once. It is
/// stale only when its process is gone, however long that works (QLockFile reads the owner's id
/// from the file) — except a lock file with no owner in it: a process killed between creating
/// the file and writing its id left it, and nothing would ever remove it. A live process writes
/// its id at once, so such a file, empty and ten seconds old (well over any stall, and over the
/// two-second timestamps of a FAT stick), is an orphan and is taken over.
bool takeLock(QLockFile& lock, const QString& lockFile)
{
    lock.setStaleLockTime(0);
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (lock.tryLock(100))
            return true;
        if (lock.error() != QLockFile::LockFailedError || waited.elapsed() > 30000)
            return false;
        qint64 pid = 0;
        QString host;
        QString app;
        const QFileInfo file(lockFile);
        if (!lock.getLockInfo(&pid, &host, &app) && file.exists() && file.size() == 0 &&
            file.lastModified().msecsTo(QDateTime::currentDateTime()) > 10000)
            QFile::remove(lockFile);
    }
}

QByteArray nativePath(const QString& path) { return QFile::encodeName(path); }

bool fsyncPath(const QString& path, bool directory)
{
    const int fd = ::open(nativePath(path).constData(), (directory ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool fsyncFolderOf(const QString& path) { return fsyncPath(QFileInfo(path).absolutePath(), true); }

bool writeZeros(int fd, qint64 from, qint64 to)
{
    static const std::vector<char> zeros(1 << 20, 0);
    for (qint64 at = from; at < to;) {
        const auto n = size_t(std::min<qint64>(qint64(zeros.size()), to - at));
        const ssize_t written = ::pwrite(fd, zeros.data(), n, at);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        at += written;
    }
    return true;
}

/// Overwrites the file with zeros, makes that durable, then unlinks it. The first 4 KiB go first
/// and alone: a WAL (or database) whose header is gone can never be read as a shorter valid one.
bool scrubFile(const QString& path)
{
    const int fd = ::open(nativePath(path).constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return errno == ENOENT;
    struct stat info;
    bool ok = ::fstat(fd, &info) == 0;
    const qint64 size = ok ? qint64(info.st_size) : 0;
    const qint64 head = std::min<qint64>(size, 4096);
    ok = ok && writeZeros(fd, 0, head) && ::fdatasync(fd) == 0;
    ok = ok && writeZeros(fd, head, size) && ::fdatasync(fd) == 0;
    ::close(fd);
    ok = ok && ::unlink(nativePath(path).constData()) == 0;
    return ok && fsyncFolderOf(path);
}

/// The files SQLite may have beside a database opened through the VFS.
QStringList encryptedFileSet(const QString& path)
{
    return {path, EncryptedVfs::walPath(path), path + QStringLiteral("-shm"),
            path + QStringLiteral("-journal")};
}

void removeEncryptedFileSet(const QString& path)
{
    for (const QString& file : encryptedFileSet(path))
        QFile::remove(file);
}

bool renameDurably(const QString& from, const QString& to)
{
    return ::rename(nativePath(from).constData(), nativePath(to).constData()) == 0 && fsyncFolderOf(to);
}

/// One connection opened with the C API, closed with the scope.
class Connection
{
public:
    Connection(const QString& uri, int flags, const char* vfs)
    {
        if (sqlite3_open_v2(uri.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_URI, vfs) != SQLITE_OK) {
            m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
            sqlite3_close(m_db);
            m_db = nullptr;
        } else {
            sqlite3_busy_timeout(m_db, 5000);
        }
    }
    ~Connection() { close(); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }
    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_error; }
    bool close()
    {
        const bool ok = !m_db || sqlite3_close(m_db) == SQLITE_OK;
        m_db = nullptr;
        return ok;
    }

    bool exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    /// The first row of a query as text, column by column; empty on error.
    QStringList row(const QString& sql, const QString& bind = {})
    {
        sqlite3_stmt* statement = nullptr;
        QStringList values;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
            return values;
        const QByteArray bound = bind.toUtf8();
        if (!bind.isNull())
            sqlite3_bind_text(statement, 1, bound.constData(), int(bound.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(statement); ++i)
                values << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, i)));
        } else if (rc == SQLITE_DONE) {
            values << QString(); // ran, no row
        }
        sqlite3_finalize(statement);
        return values;
    }
    /// Every table and its row count, as "name=count" lines: what a copy must hold too.
    QString tableCounts()
    {
        QStringList tables;
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(
                m_db,
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name",
                -1, &statement, nullptr) != SQLITE_OK)
            return {};
        while (sqlite3_step(statement) == SQLITE_ROW)
            tables << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        QString out = QStringLiteral("");
        for (const QString& table : std::as_const(tables)) {
            QString quoted = table;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            const QStringList count = row(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted));
            if (count.isEmpty())
                return {};
            out += table + QLatin1Char('=') + count.value(0) + QLatin1Char('\n');
        }
        return out;
    }

private:
    sqlite3* m_db = nullptr;
    QString m_error;
};

QString plainUri(const QString& path)
{
    return QStringLiteral("file:") +
           QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"));
}

/// The steps of recover(), with the locks held.
Status recoverLocked(const QString& path)
{
    const QString pending = PlainFileEncryptor::pendingPath(path);
    const QString aside = PlainFileEncryptor::asidePath(path);
    const bool hasAside = QFileInfo::exists(aside);
    if (hasAside && !QFileInfo::exists(path)) {
        if (EncryptedVfs::isEncryptedFile(pending)) {
            // Past the point of no return: the copy was complete and checked before the plain
            // file was moved aside. Finish.
            if (!renameDurably(pending, path))
                return Error{
                    PlainFileEncryptor::tr("Could not finish encrypting the database file %1.").arg(path),
                    QStringLiteral("rename %1: %2").arg(pending, QString::fromLocal8Bit(strerror(errno)))};
        } else {
            // No finished copy: put the plain file back.
            if (!renameDurably(aside, path))
                return Error{
                    PlainFileEncryptor::tr("Could not restore the database file %1.").arg(path),
                    QStringLiteral("rename %1: %2").arg(aside, QString::fromLocal8Bit(strerror(errno)))};
            removeEncryptedFileSet(pending);
            return Status::ok();
        }
    }
    if (QFileInfo::exists(aside) && EncryptedVfs::isEncryptedFile(path)) {
        if (!scrubFile(aside))
            return Error{PlainFileEncryptor::tr("Could not remove the unencrypted copy %1.").arg(aside),
                         QString::fromLocal8Bit(strerror(errno))};
    }
    if (EncryptedVfs::isEncryptedFile(path)) {
        // The encrypted file's WAL is -ffwal: a -wal beside it is the plain file's.
        if (!scrubFile(path + QStringLiteral("-wal")))
            return Error{PlainFileEncryptor::tr("Could not remove the unencrypted copy %1.")
                             .arg(path + QStringLiteral("-wal")),
                         QString::fromLocal8Bit(strerror(errno))};
    }
    // An unfinished copy beside the plain file (or a finished one's leftovers): encrypted, so
    // removing is enough.
    removeEncryptedFileSet(pending);
    return Status::ok();
}

} // namespace

QString PlainFileEncryptor::pendingPath(const QString& path) { return path + QStringLiteral(".encrypting"); }

QString PlainFileEncryptor::asidePath(const QString& path) { return path + QStringLiteral(".plain"); }

bool PlainFileEncryptor::scrub(const QString& path) { return scrubFile(path); }

bool PlainFileEncryptor::isPlain(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = file.read(qint64(PageCipher::kSqliteMagic.size()));
    return magic.size() == qsizetype(PageCipher::kSqliteMagic.size()) &&
           std::memcmp(magic.constData(), PageCipher::kSqliteMagic.data(), PageCipher::kSqliteMagic.size()) ==
               0;
}

bool PlainFileEncryptor::isInterrupted(const QString& path)
{
    return QFileInfo::exists(pendingPath(path)) || QFileInfo::exists(asidePath(path));
}

Status PlainFileEncryptor::recover(const QString& path)
{
    if (!isInterrupted(path))
        return Status::ok();
    std::lock_guard processLock(g_mutex);
    QLockFile fileLock(lockPath(path));
    if (!takeLock(fileLock, lockPath(path)))
        return Error{tr("The database file %1 is being encrypted by another program.").arg(path),
                     QStringLiteral("lock %1 held").arg(lockPath(path))};
    return recoverLocked(path);
}

Status PlainFileEncryptor::encryptInPlace(const QString& path, const crypto::SecretBytes& key)
{
    if (Status installed = EncryptedVfs::install(); !installed)
        return installed;
    if (key.isNull() || key.size() != PageCipher::kKeyBytes)
        return Error{tr("The database file %1 could not be encrypted.").arg(path),
                     QStringLiteral("the key must be %1 bytes").arg(PageCipher::kKeyBytes)};

    std::lock_guard processLock(g_mutex);
    QLockFile fileLock(lockPath(path));
    if (!takeLock(fileLock, lockPath(path)))
        return Error{tr("The database file %1 is being encrypted by another program.").arg(path),
                     QStringLiteral("lock %1 held").arg(lockPath(path))};
    if (Status recovered = recoverLocked(path); !recovered)
        return recovered;
    if (!QFileInfo::exists(path))
        return Error{tr("The database file %1 does not exist.").arg(path), {}};
    if (!isPlain(path)) {
        if (EncryptedVfs::isEncryptedFile(path))
            return Status::ok();
        return Error{tr("The file %1 is not a Fieldfile database.").arg(path),
                     QStringLiteral("no SQLite header")};
    }

    const QString pending = pendingPath(path);
    const QString aside = asidePath(path);
    const auto failed = [&](const QString& detail) {
        return Error{tr("The database file %1 could not be encrypted. It is unchanged.").arg(path), detail};
    };
    removeEncryptedFileSet(pending);
    EncryptedVfs::setKey(pending, key);
    struct Forget
    {
        QString path;
        ~Forget() { EncryptedVfs::forgetKey(path); }
    } forget{pending};

    QString counts;
    QString schemaVersion;
    {
        // 1. The plain file, its WAL recovered and checkpointed into it, locked against everyone.
        Connection source(plainUri(path), SQLITE_OPEN_READWRITE, "unix");
        if (!source.isOpen())
            return failed(source.error());
        if (!source.exec("PRAGMA locking_mode = EXCLUSIVE") || !source.exec("PRAGMA temp_store = MEMORY") ||
            !source.exec("PRAGMA synchronous = FULL") || !source.exec("BEGIN EXCLUSIVE") ||
            !source.exec("COMMIT"))
            return failed(QStringLiteral("lock: ") + source.error());
        const QStringList mode = source.row(QStringLiteral("PRAGMA journal_mode"));
        if (mode.value(0) == QStringLiteral("wal")) {
            // Keep the log after the connection closes, to overwrite it rather than only unlink it.
            int persist = 1;
            sqlite3_file_control(source.handle(), "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
            const QStringList checkpoint = source.row(QStringLiteral("PRAGMA wal_checkpoint(FULL)"));
            if (checkpoint.size() != 3 || checkpoint.at(0) != QStringLiteral("0") ||
                checkpoint.at(1) != checkpoint.at(2))
                return failed(QStringLiteral("checkpoint: %1 %2")
                                  .arg(checkpoint.join(QLatin1Char(' ')), source.error()));
        }
        counts = source.tableCounts();
        schemaVersion = source.row(QStringLiteral("PRAGMA user_version")).value(0);
        if (counts.isNull() || schemaVersion.isEmpty())
            return failed(QStringLiteral("read: ") + source.error());

        // 2. The encrypted copy: the source asks for the reserve the copy's pages need.
        int reserve = PageCipher::kReserveBytes;
        sqlite3_file_control(source.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        if (source.row(QStringLiteral("VACUUM INTO ?"), EncryptedVfs::uri(pending)).isEmpty()) {
            const QString detail = QStringLiteral("VACUUM INTO: ") + source.error();
            removeEncryptedFileSet(pending);
            return failed(detail);
        }
        if (!source.close())
            return failed(QStringLiteral("close: ") + source.error());
    }

    // 3. The copy durable and checked before anything is given up.
    if (!fsyncPath(pending, false) || !fsyncFolderOf(pending)) {
        removeEncryptedFileSet(pending);
        return failed(QStringLiteral("fsync: ") + QString::fromLocal8Bit(strerror(errno)));
    }
    {
        Connection copy(EncryptedVfs::uri(pending), SQLITE_OPEN_READWRITE, nullptr);
        const QString check =
            copy.isOpen() ? copy.row(QStringLiteral("PRAGMA quick_check")).value(0) : QString();
        const QString copyCounts = copy.isOpen() ? copy.tableCounts() : QString();
        const QString copyVersion =
            copy.isOpen() ? copy.row(QStringLiteral("PRAGMA user_version")).value(0) : QString();
        const QString error = copy.error();
        const bool closed = copy.close();
        if (check != QStringLiteral("ok") || copyCounts != counts || copyVersion != schemaVersion ||
            !closed) {
            removeEncryptedFileSet(pending);
            return failed(QStringLiteral("the copy does not match: %1 (%2)").arg(check, error));
        }
        QFile::remove(pending + QStringLiteral("-shm"));
        if (QFileInfo::exists(EncryptedVfs::walPath(pending))) {
            removeEncryptedFileSet(pending);
            return failed(QStringLiteral("the copy kept a WAL"));
        }
    }

    // 4. The plain file holds everything: its log and wal-index go (the log overwritten first).
    if (!scrubFile(path + QStringLiteral("-wal")))
        return failed(QStringLiteral("scrub -wal: ") + QString::fromLocal8Bit(strerror(errno)));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));

    // 5. The switch. After the first rename, recover() finishes rather than rolls back.
    if (!renameDurably(path, aside))
        return failed(QStringLiteral("rename: ") + QString::fromLocal8Bit(strerror(errno)));
    if (!renameDurably(pending, path)) {
        const QString detail = QStringLiteral("rename: ") + QString::fromLocal8Bit(strerror(errno));
        if (Status recovered = recoverLocked(path); !recovered)
            return recovered;
        return failed(detail);
    }

    // 6. The plaintext goes.
    if (!scrubFile(aside))
        return Error{
            tr("The database file %1 is encrypted, but its unencrypted copy %2 could not be removed.")
                .arg(path, aside),
            QString::fromLocal8Bit(strerror(errno))};
    return Status::ok();
}

} // namespace ff::storage
