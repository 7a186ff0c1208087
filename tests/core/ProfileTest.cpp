// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles on a laptop: made, unlocked by their password only, counted wrong tries, a changed
// password that does not touch the data, and every file in the folder unreadable without the key.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/profile/ProfileDirectory.h"
#include "core/profile/ProfileOpener.h"
#include "core/records/HouseholdRepository.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/PlainFileEncryptor.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ff;

namespace {

const auto kCheap = crypto::PasswordKey::testCost();

/// How many files under folder hold needle (as UTF-8 bytes).
int filesHolding(const QString& folder, const QString& needle)
{
    int hits = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            ++hits;
    }
    return hits;
}

int households(Database& db)
{
    Query q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM household")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST_CASE("a profile opens with its password only, and its folder holds no readable household data",
          "[profile]")
{
    QTemporaryDir dir;
    const ProfileDirectory profiles(dir.filePath(QStringLiteral("profiles")));
    QString folder;
    REQUIRE(profiles.createFolder(&folder));
    CHECK((QFileInfo(folder).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    {
        Database db;
        crypto::SecretBytes key;
        REQUIRE(ProfileOpener::create(folder, QStringLiteral("correct horse"), &key, db, kCheap));
        HouseholdFile file = test::sampleHousehold(QStringLiteral("欧阳明远"));
        file.household.insert(QStringLiteral("notes"), QStringLiteral("孩子由祖母照看，父母在宁波打工"));
        REQUIRE(HouseholdRepository(db, Session::of(QStringLiteral("王芳"))).save(file));
        // Open, with the WAL uncheckpointed: nothing readable either.
        CHECK(filesHolding(folder, QStringLiteral("欧阳明远")) == 0);
        CHECK(filesHolding(folder, QStringLiteral("宁波打工")) == 0);
        CHECK(filesHolding(folder, file.members.first().value(QStringLiteral("id_number")).toString()) == 0);
    }
    CHECK(filesHolding(folder, QStringLiteral("欧阳明远")) == 0);
    CHECK_FALSE(storage::PlainFileEncryptor::isPlain(ProfileDirectory::databasePath(folder)));
    storage::EncryptedVfs::forgetAllKeys();

    crypto::SecretBytes key;
    const Status wrong = ProfileOpener::unlock(folder, QStringLiteral("Correct horse"), &key);
    CHECK(wrong.error().detail == ProfileOpener::wrongPassword());
    CHECK(key.isNull());
    REQUIRE(ProfileOpener::unlock(folder, QStringLiteral("correct horse"), &key));
    Database db;
    REQUIRE(ProfileOpener::open(folder, key, db));
    CHECK(households(db) == 1);
}

TEST_CASE("wrong passwords are counted across restarts and make the next try wait longer", "[profile]")
{
    QTemporaryDir dir;
    const ProfileDirectory profiles(dir.filePath(QStringLiteral("profiles")));
    QString folder;
    REQUIRE(profiles.createFolder(&folder));
    {
        Database db;
        crypto::SecretBytes key;
        REQUIRE(ProfileOpener::create(folder, QStringLiteral("correct horse"), &key, db, kCheap));
    }
    CHECK(ProfileOpener::retryDelaySeconds(0) == 0);
    CHECK(ProfileOpener::retryDelaySeconds(2) == 0);
    CHECK(ProfileOpener::retryDelaySeconds(3) == 2);
    CHECK(ProfileOpener::retryDelaySeconds(4) == 4);
    CHECK(ProfileOpener::retryDelaySeconds(20) == 60);
    crypto::SecretBytes key;
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(ProfileOpener::unlock(folder, QStringLiteral("guess %1").arg(i), &key));
    ProfileKeyFile keyFile;
    REQUIRE(ProfileKeyFile::read(ProfileDirectory::keyFilePath(folder), &keyFile));
    CHECK(keyFile.failedAttempts() == 4);
    REQUIRE(ProfileOpener::unlock(folder, QStringLiteral("correct horse"), &key));
    REQUIRE(ProfileKeyFile::read(ProfileDirectory::keyFilePath(folder), &keyFile));
    CHECK(keyFile.failedAttempts() == 0);
}

TEST_CASE("changing the password re-wraps the key and leaves the database file as it was", "[profile]")
{
    QTemporaryDir dir;
    const ProfileDirectory profiles(dir.filePath(QStringLiteral("profiles")));
    QString folder;
    REQUIRE(profiles.createFolder(&folder));
    {
        Database db;
        crypto::SecretBytes key;
        REQUIRE(ProfileOpener::create(folder, QStringLiteral("correct horse"), &key, db, kCheap));
        HouseholdFile file = test::sampleHousehold();
        REQUIRE(HouseholdRepository(db, Session::of(QStringLiteral("王芳"))).save(file));
        Query q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile before(ProfileDirectory::databasePath(folder));
    REQUIRE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    const Status shortOne = ProfileOpener::changePassword(folder, QStringLiteral("correct horse"),
                                                          QStringLiteral("short"), kCheap);
    CHECK(shortOne.error().message.contains(QStringLiteral("at least 8")));
    CHECK_FALSE(ProfileOpener::changePassword(folder, QStringLiteral("wrong one"),
                                              QStringLiteral("battery staple"), kCheap));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(ProfileOpener::changePassword(folder, QStringLiteral("correct horse"),
                                          QStringLiteral("battery staple"), kCheap));
    CHECK(timer.elapsed() < 2000);
    QFile after(ProfileDirectory::databasePath(folder));
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == bytes);

    crypto::SecretBytes key;
    CHECK_FALSE(ProfileOpener::unlock(folder, QStringLiteral("correct horse"), &key));
    REQUIRE(ProfileOpener::unlock(folder, QStringLiteral("battery staple"), &key));
    storage::EncryptedVfs::forgetAllKeys();
    Database db;
    REQUIRE(ProfileOpener::open(folder, key, db));
    CHECK(households(db) == 1);
}

TEST_CASE("unlocking with the default cost takes under a second", "[profile]")
{
    QTemporaryDir dir;
    const ProfileDirectory profiles(dir.filePath(QStringLiteral("profiles")));
    QString folder;
    REQUIRE(profiles.createFolder(&folder));
    {
        Database db;
        crypto::SecretBytes key;
        REQUIRE(ProfileOpener::create(folder, QStringLiteral("correct horse"), &key, db));
    }
    QElapsedTimer timer;
    timer.start();
    crypto::SecretBytes key;
    REQUIRE(ProfileOpener::unlock(folder, QStringLiteral("correct horse"), &key));
    const qint64 ms = timer.elapsed();
    WARN("unlock with Argon2id MODERATE: " << ms << " ms");
    // Not a timed assertion of speed: a sanity bound far above the budget, for a broken cost.
    CHECK(ms < 10000);
}

TEST_CASE("a plain database in a profile folder is encrypted when it is being adopted, and refused otherwise",
          "[profile]")
{
    QTemporaryDir dir;
    const ProfileDirectory profiles(dir.filePath(QStringLiteral("profiles")));
    QString folder;
    REQUIRE(profiles.createFolder(&folder));
    {
        Database plain;
        REQUIRE(plain.open(ProfileDirectory::databasePath(folder)));
        HouseholdFile file = test::sampleHousehold(QStringLiteral("欧阳明远"));
        REQUIRE(HouseholdRepository(plain, Session::of(QStringLiteral("王芳"))).save(file));
    }
    CHECK(filesHolding(folder, QStringLiteral("欧阳明远")) > 0); // the scan can find plaintext
    crypto::SecretBytes key = crypto::SecretBytes::random(ProfileKeyFile::kDataKeySize);
    ProfileKeyFile keyFile = ProfileKeyFile::create(key, QStringLiteral("correct horse"), {}, kCheap);
    REQUIRE(keyFile.write(ProfileDirectory::keyFilePath(folder)));
    {
        // Not being adopted: a plain file in the folder is refused, and left as it was.
        Database db;
        const Status refused = ProfileOpener::open(folder, key, db);
        CHECK(refused.error().detail == QStringLiteral("unexpected plain file"));
        CHECK(storage::PlainFileEncryptor::isPlain(ProfileDirectory::databasePath(folder)));
    }
    keyFile.setEncryptionPending(true);
    REQUIRE(keyFile.write(ProfileDirectory::keyFilePath(folder)));
    {
        Database db;
        REQUIRE(ProfileOpener::open(folder, key, db));
        CHECK(households(db) == 1);
    }
    CHECK(filesHolding(folder, QStringLiteral("欧阳明远")) == 0);
    REQUIRE(ProfileKeyFile::read(ProfileDirectory::keyFilePath(folder), &keyFile));
    CHECK_FALSE(keyFile.encryptionPending());
}
