// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A checkpoint of an encrypted file (core/storage): when it writes to the database the page it has
// just read from the WAL, the VFS stores the frame's image as it is instead of encrypting the page
// again (EncryptedFile::keepWalFrame). These tests prove that this changes nothing that can be read
// or detected: the file after many writes and checkpoints equals a plain one written the same way;
// a checkpointed page changed on disk, or a WAL frame changed before its checkpoint, is damage;
// page 1 is always encrypted afresh; and a write that is not that page with those bytes (another
// page, other bytes, another page written or another frame read in between, outside a checkpoint
// or after its lock was released) is encrypted as any write. The SIGKILL runs of EncryptionCrashTest.cpp
// checkpoint too.
#include "tests/core/EncryptionTestSupport.h"
#include "tests/support/QtStringMaker.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/db/WriteTransaction.h"
#include "core/storage/EncryptedVfs.h"

#include <QCryptographicHash>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstring>
#include <vector>

using namespace ff;
using storage::EncryptedVfs;

namespace {

constexpr int kPageSize = 4096;
constexpr int kFrameHeader = 24;
constexpr int kWalHeader = 32;

void exec(Database& db, const QString& sql)
{
    Query q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

QString value(Database& db, const QString& sql)
{
    Query q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("ERROR ") + q.lastErrorText();
    return q.value(0).toString();
}

quint32 bigEndian32(const QByteArray& bytes, qsizetype at)
{
    return (quint32(quint8(bytes.at(at))) << 24) | (quint32(quint8(bytes.at(at + 1))) << 16) |
           (quint32(quint8(bytes.at(at + 2))) << 8) | quint32(quint8(bytes.at(at + 3)));
}

/// One frame of a WAL file on disk: where it starts, its page, its stored image.
struct Frame
{
    qsizetype offset = 0;
    quint32 page = 0;
    QByteArray image;
};

/// Every whole frame of the WAL at path, in order.
QList<Frame> framesOf(const QString& walPath)
{
    const QByteArray bytes = test::fileBytes(walPath);
    QList<Frame> frames;
    for (qsizetype at = kWalHeader; at + kFrameHeader + kPageSize <= bytes.size();
         at += kFrameHeader + kPageSize)
        frames.append({at, bigEndian32(bytes, at), bytes.mid(at + kFrameHeader, kPageSize)});
    return frames;
}

/// The newest frame's image of each page: what a checkpoint of the whole log copies.
QMap<quint32, QByteArray> newestImages(const QList<Frame>& frames)
{
    QMap<quint32, QByteArray> images;
    for (const Frame& f : frames)
        images.insert(f.page, f.image);
    return images;
}

QByteArray pageOnDisk(const QString& path, quint32 page)
{
    return test::fileBytes(path).mid(qsizetype(page - 1) * kPageSize, kPageSize);
}

/// Every row of t in id order, hashed.
QByteArray digest(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Query q(db);
    if (!q.exec(QStringLiteral("SELECT id, body FROM t ORDER BY id")))
        return "ERROR " + q.lastErrorText().toUtf8();
    while (q.next()) {
        hash.addData(QByteArray::number(q.value(0).toLongLong()) + ':');
        hash.addData(q.value(1).toString().toUtf8() + '\n');
    }
    return hash.result().toHex();
}

void writeRows(Database& db, int rows, int batches, int bodyLength)
{
    QRandomGenerator random(7);
    Query q(db);
    const int perBatch = std::max(1, rows / batches);
    for (int done = 0; done < rows;) {
        WriteTransaction tx(db);
        REQUIRE(tx.isOpen());
        for (int i = 0; i < perBatch && done < rows; ++i, ++done) {
            REQUIRE(q.prepare(QStringLiteral("INSERT INTO t(body) VALUES(?)")));
            QString body;
            for (int c = 0; c < bodyLength; ++c)
                body += QChar(u'a' + char16_t(random.bounded(26)));
            q.addBindValue(body);
            REQUIRE(q.exec());
        }
        REQUIRE(tx.commit());
    }
}

/// An encrypted test.db in a temporary folder, a table t, its schema checkpointed into the file and
/// automatic checkpoints off, so that what is written next stays in the WAL until a test checkpoints.
struct Fixture
{
    Fixture()
    {
        EncryptedVfs::setKey(path(), test::testKey(3));
        REQUIRE(db.open(path()));
        REQUIRE(db.isEncrypted());
        exec(db, QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
        exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        exec(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    }
    QString path() const { return dir.filePath(QStringLiteral("test.db")); }
    QString wal() const { return EncryptedVfs::walPath(path()); }

    test::ForgetKeysAtEnd forget;
    QTemporaryDir dir;
    Database db;
};

/// The VFS's file of an open connection's database (SQLITE_FCNTL_FILE_POINTER) or WAL
/// (SQLITE_FCNTL_JOURNAL_POINTER).
sqlite3_file* fileOf(Database& db, int op)
{
    sqlite3_file* file = nullptr;
    REQUIRE(sqlite3_file_control(db.handle(), "main", op, &file) == SQLITE_OK);
    REQUIRE(file != nullptr);
    REQUIRE(file->pMethods != nullptr);
    return file;
}

} // namespace

TEST_CASE("a checkpoint stores each copied frame's image as it is, and page 1 encrypted afresh",
          "[encryption][checkpoint]")
{
    Fixture t;
    writeRows(t.db, 3000, 6, 150); // the file grows, so page 1 (its size in the header) is in the WAL
    const QByteArray expected = digest(t.db);
    const QMap<quint32, QByteArray> images = newestImages(framesOf(t.wal()));
    REQUIRE(images.contains(1));
    REQUIRE(images.size() > 100);

    const qint64 before = EncryptedVfs::checkpointedFramesStoredAsRead();
    REQUIRE(value(t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) == QStringLiteral("0"));
    CHECK(EncryptedVfs::checkpointedFramesStoredAsRead() - before == images.size() - 1);

    const QByteArray file = test::fileBytes(t.path());
    int same = 0;
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        const QByteArray onDisk = file.mid(qsizetype(it.key() - 1) * kPageSize, kPageSize);
        INFO("page " << it.key());
        if (it.key() == 1) {
            CHECK(onDisk != it.value());
            // A fresh nonce (the 24 bytes before the tag, at the end of the page).
            CHECK(onDisk.mid(kPageSize - 40, 24) != it.value().mid(kPageSize - 40, 24));
        } else {
            CHECK(onDisk == it.value());
            same += onDisk == it.value() ? 1 : 0;
        }
    }
    CHECK(same == images.size() - 1);

    // What the file holds reads back whole, on a new connection, from the file alone.
    t.db.close();
    REQUIRE(test::fileBytes(t.wal()).isEmpty());
    Database again;
    REQUIRE(again.open(t.path()));
    CHECK(value(again, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    CHECK(value(again, QStringLiteral("SELECT count(*) FROM t")) == QStringLiteral("3000"));
    CHECK(digest(again) == expected);
}

TEST_CASE("after many writes and checkpoints an encrypted file holds what a plain one written the same way "
          "holds",
          "[encryption][checkpoint]")
{
    test::ForgetKeysAtEnd forget;
    QTemporaryDir dir;
    const QString paths[2] = {dir.filePath(QStringLiteral("plain.db")),
                              dir.filePath(QStringLiteral("encrypted.db"))};
    EncryptedVfs::setKey(paths[1], test::testKey(4));
    Database writer[2], reader[2];
    for (int e = 0; e < 2; ++e) {
        REQUIRE(writer[e].open(paths[e]));
        REQUIRE(writer[e].isEncrypted() == (e == 1));
        REQUIRE(reader[e].open(paths[e]));
        exec(writer[e], QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
        exec(writer[e], QStringLiteral("CREATE INDEX t_body ON t(substr(body, 1, 12))"));
        // Small automatic checkpoints, so that they run often, between the explicit ones below.
        exec(writer[e], QStringLiteral("PRAGMA wal_autocheckpoint = 24"));
    }
    const qint64 before = EncryptedVfs::checkpointedFramesStoredAsRead();
    static const char* const modes[] = {"PASSIVE", "FULL", "RESTART", "TRUNCATE"};
    QRandomGenerator random(20261205);
    qint64 highestId = 0;
    int readerSince = -1;
    for (int tx = 0; tx < 400; ++tx) {
        // The same operations on both files: inserts (some bodies over a page, into overflow
        // pages), updates and deletes of earlier rows.
        struct Op
        {
            int kind;
            qint64 id;
            QString body;
        };
        QList<Op> ops;
        const int n = 1 + int(random.bounded(30));
        for (int i = 0; i < n; ++i) {
            const int kind = highestId == 0 ? 0 : int(random.bounded(10));
            const int length =
                random.bounded(20) == 0 ? 3000 + int(random.bounded(6000)) : 10 + int(random.bounded(400));
            QString body;
            body.reserve(length);
            for (int c = 0; c < length; ++c)
                body += QChar(u'a' + char16_t(random.bounded(26)));
            if (kind < 6) {
                ops.append({0, ++highestId, body});
            } else {
                ops.append({kind < 9 ? 1 : 2, 1 + qint64(random.bounded(quint64(highestId))), body});
            }
        }
        for (int e = 0; e < 2; ++e) {
            WriteTransaction w(writer[e]);
            REQUIRE(w.isOpen());
            Query q(writer[e]);
            for (const Op& op : std::as_const(ops)) {
                if (op.kind == 0)
                    REQUIRE(q.prepare(QStringLiteral("INSERT INTO t(id, body) VALUES(?, ?)")));
                else if (op.kind == 1)
                    REQUIRE(q.prepare(QStringLiteral("UPDATE t SET body = ?2 WHERE id = ?1")));
                else
                    REQUIRE(q.prepare(QStringLiteral("DELETE FROM t WHERE id = ?1 AND ?2 IS NOT NULL")));
                q.addBindValue(op.id);
                q.addBindValue(op.body);
                REQUIRE(q.exec());
            }
            REQUIRE(w.commit());
        }
        // A reader holding an old snapshot now and then, so that checkpoints stop short of the
        // end of the log and the log wraps around later.
        if (tx % 37 == 5) {
            for (int e = 0; e < 2; ++e)
                REQUIRE(sqlite3_exec(reader[e].handle(), "BEGIN; SELECT count(*) FROM t;", nullptr, nullptr,
                                     nullptr) == SQLITE_OK);
            readerSince = tx;
        } else if (readerSince >= 0 && tx - readerSince == 11) {
            for (int e = 0; e < 2; ++e)
                REQUIRE(sqlite3_exec(reader[e].handle(), "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
            readerSince = -1;
        }
        if (tx % 50 == 49) {
            // While the reader holds its snapshot, only a passive checkpoint (the others would wait
            // for it).
            const QString mode = QString::fromLatin1(readerSince >= 0 ? "PASSIVE" : modes[(tx / 50) % 4]);
            for (int e = 0; e < 2; ++e)
                (void)value(writer[e], QStringLiteral("PRAGMA wal_checkpoint(%1)").arg(mode));
        }
        if (tx % 40 == 0)
            REQUIRE(digest(writer[1]) == digest(writer[0]));
    }
    if (readerSince >= 0) {
        for (int e = 0; e < 2; ++e)
            REQUIRE(sqlite3_exec(reader[e].handle(), "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    const QByteArray expected = digest(writer[0]);
    CHECK(digest(writer[1]) == expected);
    CHECK(digest(reader[1]) == expected);
    CHECK(EncryptedVfs::checkpointedFramesStoredAsRead() - before > 500);
    CHECK(value(writer[1], QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));

    // Everything folded into the file, then read from the file alone on a new connection.
    REQUIRE(value(writer[1], QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) == QStringLiteral("0"));
    for (int e = 0; e < 2; ++e) {
        reader[e].close();
        writer[e].close();
    }
    Database again;
    REQUIRE(again.open(paths[1]));
    CHECK(value(again, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    CHECK(digest(again) == expected);
}

TEST_CASE("a checkpointed page changed on disk, or a frame changed before its checkpoint, is damage",
          "[encryption][checkpoint][tamper]")
{
    Fixture t;
    writeRows(t.db, 2000, 4, 200);
    const QMap<quint32, QByteArray> images = newestImages(framesOf(t.wal()));
    REQUIRE(images.size() > 50);
    // A leaf page of t in the middle of the log.
    const quint32 page = images.keys().at(images.size() / 2);
    REQUIRE(page != 1);

    SECTION("a page changed on disk after its frame's image was stored as it is")
    {
        REQUIRE(value(t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) == QStringLiteral("0"));
        t.db.close();
        QByteArray file = test::fileBytes(t.path());
        const qsizetype at = qsizetype(page - 1) * kPageSize;
        REQUIRE(file.mid(at, kPageSize) == images.value(page)); // stored as the frame was
        file[at + 700] = char(file.at(at + 700) ^ 0x10);
        REQUIRE(test::writeFileBytes(t.path(), file));
        REQUIRE(t.db.open(t.path()));
        Query q(t.db);
        CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*), sum(length(body)) FROM t")));
        const Error e = t.db.storageError();
        INFO(e.message.toStdString() << " / " << e.detail.toStdString());
        CHECK(e.message.endsWith(QStringLiteral("(page %1).").arg(page)));
        CHECK(e.detail.startsWith(QStringLiteral("damaged: page %1 ").arg(page)));
    }
    SECTION("the newest frame of a page changed in the WAL before the checkpoint reads it")
    {
        const QList<Frame> frames = framesOf(t.wal());
        qsizetype newest = -1;
        for (const Frame& f : frames)
            newest = f.page == page ? f.offset : newest;
        REQUIRE(newest > 0);
        const QByteArray pageBefore = pageOnDisk(t.path(), page);
        QByteArray wal = test::fileBytes(t.wal());
        wal[newest + kFrameHeader + 900] = char(wal.at(newest + kFrameHeader + 900) ^ 0x02);
        const QByteArray changedImage = wal.mid(newest + kFrameHeader, kPageSize);
        REQUIRE(test::writeFileBytes(t.wal(), wal));
        // The connection that wrote the log checkpoints it: it reads every frame it copies from the
        // WAL file, and the changed one does not authenticate.
        const qint64 before = EncryptedVfs::checkpointedFramesStoredAsRead();
        const QString result = value(t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        INFO(result.toStdString());
        CHECK(result.startsWith(QStringLiteral("ERROR")));
        const Error e = t.db.storageError();
        INFO(e.message.toStdString() << " / " << e.detail.toStdString());
        CHECK(e.detail.startsWith(QStringLiteral("damaged: page %1 ").arg(page)));
        CHECK(e.detail.contains(QStringLiteral("test.db-ffwal")));
        // The changed image was not copied; pages before it in the checkpoint's order (by page
        // number) may have been, each as the frame was stored.
        const QByteArray pageAfter = pageOnDisk(t.path(), page);
        CHECK(pageAfter != changedImage);
        CHECK(pageAfter == pageBefore);
        CHECK(EncryptedVfs::checkpointedFramesStoredAsRead() - before < images.size() - 1);
    }
}

TEST_CASE("a database write that is not the page just read from the WAL, with its bytes, is encrypted "
          "afresh",
          "[encryption][checkpoint]")
{
    Fixture t;
    // Rows in the file, then changed and added to in the log (the file grows: page 1 is in it too).
    writeRows(t.db, 2000, 4, 200);
    REQUIRE(value(t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) == QStringLiteral("0"));
    exec(t.db, QStringLiteral("UPDATE t SET body = upper(body) WHERE id % 3 = 0"));
    writeRows(t.db, 500, 1, 200);
    const QByteArray expected = digest(t.db);
    const QList<Frame> frames = framesOf(t.wal());
    const QMap<quint32, QByteArray> images = newestImages(frames);
    REQUIRE(images.contains(1));
    REQUIRE(images.size() > 50);
    // Two pages that are in the database file and have frames in the log, neither page 1.
    const qint64 pagesInFile = test::fileBytes(t.path()).size() / kPageSize;
    REQUIRE(pagesInFile >= 3);
    QList<quint32> inBoth;
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        if (it.key() != 1 && it.key() <= pagesInFile)
            inBoth.append(it.key());
    }
    REQUIRE(inBoth.size() >= 2);
    const quint32 a = inBoth.at(0);
    const quint32 b = inBoth.at(1);
    auto newestFrame = [&](quint32 page) {
        Frame newest;
        for (const Frame& f : frames)
            newest = f.page == page ? f : newest;
        return newest;
    };
    const Frame frameA = newestFrame(a);
    const Frame frameB = newestFrame(b);
    const Frame frame1 = newestFrame(1);

    // The connection's own files, driven as a checkpoint drives them: under the wal-index's
    // checkpoint lock (WAL_CKPT_LOCK, 1, exclusive), a page read from the WAL (the page alone, at
    // its offset in the frame), then written to the database.
    sqlite3_file* database = fileOf(t.db, SQLITE_FCNTL_FILE_POINTER);
    sqlite3_file* wal = fileOf(t.db, SQLITE_FCNTL_JOURNAL_POINTER);
    auto checkpointLock = [&](bool take) {
        REQUIRE(database->pMethods->xShmLock(database, 1, 1,
                                             (take ? SQLITE_SHM_LOCK : SQLITE_SHM_UNLOCK) |
                                                 SQLITE_SHM_EXCLUSIVE) == SQLITE_OK);
    };
    auto readFrame = [&](const Frame& f) {
        std::vector<unsigned char> plain(kPageSize);
        REQUIRE(wal->pMethods->xRead(wal, plain.data(), kPageSize, f.offset + kFrameHeader) == SQLITE_OK);
        return plain;
    };
    auto readPage = [&](quint32 page) {
        std::vector<unsigned char> plain(kPageSize);
        REQUIRE(database->pMethods->xRead(database, plain.data(), kPageSize,
                                          sqlite3_int64(page - 1) * kPageSize) == SQLITE_OK);
        return plain;
    };
    auto writePage = [&](quint32 page, const std::vector<unsigned char>& plain) {
        REQUIRE(database->pMethods->xWrite(database, plain.data(), kPageSize,
                                           sqlite3_int64(page - 1) * kPageSize) == SQLITE_OK);
    };
    // What the database file holds now, put back after each case (the log still has the newest).
    const std::vector<unsigned char> originalA = readPage(a);
    const std::vector<unsigned char> originalB = readPage(b);
    const std::vector<unsigned char> original1 = readPage(1);
    const std::vector<unsigned char> plainA = readFrame(frameA);
    const std::vector<unsigned char> plainB = readFrame(frameB);
    REQUIRE(plainA != originalA); // the log changed the page
    auto restore = [&] {
        writePage(a, originalA);
        writePage(b, originalB);
        writePage(1, original1);
    };

    // The control: in a checkpoint, the page just read, with its bytes, is stored as the frame's
    // image.
    checkpointLock(true);
    (void)readFrame(frameA);
    writePage(a, plainA);
    CHECK(pageOnDisk(t.path(), a) == frameA.image);
    CHECK(readPage(a) == plainA);
    restore();

    SECTION("another page with the same bytes")
    {
        (void)readFrame(frameA);
        writePage(b, plainA);
        const QByteArray stored = pageOnDisk(t.path(), b);
        CHECK(stored != frameA.image);
        CHECK(readPage(b) == plainA); // authenticated as page b: encrypted for it
    }
    SECTION("the same page with one byte changed")
    {
        std::vector<unsigned char> changed = plainA;
        changed[2000] = static_cast<unsigned char>(changed[2000] ^ 0x01);
        (void)readFrame(frameA);
        writePage(a, changed);
        CHECK(pageOnDisk(t.path(), a) != frameA.image);
        CHECK(readPage(a) == changed);
    }
    SECTION("another page written between the read and the write")
    {
        (void)readFrame(frameA);
        writePage(b, originalB);
        writePage(a, plainA);
        CHECK(pageOnDisk(t.path(), a) != frameA.image);
        CHECK(readPage(a) == plainA);
    }
    SECTION("another frame read between the read and the write")
    {
        (void)readFrame(frameA);
        (void)readFrame(frameB);
        writePage(a, plainA);
        CHECK(pageOnDisk(t.path(), a) != frameA.image);
        CHECK(readPage(a) == plainA);
        // The frame read last is the one kept (and any database write forgets it).
        (void)readFrame(frameA);
        (void)readFrame(frameB);
        writePage(b, plainB);
        CHECK(pageOnDisk(t.path(), b) == frameB.image);
        CHECK(readPage(b) == plainB);
    }
    SECTION("the page written twice after one read")
    {
        (void)readFrame(frameA);
        writePage(a, plainA);
        CHECK(pageOnDisk(t.path(), a) == frameA.image);
        writePage(a, plainA);
        CHECK(pageOnDisk(t.path(), a) != frameA.image);
        CHECK(readPage(a) == plainA);
    }
    SECTION("outside a checkpoint (a query reading the WAL), nothing is kept")
    {
        checkpointLock(false);
        (void)readFrame(frameA);
        writePage(a, plainA);
        CHECK(pageOnDisk(t.path(), a) != frameA.image);
        CHECK(readPage(a) == plainA);
        checkpointLock(true);
    }
    SECTION("the checkpoint lock released between the read and the write")
    {
        (void)readFrame(frameA);
        checkpointLock(false);
        checkpointLock(true);
        writePage(a, plainA);
        CHECK(pageOnDisk(t.path(), a) != frameA.image);
        CHECK(readPage(a) == plainA);
    }
    SECTION("page 1, read from the WAL and written back")
    {
        const std::vector<unsigned char> plain1 = readFrame(frame1);
        writePage(1, plain1);
        CHECK(pageOnDisk(t.path(), 1) != frame1.image);
        CHECK(readPage(1) == plain1);
    }
    restore();
    checkpointLock(false);
    for (const quint32 page : {a, b, quint32(1)})
        REQUIRE(readPage(page) == (page == a ? originalA : page == b ? originalB : original1));

    // Nothing of this reached what SQLite reads: the log still has the newest pages, and its
    // checkpoint makes the file whole.
    CHECK(digest(t.db) == expected);
    REQUIRE(value(t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) == QStringLiteral("0"));
    CHECK(value(t.db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    t.db.close();
    Database again;
    REQUIRE(again.open(t.path()));
    CHECK(value(again, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    CHECK(digest(again) == expected);
}
