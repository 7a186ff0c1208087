// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted database file (core/storage): the page cipher, the VFS's guard rails, what is on
// the disk, wrong keys, tampering, foreign openers, temp files, FTS5, in-place encryption and the
// states a crash leaves it in. The SIGKILL runs are in EncryptionCrashTest.cpp.
#include "tests/core/EncryptionTestSupport.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/crypto/PageCipher.h"
#include "core/db/Database.h"
#include "core/db/Migrations.h"
#include "core/db/Query.h"
#include "core/db/WriteTransaction.h"
#include "core/model/ResidentId.h"
#include "core/records/HouseholdRepository.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/PlainFileEncryptor.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace ff;
using storage::EncryptedVfs;
using storage::PlainFileEncryptor;
using test::RawConnection;

namespace {

const QString kCanaryName = QStringLiteral("欧阳碧莲");
const QString kCanaryPhone = QStringLiteral("13977665544");
const QString kCanaryNote = QStringLiteral("CANARY grandmother needs insulin every morning");

QString canaryId()
{
    const QString first17 = QStringLiteral("37132119800521442");
    return first17 + ResidentId::checkDigit(first17);
}

QList<QByteArray> canaries()
{
    return {kCanaryName.toUtf8(), canaryId().toUtf8(), kCanaryNote.toUtf8(), kCanaryPhone.toUtf8()};
}

/// A temporary folder with test.db in it, its key registered (or not), and a connection.
struct Fixture
{
    explicit Fixture(bool encrypted = true, unsigned char keySeed = 1)
    {
        if (encrypted)
            EncryptedVfs::setKey(path(), test::testKey(keySeed));
    }
    QString path() const { return dir.filePath(QStringLiteral("test.db")); }
    Status open() { return db.open(path()); }

