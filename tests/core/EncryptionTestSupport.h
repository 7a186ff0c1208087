// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the encryption tests: keys, canary scans of a folder's bytes, crash snapshots of a
// database's files, and a connection on SQLite's C API (for what ff::Database does not allow:
// other VFSs, other pragmas).
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/storage/EncryptedVfs.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

namespace ff::test {

/// A 32-byte key filled from `seed` (different seeds, different keys).
inline crypto::SecretBytes testKey(unsigned char seed)
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char(seed * 31 + i * 7 + 1);
    return crypto::SecretBytes::copyOf(bytes.constData(), int(bytes.size()));
}

inline QByteArray keyHex(const crypto::SecretBytes& key)
{
    return QByteArray(reinterpret_cast<const char*>(key.data()), key.size()).toHex();
}

/// Forgets every registered key when the test ends, whatever it registered.
struct ForgetKeysAtEnd
{
    ForgetKeysAtEnd() { storage::EncryptedVfs::forgetAllKeys(); }
    ~ForgetKeysAtEnd() { storage::EncryptedVfs::forgetAllKeys(); }
};

/// How often each canary occurs in each file of `dir` (recursively, every byte): only files with hits.
inline QMap<QString, int> canaryHits(const QString& dir, const QList<QByteArray>& canaries)
{
    QMap<QString, int> hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        int n = 0;
        for (const QByteArray& canary : canaries)
            n += int(bytes.count(canary));
        if (n > 0)
            hits.insert(QFileInfo(path).fileName(), n);
    }
    return hits;
}

inline int totalHits(const QMap<QString, int>& hits)
{
    int n = 0;
    for (int h : hits)
        n += h;
    return n;
}

/// Copies every file of `from` whose name starts with `prefix` into `to` (made if needed): what a
/// crash at this moment would leave on the disk, as long as nothing writes during the copy.
inline void snapshotFiles(const QString& from, const QString& to, const QString& prefix)
{
    QDir().mkpath(to);
    const QStringList names = QDir(from).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        if (!name.startsWith(prefix))
            continue;
        QFile::remove(QDir(to).filePath(name));
        QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name));
    }
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFileBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// A connection on SQLite's C API, closed with the scope.
class RawConnection
{
public:
    RawConnection(const QString& uriOrPath, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                  const char* vfs = nullptr)
    {
        m_rc = sqlite3_open_v2(uriOrPath.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_URI, vfs);
    }
    ~RawConnection() { close(); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    int openResult() const { return m_rc; }
    sqlite3* handle() const { return m_db; }
    int close()
    {
        const int rc = m_db ? sqlite3_close(m_db) : SQLITE_OK;
        m_db = nullptr;
        return rc;
    }
    /// Runs every statement of sql; the result code of the first that fails (SQLITE_OK if none).
    int exec(const QString& sql)
    {
        return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    }
    /// The first column of the first row as text, or "ERROR <code>: <message>".
    QString value(const QString& sql)
    {
        sqlite3_stmt* statement = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr);
        QString out;
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW)
                out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE && rc != SQLITE_OK)
            out = QStringLiteral("ERROR %1: %2").arg(rc).arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(statement);
        return out;
    }
    /// The extended result code of the last failure.
    int lastError() const { return m_db ? sqlite3_extended_errcode(m_db) : m_rc; }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace ff::test