    test::ForgetKeysAtEnd forget;
    QTemporaryDir dir;
    Database db;
};

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

qint64 count(Database& db, const QString& table)
{
    return value(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

/// A household through the real repository (head with the canary name, ID and phone), and notes
/// through Query: what a caseworker's laptop holds.
void writeCanaries(Database& db, int notes = 300)
{
    HouseholdRepository repo(db, test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold(kCanaryName);
    const QString id = canaryId();
    file.members[0].insert(QStringLiteral("id_number"), id);
    file.members[0].insert(QStringLiteral("birth_date"), ResidentId::birthDate(id).toString(Qt::ISODate));
    file.members[0].insert(QStringLiteral("sex"), ResidentId::sex(id) == QLatin1Char('M')
                                                      ? QStringLiteral("male")
                                                      : QStringLiteral("female"));
    file.members.removeLast();
    file.household.insert(QStringLiteral("phone"), kCanaryPhone);
    const Status saved = repo.save(file);
    INFO(saved.error().message.toStdString() << " " << saved.error().detail.toStdString());
    REQUIRE(saved);
    exec(db, QStringLiteral(
                 "CREATE TABLE IF NOT EXISTS note_canary(id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
    WriteTransaction tx(db);
    REQUIRE(tx.isOpen());
    Query q(db);
    for (int i = 0; i < notes; ++i) {
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO note_canary(body) VALUES(?)")));
        q.addBindValue(
            QStringLiteral("%1 #%2 (%3)").arg(kCanaryNote).arg(i).arg(i % 10 == 0 ? canaryId() : QString()));
        REQUIRE(q.exec());
    }
    REQUIRE(tx.commit());
}

/// Rows of `table` with a primary key and a text body, in `batches` transactions.
void writeRows(Database& db, const QString& table, int rows, int batches = 1, int bodyLength = 200)
{
    exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS %1(id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
                 .arg(table));
    QRandomGenerator random(42);
    Query q(db);
    const int perBatch = std::max(1, rows / batches);
    for (int done = 0; done < rows;) {
        WriteTransaction tx(db);
        REQUIRE(tx.isOpen());
        for (int i = 0; i < perBatch && done < rows; ++i, ++done) {
            REQUIRE(q.prepare(QStringLiteral("INSERT INTO %1(body) VALUES(?)").arg(table)));
            QString body;
            for (int c = 0; c < bodyLength; ++c)
                body += QChar(u'a' + char16_t(random.bounded(26)));
            q.addBindValue(body);
            REQUIRE(q.exec());
        }
        REQUIRE(tx.commit());
    }
}

int pageSizeOf(Database& db) { return value(db, QStringLiteral("PRAGMA page_size")).toInt(); }

QStringList filesIn(const QString& dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    names.sort();
    return names;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The page cipher

TEST_CASE("the page cipher round-trips a page and binds it to its number, its file and its key",
          "[encryption][cipher]")
{
    using crypto::PageCipher;
    const PageCipher cipher(test::testKey(1));
    REQUIRE(cipher.isValid());
    const PageCipher::Salt salt = PageCipher::newSalt();
    CHECK(PageCipher::isFormatSalt(salt.data()));
    const int size = 4096;
    std::vector<unsigned char> plain(size, 0);
    for (int i = 0; i < size - PageCipher::kReserveBytes; ++i)
        plain[size_t(i)] = static_cast<unsigned char>(i * 13 + 7);
    std::vector<unsigned char> stored(size), out(size);
    REQUIRE(cipher.encrypt(plain.data(), stored.data(), size, 7, salt));
    CHECK(std::memcmp(stored.data(), plain.data(), size_t(size - PageCipher::kReserveBytes)) != 0);

    REQUIRE(cipher.decrypt(stored.data(), out.data(), size, 7, salt));
    CHECK(out == plain);
    // In place, as the VFS decrypts into SQLite's buffer.
    std::vector<unsigned char> inPlace = stored;
    REQUIRE(cipher.decrypt(inPlace.data(), inPlace.data(), size, 7, salt));
    CHECK(inPlace == plain);

    SECTION("another page number") { CHECK_FALSE(cipher.decrypt(stored.data(), out.data(), size, 8, salt)); }
    SECTION("another file's salt")
    {
        CHECK_FALSE(cipher.decrypt(stored.data(), out.data(), size, 7, PageCipher::newSalt()));
    }
    SECTION("another key")
    {
        const PageCipher other(test::testKey(2));
        CHECK_FALSE(other.decrypt(stored.data(), out.data(), size, 7, salt));
    }
    SECTION("any changed byte, nonce and tag included")
    {
        for (const int at : {0, 100, size - 41, size - 40, size - 17, size - 1}) {
            std::vector<unsigned char> changed = stored;
            changed[size_t(at)] ^= 0x01;
            CHECK_FALSE(cipher.decrypt(changed.data(), out.data(), size, 7, salt));
        }
    }
    // A failed decryption leaves nothing of the page behind.
    std::vector<unsigned char> changed = stored;
    changed[10] ^= 0x80;
    std::fill(out.begin(), out.end(), 0xAA);
    CHECK_FALSE(cipher.decrypt(changed.data(), out.data(), size, 7, salt));
    CHECK(std::all_of(out.begin(), out.end(), [](unsigned char c) { return c == 0; }));
}

TEST_CASE("page 1 keeps SQLite's clear header fields, authenticated, and the salt for the magic",
          "[encryption][cipher]")
{
    using crypto::PageCipher;
    const PageCipher cipher(test::testKey(1));
    const PageCipher::Salt salt = PageCipher::newSalt();
    const int size = 4096;
    std::vector<unsigned char> plain(size, 0x5A);
    std::memcpy(plain.data(), PageCipher::kSqliteMagic.data(), 16);
    plain[16] = 0x10; // page size 4096
    plain[17] = 0x00;
    plain[18] = plain[19] = 2;
    plain[20] = PageCipher::kReserveBytes;
    std::fill(plain.end() - PageCipher::kReserveBytes, plain.end(), 0);
    std::vector<unsigned char> stored(size), out(size);
    REQUIRE(cipher.encrypt(plain.data(), stored.data(), size, 1, salt));
    CHECK(std::memcmp(stored.data(), salt.data(), 16) == 0);           // the salt where the magic was
    CHECK(std::memcmp(stored.data() + 16, plain.data() + 16, 8) == 0); // clear header fields
    REQUIRE(cipher.decrypt(stored.data(), out.data(), size, 1, salt));
    CHECK(out == plain);
    // The clear fields are authenticated: a changed reserve or page size is refused.
    for (const int at : {16, 18, 20, 23}) {
        std::vector<unsigned char> changed = stored;
        changed[size_t(at)] ^= 0x01;
        CHECK_FALSE(cipher.decrypt(changed.data(), out.data(), size, 1, salt));
    }
    // Page 1 without SQLite's magic is not encrypted at all.
    plain[0] = 'X';
    CHECK_FALSE(cipher.encrypt(plain.data(), stored.data(), size, 1, salt));
}

TEST_CASE("every page write gets a new nonce", "[encryption][cipher]")
{
    using crypto::PageCipher;
    const PageCipher cipher(test::testKey(1));
    const PageCipher::Salt salt = PageCipher::newSalt();
    std::vector<unsigned char> plain(4096, 0), a(4096), b(4096);
    REQUIRE(cipher.encrypt(plain.data(), a.data(), 4096, 3, salt));
    REQUIRE(cipher.encrypt(plain.data(), b.data(), 4096, 3, salt));
    CHECK(std::memcmp(a.data() + 4056, b.data() + 4056, 24) != 0); // nonces
    CHECK(a != b);
    // A second cipher of the same key (another connection, another process) has its own prefix.
    const PageCipher second(test::testKey(1));
    std::vector<unsigned char> c(4096);
    REQUIRE(second.encrypt(plain.data(), c.data(), 4096, 3, salt));
    CHECK(std::memcmp(a.data() + 4056, c.data() + 4056, 16) != 0);
    std::vector<unsigned char> out(4096);
    CHECK(cipher.decrypt(c.data(), out.data(), 4096, 3, salt)); // and the same key
    // Invalid keys make invalid ciphers.
    CHECK_FALSE(PageCipher(crypto::SecretBytes(16)).isValid());
    CHECK_FALSE(PageCipher(crypto::SecretBytes()).isValid());
}

// ---------------------------------------------------------------------------------------------
// The VFS and its key registry

TEST_CASE("the VFS installs once and keys are registered by canonical path", "[encryption][vfs]")
{
    test::ForgetKeysAtEnd forget;
    REQUIRE(EncryptedVfs::install());
    REQUIRE(EncryptedVfs::install());
    CHECK(QString::fromUtf8(EncryptedVfs::name()) == QStringLiteral("fieldfile"));
    CHECK(sqlite3_vfs_find(EncryptedVfs::name()) != nullptr);
    CHECK(sqlite3_vfs_find(nullptr) != sqlite3_vfs_find(EncryptedVfs::name())); // not the default

    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real"));
    QDir().mkpath(real);
    REQUIRE(QFile::link(real, dir.filePath(QStringLiteral("link"))));
    EncryptedVfs::setKey(dir.filePath(QStringLiteral("link/a.db")), test::testKey(1));
    CHECK(EncryptedVfs::hasKey(dir.filePath(QStringLiteral("real/a.db"))));
    CHECK(EncryptedVfs::hasKey(dir.filePath(QStringLiteral("real/../real/./a.db"))));
    CHECK_FALSE(EncryptedVfs::hasKey(dir.filePath(QStringLiteral("real/b.db"))));
    // A folder made later (Database::open makes it) gets the same name.
    EncryptedVfs::setKey(dir.filePath(QStringLiteral("later/c.db")), test::testKey(1));
    QDir().mkpath(dir.filePath(QStringLiteral("later")));
    CHECK(EncryptedVfs::hasKey(dir.filePath(QStringLiteral("later/c.db"))));
    CHECK(EncryptedVfs::copyKey(dir.filePath(QStringLiteral("real/a.db")),
                                dir.filePath(QStringLiteral("a.bak"))));
    CHECK(EncryptedVfs::hasKey(dir.filePath(QStringLiteral("a.bak"))));
    CHECK_FALSE(
        EncryptedVfs::copyKey(dir.filePath(QStringLiteral("none.db")), dir.filePath(QStringLiteral("x"))));
    EncryptedVfs::forgetKey(dir.filePath(QStringLiteral("link/a.db")));
    CHECK_FALSE(EncryptedVfs::hasKey(dir.filePath(QStringLiteral("real/a.db"))));
    CHECK(EncryptedVfs::hasKey(dir.filePath(QStringLiteral("a.bak"))));
    EncryptedVfs::forgetAllKeys();
    CHECK_FALSE(EncryptedVfs::hasKey(dir.filePath(QStringLiteral("a.bak"))));
    CHECK_FALSE(EncryptedVfs::hasKey(dir.filePath(QStringLiteral("later/c.db"))));
    // A key of the wrong size still marks the file encrypted: it is refused, never opened plain.
    const QString shortKey = dir.filePath(QStringLiteral("short.db"));
    EncryptedVfs::setKey(shortKey, crypto::SecretBytes(16));
    CHECK(EncryptedVfs::hasKey(shortKey));
    Database db;
    const Status refused = db.open(shortKey);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().detail.startsWith(QStringLiteral("no-key")));
    CHECK(QFileInfo(shortKey).size() == 0);
}

TEST_CASE("the VFS refuses a file without a registered key and creates nothing", "[encryption][vfs]")
{
    test::ForgetKeysAtEnd forget;
    REQUIRE(EncryptedVfs::install());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nokey.db"));
    RawConnection raw(EncryptedVfs::uri(path));
    CHECK(raw.openResult() == SQLITE_CANTOPEN);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(EncryptedVfs::lastFailure(path).kind == EncryptedVfs::Failure::Kind::NoKey);
}

TEST_CASE("a new encrypted database: WAL under a hidden name, 40 reserved bytes, no SQLite magic",
          "[encryption][vfs]")
{
    Fixture t;
    REQUIRE(t.open());
    CHECK(t.db.isEncrypted());
    writeCanaries(t.db, 20);
    CHECK(value(t.db, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(EncryptedVfs::reserveOf(t.db.handle()) == 40);
    CHECK(value(t.db, QStringLiteral("PRAGMA temp_store")) == QStringLiteral("2"));
    // Every page read from the file is decrypted: an encrypted file gets a 64 MB page cache, a
    // plain one 32 MB (core/db/README.md).
    CHECK(value(t.db, QStringLiteral("PRAGMA cache_size")) == QStringLiteral("-65536"));
    QTemporaryDir plainDir;
    Database plain;
    REQUIRE(plain.open(plainDir.filePath(QStringLiteral("plain.db"))));
    CHECK_FALSE(plain.isEncrypted());
    CHECK(value(plain, QStringLiteral("PRAGMA cache_size")) == QStringLiteral("-32768"));
    // Another SQLite program looks for test.db-wal and finds none.
    CHECK(QFileInfo::exists(EncryptedVfs::walPath(t.path())));
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
    const QByteArray header = test::fileBytes(t.path()).left(100);
    CHECK_FALSE(header.startsWith(QByteArrayLiteral("SQLite format 3")));
    CHECK(header.mid(12, 4) == QByteArrayLiteral("FF01"));
    CHECK(quint8(header.at(20)) == 40);
    CHECK(EncryptedVfs::isEncryptedFile(t.path()));
    CHECK_FALSE(PlainFileEncryptor::isPlain(t.path()));
    char* vfsName = nullptr;
    REQUIRE(sqlite3_file_control(t.db.handle(), "main", SQLITE_FCNTL_VFSNAME, &vfsName) == SQLITE_OK);
    CHECK(QString::fromUtf8(vfsName) == QStringLiteral("fieldfile/unix"));
    sqlite3_free(vfsName);
}

// ---------------------------------------------------------------------------------------------
// What is on the disk

TEST_CASE("no plaintext reaches the disk: canary scan of every file, with a control run",
          "[encryption][canary]")
{
    SECTION("control: without a key the same data is found, so the scan can fail")
    {
        Fixture t(false);
        REQUIRE(t.open());
        CHECK_FALSE(t.db.isEncrypted());
        writeCanaries(t.db);
        exec(t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QMap<QString, int> hits = test::canaryHits(t.dir.path(), canaries());
        CHECK(test::totalHits(hits) > 100);
        for (const QByteArray& canary : canaries())
            CHECK(test::totalHits(test::canaryHits(t.dir.path(), {canary})) > 0);
    }
    SECTION("encrypted: written, checkpointed, vacuumed, migrated with a backup, closed")
    {
        Fixture t;
        REQUIRE(t.open());
        exec(t.db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        writeCanaries(t.db);
        const auto scan = [&](const char* when) {
            const QMap<QString, int> hits = test::canaryHits(t.dir.path(), canaries());
            INFO(when << ": files " << filesIn(t.dir.path()).join(QLatin1Char(' ')).toStdString()
                      << ", hits in " << QStringList(hits.keys()).join(QLatin1Char(' ')).toStdString());
            CHECK(hits.isEmpty());
        };
        CHECK(QFileInfo(EncryptedVfs::walPath(t.path())).size() > 100000); // the data is in the WAL
        scan("in the WAL");
        exec(t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        scan("after a checkpoint");
        exec(t.db, QStringLiteral("VACUUM"));
        scan("after VACUUM");

        // A migration's VACUUM INTO backup: encrypted with the same key, never plaintext.
        QList<Migrations::Step> steps = Migrations::steps();
        steps.append({QStringLiteral("CREATE TABLE canary_extra(x)")});
        const int latest = Migrations::latestVersion();
        REQUIRE(Migrations::run(t.db.sql(), t.path(), steps));
        const QString backup = Migrations::backupPath(t.path(), latest);
        REQUIRE(QFileInfo::exists(backup));
        CHECK(EncryptedVfs::isEncryptedFile(backup));
        CHECK_FALSE(PlainFileEncryptor::isPlain(backup));
        scan("after a migration with its backup");
        exec(t.db, QStringLiteral("PRAGMA user_version = %1").arg(latest));
        t.db.close();
        scan("closed");
        CHECK_FALSE(QFileInfo::exists(EncryptedVfs::walPath(t.path()))); // checkpointed and removed

        // Everything is there, and the backup opens with the same key, in WAL mode.
        REQUIRE(t.open());
        CHECK(count(t.db, QStringLiteral("note_canary")) == 300);
        CHECK(value(t.db, QStringLiteral("SELECT count(*) FROM member WHERE name = '%1'").arg(kCanaryName)) ==
              QStringLiteral("1"));
        CHECK(value(t.db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        t.db.close();
        Database restored;
        REQUIRE(restored.open(backup));
        CHECK(restored.isEncrypted());
        CHECK(count(restored, QStringLiteral("note_canary")) == 300);
        CHECK(value(restored, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
        CHECK(value(restored, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        restored.close();
        scan("after the backup was opened");
    }
}

TEST_CASE("files of an encrypted database are the owner's alone, whatever the umask",
          "[encryption][permissions]")
{
    const mode_t old = ::umask(022);
    {
        Fixture t;
        REQUIRE(t.open());
        writeRows(t.db, QStringLiteral("t"), 100);
        for (const QString& file :
             {t.path(), EncryptedVfs::walPath(t.path()), t.path() + QStringLiteral("-shm")}) {
            struct stat info;
            REQUIRE(::stat(QFile::encodeName(file).constData(), &info) == 0);
            INFO(file.toStdString());
            CHECK((info.st_mode & 077) == 0);
        }
        // The VFS itself, not only Database::open, makes a new file private.
        const QString other = t.dir.filePath(QStringLiteral("raw.db"));
        EncryptedVfs::setKey(other, test::testKey(1));
        RawConnection raw(EncryptedVfs::uri(other));
        REQUIRE(raw.openResult() == SQLITE_OK);
        REQUIRE(EncryptedVfs::prepareConnection(raw.handle(), other));
        REQUIRE(raw.exec(QStringLiteral("PRAGMA journal_mode = WAL; CREATE TABLE a(x)")) == SQLITE_OK);
        struct stat info;
        REQUIRE(::stat(QFile::encodeName(other).constData(), &info) == 0);
        CHECK((info.st_mode & 077) == 0);
    }
    ::umask(old);
}

// ---------------------------------------------------------------------------------------------
// Keys

TEST_CASE("the right key reopens the file, a wrong key gets the wrong-key error", "[encryption][key]")
{
    Fixture t;
    REQUIRE(t.open());
    writeRows(t.db, QStringLiteral("t"), 1000, 10);
    t.db.close();

    EncryptedVfs::setKey(t.path(), test::testKey(9));
    const Status wrong = t.open();
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().detail == QStringLiteral("wrong-key"));
    CHECK(wrong.error().message ==
          QStringLiteral("The key does not open the database file %1.").arg(t.path()));
    CHECK_FALSE(t.db.isOpen());

    EncryptedVfs::setKey(t.path(), test::testKey(1));
    REQUIRE(t.open());
    CHECK(count(t.db, QStringLiteral("t")) == 1000);
    CHECK(value(t.db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
}

TEST_CASE("a wrong key never loses a hot WAL", "[encryption][key][wal]")
{
    Fixture t;
    REQUIRE(t.open());
    exec(t.db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    writeRows(t.db, QStringLiteral("t"), 500, 50);
    // What a crash now would leave: every commit only in the WAL.
    const QString crashed = t.dir.filePath(QStringLiteral("crashed"));
    test::snapshotFiles(t.dir.path(), crashed, QStringLiteral("test.db"));
    t.db.close();
    const QString path = QDir(crashed).filePath(QStringLiteral("test.db"));
    const QString wal = EncryptedVfs::walPath(path);
    const QByteArray walBefore = test::fileBytes(wal);
    const QByteArray dbBefore = test::fileBytes(path);
    REQUIRE(walBefore.size() > 500 * 200);

    EncryptedVfs::setKey(path, test::testKey(9));
    Database db;
    const Status wrong = db.open(path);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().detail == QStringLiteral("wrong-key"));
    CHECK(test::fileBytes(wal) == walBefore);
    CHECK(test::fileBytes(path) == dbBefore);

    EncryptedVfs::setKey(path, test::testKey(1));
    REQUIRE(db.open(path));
    CHECK(count(db, QStringLiteral("t")) == 500);
    CHECK(value(db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
}

TEST_CASE("a torn last WAL frame is dropped once the key is proven, and kept from a wrong key",
          "[encryption][wal]")
{
    Fixture t;
    REQUIRE(t.open());
    exec(t.db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    writeRows(t.db, QStringLiteral("t"), 20, 20, 50); // 20 commits of one small row each
    const QString crashed = t.dir.filePath(QStringLiteral("crashed"));
    const QString whole = t.dir.filePath(QStringLiteral("whole"));
    test::snapshotFiles(t.dir.path(), crashed, QStringLiteral("test.db"));
    test::snapshotFiles(t.dir.path(), whole, QStringLiteral("test.db"));
    t.db.close();

    const QString path = QDir(crashed).filePath(QStringLiteral("test.db"));
    const QString wal = EncryptedVfs::walPath(path);
    QByteArray bytes = test::fileBytes(wal);
    const int frame = 4096 + 24;
    const qsizetype frames = (bytes.size() - 32) / frame;
    REQUIRE(frames >= 20);
    // The last frame's page half written: a crash in the middle of the write.
    const qsizetype last = 32 + (frames - 1) * frame;
    std::memset(bytes.data() + last + 24 + 2048, 0, 2048);
    REQUIRE(test::writeFileBytes(wal, bytes));

    EncryptedVfs::setKey(path, test::testKey(9));
    Database db;
    const Status wrong = db.open(path);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().detail == QStringLiteral("wrong-key"));
    CHECK(test::fileBytes(wal) == bytes);

    EncryptedVfs::setKey(path, test::testKey(1));
    REQUIRE(db.open(path));
    CHECK(count(db, QStringLiteral("t")) == 19);
    CHECK(value(db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    db.close();

    // The same log, not torn: all 20 (so the check above can fail).
    const QString wholePath = QDir(whole).filePath(QStringLiteral("test.db"));
    EncryptedVfs::setKey(wholePath, test::testKey(1));
    REQUIRE(db.open(wholePath));
    CHECK(count(db, QStringLiteral("t")) == 20);
}

TEST_CASE("another SQLite program sees neither the data nor the WAL, and loses nothing",
          "[encryption][foreign]")
{
    Fixture t;
    REQUIRE(t.open());
    exec(t.db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    writeRows(t.db, QStringLiteral("t"), 300, 30);

    SECTION("while the file is open")
    {
        RawConnection foreign(t.path(), SQLITE_OPEN_READWRITE, nullptr); // the default VFS
        REQUIRE(foreign.openResult() == SQLITE_OK);
        CHECK(foreign.value(QStringLiteral("SELECT count(*) FROM sqlite_schema"))
                  .startsWith(QStringLiteral("ERROR 26")));
        CHECK(foreign.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) == SQLITE_NOTADB);
        CHECK(foreign.close() == SQLITE_OK);
        CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
        CHECK(count(t.db, QStringLiteral("t")) == 300);
        t.db.close();
        REQUIRE(t.open());
        CHECK(count(t.db, QStringLiteral("t")) == 300);
    }
    SECTION("after a crash, with a hot WAL")
    {
        const QString crashed = t.dir.filePath(QStringLiteral("crashed"));
        test::snapshotFiles(t.dir.path(), crashed, QStringLiteral("test.db"));
        t.db.close();
        const QString path = QDir(crashed).filePath(QStringLiteral("test.db"));
        const QByteArray walBefore = test::fileBytes(EncryptedVfs::walPath(path));
        for (int i = 0; i < 2; ++i) {
            RawConnection foreign(path, SQLITE_OPEN_READWRITE, nullptr);
            REQUIRE(foreign.openResult() == SQLITE_OK);
            CHECK(foreign.value(QStringLiteral("SELECT count(*) FROM t"))
                      .startsWith(QStringLiteral("ERROR 26")));
            CHECK(foreign.close() == SQLITE_OK); // closed properly: the case that deleted the WAL
        }
        CHECK(test::fileBytes(EncryptedVfs::walPath(path)) == walBefore);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
        EncryptedVfs::setKey(path, test::testKey(1));
        Database db;
        REQUIRE(db.open(path));
        CHECK(count(db, QStringLiteral("t")) == 300);
        CHECK(value(db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    }
}

// ---------------------------------------------------------------------------------------------
// The lock: keys wiped, caches released, and given back

namespace {

/// SQLite's page cache of a connection, in bytes (a page and the pager's own part when empty).
int cacheBytes(Database& db)
{
    int current = 0;
    int highest = 0;
    sqlite3_db_status(db.handle(), SQLITE_DBSTATUS_CACHE_USED, &current, &highest, 0);
    return current;
}

/// Every row of t in one value: equal before and after only if nothing was lost or changed.
QString digest(Database& db)
{
    return value(
        db, QStringLiteral("SELECT count(*) || ':' || sum(id * unicode(substr(body, 1 + id % 50, 1))) || "
                           "':' || max(body) FROM t"));
}

const QString kLockedMessage = QStringLiteral(
    "Fieldfile is locked: the database file %1 cannot be read or written until it is unlocked.");

} // namespace

TEST_CASE("after the keys are locked an open connection reads and writes nothing, and after the key is "
          "restored it goes on with every row, its WAL included",
          "[encryption][lock][wal]")
{
    Fixture t;
    REQUIRE(t.open());
    CHECK(EncryptedVfs::wipesFreedMemory());
    exec(t.db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    writeRows(t.db, QStringLiteral("t"), 500, 50); // 50 commits, all only in the WAL
    const QString wal = EncryptedVfs::walPath(t.path());
    REQUIRE(QFileInfo(wal).size() > 500 * 200);
    const QString before = digest(t.db);
    REQUIRE(before.startsWith(QStringLiteral("500:")));
    // The connection's lookaside is off, so the small values it read were freed (and wiped).
    int lookaside = -1;
    int highest = 0;
    sqlite3_db_status(t.db.handle(), SQLITE_DBSTATUS_LOOKASIDE_USED, &lookaside, &highest, 0);
    CHECK(lookaside == 0);
    // A second connection whose cache nobody releases (as one forgotten by the app would be).
    Database other;
    REQUIRE(other.open(t.path()));
    CHECK(digest(other) == before);

    // Lock: the cache released, every key wiped.
    const int pageSize = pageSizeOf(t.db);
    CHECK(cacheBytes(t.db) > 20 * pageSize);
    const qint64 left = t.db.releaseMemory();
    CHECK(left == cacheBytes(t.db));
    CHECK(left < 3 * pageSize); // the pager's fixed part: no page of the file
    CHECK(EncryptedVfs::keyInMemory(t.path()));
    EncryptedVfs::lockAll();
    CHECK(EncryptedVfs::hasKey(t.path()));
    CHECK(EncryptedVfs::isLocked(t.path()));
    CHECK_FALSE(EncryptedVfs::keyInMemory(t.path()));
    const QByteArray dbBytes = test::fileBytes(t.path());
    const QByteArray walBytes = test::fileBytes(wal);

    // Reads fail with the locked error, on both connections: never rows, never cached pages.
    for (Database* db : {&t.db, &other}) {
        const QString read = value(*db, QStringLiteral("SELECT count(*) FROM t"));
        CHECK(read.startsWith(QStringLiteral("ERROR")));
        const Error e = db->storageError();
        CHECK(e.message == kLockedMessage.arg(t.path()));
        CHECK(e.detail.startsWith(QStringLiteral("locked")));
        CHECK(db->lastErrorText().contains(QStringLiteral("[locked")));
    }
    CHECK(t.db.meta(QStringLiteral("device_id"), QStringLiteral("none")) == QStringLiteral("none"));
    // Writes fail and change nothing on the disk.
    {
        Query q(t.db);
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO t(body) VALUES('written while locked')")));
    }
    CHECK_FALSE(t.db.setMeta(QStringLiteral("while-locked"), QStringLiteral("yes")));
    // No new connection opens.
    Database third;
    const Status refused = third.open(t.path());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == kLockedMessage.arg(t.path()));
    CHECK_FALSE(third.isOpen());
    CHECK(test::fileBytes(t.path()) == dbBytes);
    CHECK(test::fileBytes(wal) == walBytes);

    // Another key does not unlock, and leaves everything locked.
    const Status wrong = EncryptedVfs::restoreKey(t.path(), test::testKey(9));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().detail == QStringLiteral("wrong-key"));
    CHECK(EncryptedVfs::isLocked(t.path()));
    CHECK(value(t.db, QStringLiteral("SELECT count(*) FROM t")).startsWith(QStringLiteral("ERROR")));
    const Status unknown =
        EncryptedVfs::restoreKey(t.dir.filePath(QStringLiteral("other.db")), test::testKey(1));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().detail.startsWith(QStringLiteral("no-key")));

    // The key back: both connections go on where they were, with every row.
    REQUIRE(EncryptedVfs::restoreKey(t.path(), test::testKey(1)));
    CHECK_FALSE(EncryptedVfs::isLocked(t.path()));
    CHECK(EncryptedVfs::keyInMemory(t.path()));
    CHECK(digest(t.db) == before);
    CHECK(digest(other) == before);
    CHECK(t.db.storageError().message.isEmpty());
    CHECK(t.db.meta(QStringLiteral("while-locked"), QStringLiteral("no")) == QStringLiteral("no"));
    // The kept statements that could not be prepared while locked are prepared again.
    CHECK(t.db.setMeta(QStringLiteral("while-locked"), QStringLiteral("after")));
    CHECK(t.db.meta(QStringLiteral("while-locked")) == QStringLiteral("after"));
    writeRows(t.db, QStringLiteral("t"), 10);
    CHECK(count(other, QStringLiteral("t")) == 510);
    CHECK(value(t.db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    other.close();
    t.db.close();
    REQUIRE(t.open());
    CHECK(count(t.db, QStringLiteral("t")) == 510);
    CHECK(value(t.db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
}

TEST_CASE("the last connection closed while locked keeps its WAL, and the restored key opens it whole",
          "[encryption][lock][wal]")
{
    Fixture t;
    REQUIRE(t.open());
    exec(t.db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    writeRows(t.db, QStringLiteral("t"), 300, 30);
    const QString before = digest(t.db);
    const QString wal = EncryptedVfs::walPath(t.path());
    (void)t.db.releaseMemory();
    EncryptedVfs::lockAll();
    const QByteArray dbBytes = test::fileBytes(t.path());
    const QByteArray walBytes = test::fileBytes(wal);
    REQUIRE(walBytes.size() > 300 * 200);
    t.db.close(); // the app quit from the lock screen: a checkpoint needs the key, so none runs
    CHECK(test::fileBytes(t.path()) == dbBytes);
    CHECK(test::fileBytes(wal) == walBytes);

    REQUIRE(EncryptedVfs::restoreKey(t.path(), test::testKey(1)));
    REQUIRE(t.open());
    CHECK(digest(t.db) == before);
    CHECK(value(t.db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
}

TEST_CASE("locking reaches a key forgotten while its file stayed open, and a backup's copy of the key",
          "[encryption][lock]")
{
    Fixture t;
    REQUIRE(t.open());
    writeRows(t.db, QStringLiteral("t"), 50);
    const QString backup = t.dir.filePath(QStringLiteral("test.db.bak"));
    REQUIRE(EncryptedVfs::copyKey(t.path(), backup));
    exec(t.db, QStringLiteral("VACUUM INTO '%1'").arg(backup));
    Database copy;
    REQUIRE(copy.open(backup));
    CHECK(count(copy, QStringLiteral("t")) == 50);
    // Registered again with the same key while the file is open: the open connection keeps the
    // registration it opened with.
    EncryptedVfs::setKey(t.path(), test::testKey(1));

    (void)t.db.releaseMemory();
    (void)copy.releaseMemory();
    EncryptedVfs::lockAll();
    CHECK_FALSE(EncryptedVfs::keyInMemory(t.path()));
    CHECK_FALSE(EncryptedVfs::keyInMemory(backup));
    CHECK(value(t.db, QStringLiteral("SELECT count(*) FROM t")).startsWith(QStringLiteral("ERROR")));
    CHECK(value(copy, QStringLiteral("SELECT count(*) FROM t")).startsWith(QStringLiteral("ERROR")));

    REQUIRE(EncryptedVfs::restoreKey(t.path(), test::testKey(1)));
    CHECK(count(t.db, QStringLiteral("t")) == 50);
    CHECK(count(copy, QStringLiteral("t")) == 50);
    CHECK_FALSE(EncryptedVfs::isLocked(backup));
}

TEST_CASE("without its key an encrypted file does not open, and is not touched", "[encryption][key]")
{
    Fixture t;
    REQUIRE(t.open());
    writeRows(t.db, QStringLiteral("t"), 100);
    t.db.close();
    const QByteArray before = test::fileBytes(t.path());
    EncryptedVfs::forgetKey(t.path());
    const Status plain = t.open();
    REQUIRE_FALSE(plain);
    CHECK(test::fileBytes(t.path()) == before);
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
}

TEST_CASE("a plain file with a key registered is refused and left unchanged", "[encryption][key]")
{
    Fixture t(false);
    REQUIRE(t.open());
    writeRows(t.db, QStringLiteral("t"), 100);
    t.db.close();
    const QByteArray before = test::fileBytes(t.path());
    EncryptedVfs::setKey(t.path(), test::testKey(1));
    const Status refused = t.open();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().detail.startsWith(QStringLiteral("not-encrypted")));
    CHECK(test::fileBytes(t.path()) == before);
    // Through the VFS directly, too: no plain file is ever read or written through it.
    RawConnection raw(EncryptedVfs::uri(t.path()));
    CHECK(raw.openResult() == SQLITE_NOTADB);
    CHECK(EncryptedVfs::lastFailure(t.path()).kind == EncryptedVfs::Failure::Kind::NotEncrypted);
}

// ---------------------------------------------------------------------------------------------
// Tampering

namespace {
/// The leaf pages of table t, in page order.
QList<int> leafPages(Database& db)
{
    QList<int> pages;
    Query q(db);
    REQUIRE(q.exec(
        QStringLiteral("SELECT pageno FROM dbstat WHERE name = 't' AND pagetype = 'leaf' ORDER BY pageno")));
    while (q.next())
        pages << q.value(0).toInt();
    return pages;
}
} // namespace

TEST_CASE("a changed byte or two swapped pages give the damaged error naming file and page, never data",
          "[encryption][tamper]")
{
    Fixture t;
    REQUIRE(t.open());
    writeRows(t.db, QStringLiteral("t"), 2000);
    const QString firstBody = value(t.db, QStringLiteral("SELECT body FROM t WHERE id = 1"));
    exec(t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QList<int> leaves = leafPages(t.db);
    REQUIRE(leaves.size() > 50);
    t.db.close();
    const QByteArray original = test::fileBytes(t.path());
    const int p = leaves.at(leaves.size() / 2);
    const int q = leaves.at(leaves.size() / 2 + 7);
    const auto pageAt = [](int page) { return qsizetype(page - 1) * 4096; };

    const auto checkDamaged = [&](const QList<int>& candidates) {
        REQUIRE(t.open()); // page 1 and the schema are intact
        Query query(t.db);
        CHECK_FALSE(query.exec(QStringLiteral("SELECT count(*), sum(length(body)) FROM t")));
        const Error e = t.db.storageError();
        INFO(e.message.toStdString() << " / " << e.detail.toStdString());
        CHECK(e.message.startsWith(
            QStringLiteral("The database file %1 is damaged or has been tampered with (page ")
                .arg(t.path())));
        CHECK(e.detail.startsWith(QStringLiteral("damaged: page ")));
        bool named = false;
        for (int page : candidates)
            named = named || e.message.endsWith(QStringLiteral("(page %1).").arg(page));
        CHECK(named);
        CHECK(t.db.lastErrorText().contains(QStringLiteral("damaged: page")));
        // What is intact is still read, and read right.
        CHECK(value(t.db, QStringLiteral("SELECT body FROM t WHERE id = 1")) == firstBody);
        CHECK(value(t.db, QStringLiteral("PRAGMA integrity_check")) != QStringLiteral("ok"));
        t.db.close();
    };

    SECTION("one changed byte")
    {
        QByteArray bytes = original;
        bytes[pageAt(p) + 1000] = char(bytes.at(pageAt(p) + 1000) ^ 0x01);
        REQUIRE(test::writeFileBytes(t.path(), bytes));
        checkDamaged({p});
    }
    SECTION("two swapped pages")
    {
        QByteArray bytes = original;
        const QByteArray pageP = bytes.mid(pageAt(p), 4096);
        bytes.replace(pageAt(p), 4096, bytes.mid(pageAt(q), 4096));
        bytes.replace(pageAt(q), 4096, pageP);
        REQUIRE(test::writeFileBytes(t.path(), bytes));
        checkDamaged({p, q});
    }
    SECTION("page 1 changed, or its clear header: refused like a wrong key")
    {
        for (const int at : {20, 500}) {
            QByteArray bytes = original;
            bytes[at] = char(bytes.at(at) ^ 0x01);
            REQUIRE(test::writeFileBytes(t.path(), bytes));
            const Status s = t.open();
            REQUIRE_FALSE(s);
            INFO(s.error().detail.toStdString());
            CHECK((s.error().detail == QStringLiteral("wrong-key") ||
                   s.error().detail.startsWith(QStringLiteral("damaged"))));
        }
    }
}

TEST_CASE("a changed WAL frame gives the damaged error naming the WAL", "[encryption][tamper][wal]")
{
    Fixture t;
    REQUIRE(t.open());
    // The schema in the database file, the rows only in the WAL.
    exec(t.db, QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
    exec(t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    exec(t.db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    writeRows(t.db, QStringLiteral("t"), 500, 5);
    // The first connection stays open, so the wal-index stays and a second one reads through it.
    const QString wal = EncryptedVfs::walPath(t.path());
    QByteArray bytes = test::fileBytes(wal);
    const int frame = 4096 + 24;
    int changed = 0;
    for (qsizetype at = 32; at + frame <= bytes.size(); at += frame) {
        const quint32 page = (quint32(quint8(bytes.at(at))) << 24) |
                             (quint32(quint8(bytes.at(at + 1))) << 16) |
                             (quint32(quint8(bytes.at(at + 2))) << 8) | quint32(quint8(bytes.at(at + 3)));
        if (page == 1)
            continue;
        bytes[at + 24 + 100] = char(bytes.at(at + 24 + 100) ^ 0x04);
        ++changed;
    }
    REQUIRE(changed > 0);
    REQUIRE(test::writeFileBytes(wal, bytes));
    Database second;
    const Status opened = second.open(t.path());
    INFO(opened.error().message.toStdString() << " " << opened.error().detail.toStdString());
    REQUIRE(opened);
    Query q(second);
    CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM t")));
    const Error e = second.storageError();
    INFO(e.message.toStdString() << " / " << e.detail.toStdString());
    CHECK(e.message.startsWith(
        QStringLiteral("The database file %1 is damaged or has been tampered with (page ").arg(t.path())));
    CHECK(e.detail.contains(QStringLiteral("test.db-ffwal")));
    // (What a later recovery makes of a log changed in the middle is in README.md, "What it
    // cannot detect": the log ends at the first changed frame.)
}

// ---------------------------------------------------------------------------------------------
// Guard rails

TEST_CASE("temporary files are refused, and sorting, indexing and VACUUM work in memory",
          "[encryption][temp]")
{
    Fixture t;
    REQUIRE(t.open());
    writeRows(t.db, QStringLiteral("big"), 20000, 1, 100);
    const int refusedBefore = EncryptedVfs::refusedTemporaryFiles();

    SECTION("through Database: temp_store=MEMORY")
    {
        exec(t.db, QStringLiteral("PRAGMA cache_size = 10")); // a file-backed temp store would spill now
        CHECK_FALSE(value(t.db, QStringLiteral("SELECT body FROM big ORDER BY body"))
                        .startsWith(QStringLiteral("ERROR")));
        exec(t.db, QStringLiteral("CREATE INDEX big_body ON big(body)"));
        exec(t.db, QStringLiteral("DROP INDEX big_body"));
        exec(t.db, QStringLiteral("CREATE TEMP TABLE copy AS SELECT * FROM big"));
        CHECK(count(t.db, QStringLiteral("temp.copy")) == 20000);
        exec(t.db, QStringLiteral("DROP TABLE temp.copy"));
        {
            WriteTransaction tx(t.db);
            exec(t.db, QStringLiteral("UPDATE big SET id = id + 100000")); // a statement journal
            REQUIRE(tx.commit());
        }
        exec(t.db, QStringLiteral("VACUUM"));
        CHECK(EncryptedVfs::refusedTemporaryFiles() == refusedBefore);
        CHECK(filesIn(t.dir.path()) ==
              QStringList({QStringLiteral("test.db"), QStringLiteral("test.db-ffwal"),
                           QStringLiteral("test.db-shm")}));
        CHECK(count(t.db, QStringLiteral("big")) == 20000);
        CHECK(value(t.db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    }
    SECTION("a connection that asks for temporary files on disk fails cleanly, the file intact")
    {
        RawConnection raw(EncryptedVfs::uri(t.path()));
        REQUIRE(raw.openResult() == SQLITE_OK);
        REQUIRE(EncryptedVfs::prepareConnection(raw.handle(), t.path()));
        REQUIRE(raw.exec(QStringLiteral("PRAGMA temp_store = FILE; PRAGMA cache_size = 10")) == SQLITE_OK);
        CHECK(raw.value(QStringLiteral("SELECT body FROM big ORDER BY body"))
                  .startsWith(QStringLiteral("ERROR")));
        CHECK(EncryptedVfs::refusedTemporaryFiles() > refusedBefore);
        CHECK(raw.exec(QStringLiteral("CREATE INDEX big_body ON big(body)")) != SQLITE_OK);
        CHECK(raw.exec(QStringLiteral("VACUUM")) != SQLITE_OK);
        raw.close();
        CHECK(filesIn(t.dir.path()) ==
              QStringList({QStringLiteral("test.db"), QStringLiteral("test.db-ffwal"),
                           QStringLiteral("test.db-shm")}));
        CHECK(count(t.db, QStringLiteral("big")) == 20000);
        CHECK(value(t.db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'big_body'")) ==
              QStringLiteral("0"));
        CHECK(value(t.db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    }
}

TEST_CASE("mmap stays off whatever is asked", "[encryption][mmap]")
{
    Fixture t;
    REQUIRE(t.open());
    writeRows(t.db, QStringLiteral("t"), 500);
    const QString before = value(t.db, QStringLiteral("SELECT sum(length(body)) || max(body) FROM t"));
    CHECK(value(t.db, QStringLiteral("PRAGMA mmap_size = 268435456")) == QStringLiteral("0"));
    CHECK(value(t.db, QStringLiteral("PRAGMA mmap_size")) == QStringLiteral("0"));
    t.db.close();
    REQUIRE(t.open());
    CHECK(value(t.db, QStringLiteral("PRAGMA mmap_size = 268435456")) == QStringLiteral("0"));
    CHECK(value(t.db, QStringLiteral("SELECT sum(length(body)) || max(body) FROM t")) == before);
    // Even if the pager asks for a mapping, it gets none (xFetch answers NULL): reads stay right.
    sqlite3_int64 size = 268435456;
    REQUIRE(sqlite3_file_control(t.db.handle(), "main", SQLITE_FCNTL_MMAP_SIZE, &size) == SQLITE_OK);
    CHECK(size == 0);
}

TEST_CASE("page size and reserve are fixed at creation, and the journal mode stays WAL",
          "[encryption][pagesize]")
{
    Fixture t;
    REQUIRE(t.open());
    writeRows(t.db, QStringLiteral("t"), 1000);
    Query q(t.db);
    CHECK_FALSE(q.exec(QStringLiteral("PRAGMA page_size = 8192")));
    CHECK(q.lastErrorText().contains(QStringLiteral("fixed")));
    exec(t.db, QStringLiteral("VACUUM"));
    CHECK(pageSizeOf(t.db) == 4096);
    CHECK(EncryptedVfs::reserveOf(t.db.handle()) == 40);
    for (const QString& mode : {QStringLiteral("DELETE"), QStringLiteral("TRUNCATE"),
                                QStringLiteral("PERSIST"), QStringLiteral("MEMORY"), QStringLiteral("OFF")}) {
        INFO(mode.toStdString());
        CHECK_FALSE(q.exec(QStringLiteral("PRAGMA journal_mode = ") + mode));
    }
    CHECK(value(t.db, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(count(t.db, QStringLiteral("t")) == 1000);
    CHECK(value(t.db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    t.db.close();
    REQUIRE(t.open());
    CHECK(count(t.db, QStringLiteral("t")) == 1000);

    SECTION("a page size chosen at creation is kept")
    {
        const QString other = t.dir.filePath(QStringLiteral("big-pages.db"));
        EncryptedVfs::setKey(other, test::testKey(1));
        {
            RawConnection raw(EncryptedVfs::uri(other));
            REQUIRE(EncryptedVfs::prepareConnection(raw.handle(), other));
            REQUIRE(raw.exec(QStringLiteral("PRAGMA page_size = 8192; PRAGMA journal_mode = WAL;"
                                            " CREATE TABLE a(x); INSERT INTO a VALUES('kept')")) ==
                    SQLITE_OK);
        }
        Database db;
        REQUIRE(db.open(other));
        CHECK(pageSizeOf(db) == 8192);
        CHECK(value(db, QStringLiteral("SELECT x FROM a")) == QStringLiteral("kept"));
    }
}

TEST_CASE("a connection that forgot the reserved bytes cannot write a page", "[encryption][reserve]")
{
    test::ForgetKeysAtEnd forget;
    REQUIRE(EncryptedVfs::install());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("noreserve.db"));
    EncryptedVfs::setKey(path, test::testKey(1));
    {
        RawConnection raw(EncryptedVfs::uri(path)); // no prepareConnection: no reserve asked for
        REQUIRE(raw.openResult() == SQLITE_OK);
        CHECK(raw.exec(QStringLiteral(
                  "PRAGMA journal_mode = WAL; CREATE TABLE t(x); INSERT INTO t VALUES('x')")) != SQLITE_OK);
        const EncryptedVfs::Failure failure = EncryptedVfs::lastFailure(path);
        CHECK(failure.kind == EncryptedVfs::Failure::Kind::Refused);
        CHECK(failure.reason.contains(QStringLiteral("SQLITE_FCNTL_RESERVE_BYTES")));
    }
    CHECK(QFileInfo(path).size() == 0); // nothing was written
    Database db;                        // and the file is still usable
    REQUIRE(db.open(path));
    exec(db, QStringLiteral("CREATE TABLE t(x)"));
    CHECK(EncryptedVfs::reserveOf(db.handle()) == 40);
}

TEST_CASE("a page image is never written to a rollback journal", "[encryption][journal]")
{
    test::ForgetKeysAtEnd forget;
    REQUIRE(EncryptedVfs::install());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollback.db"));
    EncryptedVfs::setKey(path, test::testKey(1));
    {
        RawConnection raw(EncryptedVfs::uri(path));
        REQUIRE(raw.openResult() == SQLITE_OK);
        REQUIRE(EncryptedVfs::prepareConnection(raw.handle(), path));
        // A new file's first transaction uses a rollback journal that holds no page: allowed.
        REQUIRE(raw.exec(QStringLiteral("CREATE TABLE t(x)")) == SQLITE_OK);
        // The next one would journal page images in the clear: refused.
        CHECK(raw.exec(QStringLiteral("INSERT INTO t VALUES('never')")) != SQLITE_OK);
        const EncryptedVfs::Failure failure = EncryptedVfs::lastFailure(path);
        CHECK(failure.kind == EncryptedVfs::Failure::Kind::Refused);
        CHECK(failure.reason.contains(QStringLiteral("rollback journal")));
        CHECK(failure.file.endsWith(QStringLiteral("rollback.db-journal")));
    }
    // The file is intact, and opens in WAL mode.
    Database db;
    REQUIRE(db.open(path));
    CHECK(value(db, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(count(db, QStringLiteral("t")) == 0);
    exec(db, QStringLiteral("INSERT INTO t VALUES('through the WAL')"));
    CHECK(count(db, QStringLiteral("t")) == 1);
}

TEST_CASE("FTS5 trigram tables work encrypted, and with pgsz set have no overflow pages", "[encryption][fts]")
{
    Fixture t;
    REQUIRE(t.open());
    exec(t.db, QStringLiteral("CREATE VIRTUAL TABLE ft USING fts5(body, tokenize = 'trigram')"));
    exec(t.db, EncryptedVfs::ftsPageSizeStatement(QStringLiteral("ft")));
    exec(t.db, QStringLiteral("CREATE VIRTUAL TABLE ft_default USING fts5(body, tokenize = 'trigram')"));
    QRandomGenerator random(7);
    {
        WriteTransaction tx(t.db);
        Query q(t.db);
        for (int i = 0; i < 4000; ++i) {
            QString body;
            for (int c = 0; c < 200; ++c)
                body += QChar(u'a' + char16_t(random.bounded(26)));
            if (i % 100 == 0)
                body += QStringLiteral(" ARY-7f3e-PLU 东山村低保户");
            for (const QString& table : {QStringLiteral("ft"), QStringLiteral("ft_default")}) {
                REQUIRE(q.prepare(QStringLiteral("INSERT INTO %1(body) VALUES(?)").arg(table)));
                q.addBindValue(body);
                REQUIRE(q.exec());
            }
        }
        REQUIRE(tx.commit());
    }
    CHECK(value(t.db, QStringLiteral("SELECT count(*) FROM ft WHERE ft MATCH '\"ARY-7f3e-PLU\"'")) ==
          QStringLiteral("40"));
    CHECK(value(t.db, QStringLiteral("SELECT count(*) FROM ft WHERE body LIKE '%ARY-7f3e-PLU%'")) ==
          QStringLiteral("40"));
    CHECK(value(t.db, QStringLiteral("SELECT count(*) FROM ft WHERE ft MATCH '东山村'")) ==
          QStringLiteral("40"));
    exec(t.db, QStringLiteral("INSERT INTO ft(ft) VALUES('integrity-check')"));
    const QString overflow =
        QStringLiteral("SELECT count(*) FROM dbstat WHERE name = '%1' AND pagetype = 'overflow'");
    CHECK(value(t.db, overflow.arg(QStringLiteral("ft_data"))) == QStringLiteral("0"));
    // Without it, FTS5's 4050-byte leaves overflow the 4056 usable bytes (so the check can fail).
    CHECK(value(t.db, overflow.arg(QStringLiteral("ft_default_data"))).toInt() > 10);
    t.db.close();
    REQUIRE(t.open());
    CHECK(value(t.db, QStringLiteral("SELECT count(*) FROM ft WHERE ft MATCH '\"ARY-7f3e-PLU\"'")) ==
          QStringLiteral("40"));
}

// ---------------------------------------------------------------------------------------------
// Threads

TEST_CASE("threads open their own connections to one encrypted file", "[encryption][threads]")
{
    Fixture t;
    REQUIRE(t.open());
    exec(t.db, QStringLiteral("CREATE TABLE th(id INTEGER PRIMARY KEY, worker INTEGER NOT NULL, body TEXT)"));
    std::atomic<int> failures{0};
    std::atomic<bool> writing{true};
    std::atomic<int> opened{0};
    QList<QThread*> threads;
    for (int worker = 0; worker < 4; ++worker) {
        threads << QThread::create([&, worker] {
            Database db;
            if (!db.open(t.path())) {
                ++failures;
                return;
            }
            Query q(db);
            for (int n = 0; n < 40; ++n) {
                WriteTransaction tx(db);
                for (int i = 0; i < 5; ++i) {
                    q.prepare(QStringLiteral("INSERT INTO th(worker, body) VALUES(?, ?)"));
                    q.addBindValue(worker);
                    q.addBindValue(QString(300, QLatin1Char('a' + char(worker))));
                    if (!q.exec())
                        ++failures;
                }
                if (!tx.commit())
                    ++failures;
                if (!q.exec(QStringLiteral("SELECT count(*) FROM th")) || !q.next())
                    ++failures;
                q.finish();
            }
        });
    }
    // Meanwhile connections open and close (each reads page 1 without a lock, as SQLite's open
    // does, while the writers' checkpoints rewrite it), and keys of other files come and go.
    threads << QThread::create([&] {
        for (int i = 0; writing && i < 1000; ++i) {
            Database db;
            if (!db.open(t.path())) {
                ++failures;
                return;
            }
            Query q(db);
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) ||
                !q.exec(QStringLiteral("SELECT count(*) FROM th")) || !q.next())
                ++failures;
            ++opened;
        }
    });
    threads << QThread::create([&] {
        const QString other = t.dir.filePath(QStringLiteral("other.db"));
        for (int i = 0; writing && i < 100000; ++i) {
            EncryptedVfs::setKey(other, test::testKey(uchar(i)));
            if (!EncryptedVfs::hasKey(t.path()))
                ++failures;
            EncryptedVfs::forgetKey(other);
        }
    });
    for (QThread* thread : std::as_const(threads))
        thread->start();
    for (int i = 0; i < 4; ++i)
        threads.at(i)->wait();
    writing = false;
    for (QThread* thread : std::as_const(threads))
        thread->wait();
    qDeleteAll(threads);
    CHECK(failures == 0);
    CHECK(opened > 0);
    CHECK(count(t.db, QStringLiteral("th")) == 4 * 40 * 5);
    CHECK(value(t.db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
}

// ---------------------------------------------------------------------------------------------
// In-place encryption

namespace {
/// A plain Fieldfile database with the canaries and more rows; its dump hash.
QByteArray makePlainDatabase(const QString& path, bool hotWal, const QString& crashedDir = {})
{
    Database db;
    REQUIRE(db.open(path));
    exec(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    writeCanaries(db);
    writeRows(db, QStringLiteral("t"), 3000, 30);
    const QByteArray hash = test::TempDatabase::dumpHash(db);
    if (hotWal)
        test::snapshotFiles(QFileInfo(path).absolutePath(), crashedDir, QFileInfo(path).fileName());
    return hash;
}

QByteArray hashOf(const QString& path)
{
    Database db;
    const Status s = db.open(path);
    INFO(s.error().message.toStdString() << " " << s.error().detail.toStdString());
    REQUIRE(s);
    CHECK(value(db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    return test::TempDatabase::dumpHash(db);
}
} // namespace

namespace {
/// A plain database with a hot WAL, as a crash of the app leaves it, in `dir`/crashed: its
/// folder, its path and the hash of its rows.
struct CrashedPlainFile
{
    QString folder;
    QString path;
    QByteArray hash;
};

CrashedPlainFile crashedPlainFile(const QTemporaryDir& dir)
{
    CrashedPlainFile file;
    file.folder = dir.filePath(QStringLiteral("crashed"));
    file.hash = makePlainDatabase(dir.filePath(QStringLiteral("original/test.db")), true, file.folder);
    file.path = QDir(file.folder).filePath(QStringLiteral("test.db"));
    return file;
}
} // namespace

TEST_CASE("encryptInPlace turns a plain database with a hot WAL into an encrypted one",
          "[encryption][inplace]")
{
    test::ForgetKeysAtEnd forget;
    QTemporaryDir dir;
    const CrashedPlainFile file = crashedPlainFile(dir);
    const QString& crashed = file.folder;
    const QString& path = file.path;
    const QByteArray& hash = file.hash;
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 100000);
    REQUIRE(test::totalHits(test::canaryHits(crashed, canaries())) > 0);
    REQUIRE(PlainFileEncryptor::isPlain(path));

    const crypto::SecretBytes key = test::testKey(3);
    const Status encrypted = PlainFileEncryptor::encryptInPlace(path, key);
    INFO(encrypted.error().message.toStdString() << " " << encrypted.error().detail.toStdString());
    REQUIRE(encrypted);
    CHECK_FALSE(PlainFileEncryptor::isPlain(path));
    CHECK(EncryptedVfs::isEncryptedFile(path));
    CHECK(filesIn(crashed) == QStringList{QStringLiteral("test.db")});
    CHECK(test::canaryHits(crashed, canaries()).isEmpty());
    CHECK_FALSE(EncryptedVfs::hasKey(PlainFileEncryptor::pendingPath(path)));

    EncryptedVfs::setKey(path, key);
    CHECK(hashOf(path) == hash);
    // Again: an encrypted file is left as it is.
    const QByteArray bytes = test::fileBytes(path);
    REQUIRE(PlainFileEncryptor::encryptInPlace(path, key));
    CHECK(test::fileBytes(path) == bytes);
    CHECK(test::canaryHits(crashed, canaries()).isEmpty());
}

TEST_CASE("a lock file left empty by a process killed as it took the lock does not block encryption for ever",
          "[encryption][inplace]")
{
    test::ForgetKeysAtEnd forget;
    QTemporaryDir dir;
    const CrashedPlainFile file = crashedPlainFile(dir);
    const QString& path = file.path;
    const QByteArray& hash = file.hash;
    // Created, its owner's id never written: the process died in between (seen under SIGKILL).
    QFile orphan(path + QStringLiteral(".encrypting.lock"));
    REQUIRE(orphan.open(QIODevice::WriteOnly));
    orphan.close();
    REQUIRE(orphan.open(QIODevice::ReadWrite));
    REQUIRE(orphan.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    orphan.close();

    const crypto::SecretBytes key = test::testKey(3);
    QElapsedTimer took;
    took.start();
    const Status encrypted = PlainFileEncryptor::encryptInPlace(path, key);
    INFO(encrypted.error().message.toStdString() << " " << encrypted.error().detail.toStdString());
    REQUIRE(encrypted);
    CHECK(took.elapsed() < 10000); // not the 30 s of waiting for a live owner
    CHECK(EncryptedVfs::isEncryptedFile(path));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".encrypting.lock")));
    EncryptedVfs::setKey(path, key);
    CHECK(hashOf(path) == hash);
}

TEST_CASE("an interrupted encryptInPlace recovers from every state a crash can leave",
          "[encryption][inplace]")
{
    test::ForgetKeysAtEnd forget;
    const crypto::SecretBytes key = test::testKey(3);
    QTemporaryDir dir;
    // The plain file (closed, no WAL) and its complete encrypted copy.
    const QString plain = dir.filePath(QStringLiteral("plain/test.db"));
    const QByteArray hash = makePlainDatabase(plain, false);
    const QString done = dir.filePath(QStringLiteral("done/test.db"));
    QDir().mkpath(QFileInfo(done).absolutePath());
    REQUIRE(QFile::copy(plain, done));
    REQUIRE(PlainFileEncryptor::encryptInPlace(done, key));
    const QByteArray plainBytes = test::fileBytes(plain);
    const QByteArray encryptedBytes = test::fileBytes(done);
    REQUIRE(plainBytes.startsWith("SQLite format 3"));

    int run = 0;
    const auto state = [&](const QMap<QString, QByteArray>& files) {
        const QString folder = dir.filePath(QStringLiteral("state%1").arg(++run));
        QDir().mkpath(folder);
        for (auto it = files.begin(); it != files.end(); ++it)
            REQUIRE(test::writeFileBytes(QDir(folder).filePath(it.key()), it.value()));
        return QDir(folder).filePath(QStringLiteral("test.db"));
    };
    const auto expectPlain = [&](const QString& path) {
        EncryptedVfs::forgetKey(path);
        CHECK(hashOf(path) == hash); // Database::open recovers first
        CHECK(PlainFileEncryptor::isPlain(path));
        CHECK_FALSE(PlainFileEncryptor::isInterrupted(path));
        CHECK_FALSE(QFileInfo::exists(PlainFileEncryptor::pendingPath(path) + QStringLiteral("-journal")));
    };
    const auto expectEncrypted = [&](const QString& path) {
        EncryptedVfs::setKey(path, key);
        CHECK(hashOf(path) == hash);
        CHECK(EncryptedVfs::isEncryptedFile(path));
        CHECK_FALSE(PlainFileEncryptor::isInterrupted(path));
        CHECK(test::canaryHits(QFileInfo(path).absolutePath(), canaries()).isEmpty());
    };

    SECTION("the copy half written, beside the plain file: rolled back")
    {
        expectPlain(
            state({{QStringLiteral("test.db"), plainBytes},
                   {QStringLiteral("test.db.encrypting"), encryptedBytes.left(encryptedBytes.size() / 2)},
                   {QStringLiteral("test.db.encrypting-journal"), QByteArray(512, '\0')}}));
    }
    SECTION("the copy complete, the plain file still in place: rolled back")
    {
        expectPlain(state({{QStringLiteral("test.db"), plainBytes},
                           {QStringLiteral("test.db.encrypting"), encryptedBytes}}));
    }
    SECTION("the plain WAL's header already zeroed: the plain file has everything")
    {
        QByteArray wal(32 + 3 * 4120, '\x5a');
        std::memset(wal.data(), 0, 4096);
        expectPlain(state({{QStringLiteral("test.db"), plainBytes},
                           {QStringLiteral("test.db-wal"), wal},
                           {QStringLiteral("test.db.encrypting"), encryptedBytes}}));
    }
    SECTION("the plain file moved aside, the copy not yet in place: finished")
    {
        expectEncrypted(state({{QStringLiteral("test.db.plain"), plainBytes},
                               {QStringLiteral("test.db.encrypting"), encryptedBytes}}));
    }
    SECTION("the copy in place, the plain file not yet scrubbed: scrubbed")
    {
        expectEncrypted(state(
            {{QStringLiteral("test.db"), encryptedBytes}, {QStringLiteral("test.db.plain"), plainBytes}}));
    }
    SECTION("the plain file half scrubbed: scrubbed")
    {
        QByteArray half = plainBytes;
        std::memset(half.data(), 0, size_t(half.size() / 2));
        expectEncrypted(
            state({{QStringLiteral("test.db"), encryptedBytes}, {QStringLiteral("test.db.plain"), half}}));
    }
    SECTION("only the plain file, moved aside: put back")
    {
        expectPlain(state({{QStringLiteral("test.db.plain"), plainBytes}}));
    }
    SECTION("a later encryptInPlace finishes an interrupted one")
    {
        const QString path = state({{QStringLiteral("test.db.plain"), plainBytes},
                                    {QStringLiteral("test.db.encrypting"), encryptedBytes}});
        REQUIRE(PlainFileEncryptor::encryptInPlace(path, key));
        expectEncrypted(path);
    }
}

// ---------------------------------------------------------------------------------------------
// Costs (not run by default: [.bench]; run with `test_encryption "[bench]"`)

TEST_CASE("what encryption costs", "[.][bench]")
{
    using crypto::PageCipher;
    test::ForgetKeysAtEnd forget;
    {
        PageCipher cipher(test::testKey(1));
        const PageCipher::Salt salt = PageCipher::newSalt();
        std::vector<unsigned char> plain(4096, 0x33), stored(4096), out(4096);
        std::fill(plain.end() - 40, plain.end(), 0);
        const int n = 50000;
        for (const bool random : {false, true}) {
            cipher.setRandomNonces(random);
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < n; ++i)
                (void)cipher.encrypt(plain.data(), stored.data(), 4096, 5, salt);
            const double encryptUs = double(timer.nsecsElapsed()) / n / 1000.0;
            timer.restart();
            for (int i = 0; i < n; ++i)
                (void)cipher.decrypt(stored.data(), out.data(), 4096, 5, salt);
            const double decryptUs = double(timer.nsecsElapsed()) / n / 1000.0;
            WARN("page of 4096 bytes, " << (random ? "randombytes_buf nonces" : "prefix+counter nonces")
                                        << ": encrypt " << encryptUs << " us, decrypt " << decryptUs
                                        << " us");
        }
    }
    const int rows = 100000;
    for (int round = 0; round < 2; ++round) {
        for (const bool encrypted : {false, true}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("bench.db"));
            if (encrypted)
                EncryptedVfs::setKey(path, test::testKey(1));
            Database db;
            REQUIRE(db.open(path));
            exec(db, QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
            QElapsedTimer timer;
            timer.start();
            {
                WriteTransaction tx(db);
                sqlite3_stmt* insert = nullptr;
                REQUIRE(sqlite3_prepare_v2(db.handle(), "INSERT INTO t(body) VALUES(?)", -1, &insert,
                                           nullptr) == SQLITE_OK);
                const QByteArray body(180, 'x');
                for (int i = 0; i < rows; ++i) {
                    QByteArray text = body;
                    text.replace(0, 8, QByteArray::number(i).rightJustified(8, '0'));
                    sqlite3_bind_text(insert, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                    sqlite3_step(insert);
                    sqlite3_reset(insert);
                }
                sqlite3_finalize(insert);
                REQUIRE(tx.commit());
            }
            const qint64 insertMs = timer.elapsed();
            timer.restart();
            exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            const qint64 checkpointMs = timer.elapsed();
            db.close();
            REQUIRE(db.open(path));
            timer.restart();
            const QString sum = value(db, QStringLiteral("SELECT sum(length(body)) FROM t"));
            const qint64 scanMs = timer.elapsed();
            timer.restart();
            const QString again = value(db, QStringLiteral("SELECT sum(length(body)) FROM t"));
            const qint64 rescanMs = timer.elapsed();
            CHECK(sum == again);
            WARN((encrypted ? "encrypted" : "plain    ")
                 << " round " << round << ": insert " << rows << " rows " << insertMs << " ms, checkpoint "
                 << checkpointMs << " ms, full scan (new connection) " << scanMs << " ms, again (cached) "
                 << rescanMs << " ms, file " << QFileInfo(path).size() / 1024 << " KiB");
        }
    }
}

TEST_CASE("scrubbing a plain file overwrites its bytes before it is removed", "[encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fieldfile.db.v13.bak"));
    const QByteArray secret = QStringLiteral("张小雨 371321201001011234 留守儿童").toUtf8().repeated(300);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(secret) == secret.size());
    }
    // A second name for the same bytes shows what the scrub left on the disk.
    const QString other = dir.filePath(QStringLiteral("other-name"));
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()) == 0);
    CHECK(PlainFileEncryptor::scrub(path));
    CHECK_FALSE(QFile::exists(path));
    QFile left(other);
    REQUIRE(left.open(QIODevice::ReadOnly));
    const QByteArray bytes = left.readAll();
    CHECK(bytes.size() == secret.size());
    CHECK(bytes == QByteArray(secret.size(), '\0'));
    // Nothing there: nothing to do.
    CHECK(PlainFileEncryptor::scrub(dir.filePath(QStringLiteral("absent.bak"))));
}
