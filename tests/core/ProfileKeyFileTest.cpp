// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A profile's key file (core/profile/ProfileKeyFile): its data key opens with the right password
// only, a new password re-wraps it, changed bytes are refused, the county's recovery key opens it,
// and the file goes to disk and back whole, readable by its owner only.
#include "tests/support/QtStringMaker.h"

#include "core/crypto/KeyPair.h"
#include "core/crypto/SecretBytes.h"
#include "core/profile/ProfileKeyFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstring>

#include <sys/stat.h>

using namespace ff;

namespace {
const crypto::PasswordKey::Cost kCheap = crypto::PasswordKey::testCost();

bool same(const crypto::SecretBytes& a, const crypto::SecretBytes& b)
{
    return !a.isNull() && !b.isNull() && a.size() == b.size() &&
           std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& o)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(o).toJson());
}
} // namespace

TEST_CASE("a box secret key gives the public key it was made with", "[profile][crypto]")
{
    for (int i = 0; i < 3; ++i) {
        const crypto::KeyPair pair = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
        REQUIRE(pair.isValid());
        CHECK(crypto::KeyPair::boxPublicFor(pair.secretKey) == pair.publicKey);
    }
    CHECK(crypto::KeyPair::boxPublicFor(QByteArray(31, 'x')).isEmpty());
    CHECK(crypto::KeyPair::boxPublicFor({}).isEmpty());
}

TEST_CASE("a profile's data key opens with its password only, and a new password re-wraps it", "[profile]")
{
    const crypto::SecretBytes dataKey = crypto::SecretBytes::random(ProfileKeyFile::kDataKeySize);
    ProfileKeyFile file = ProfileKeyFile::create(dataKey, QStringLiteral("岸堤镇 correct horse"), {}, kCheap);
    CHECK_FALSE(file.isDemo());
    CHECK_FALSE(file.hasRecovery());
    CHECK(same(file.unlock(QStringLiteral("岸堤镇 correct horse")), dataKey));
    CHECK(file.unlock(QStringLiteral("岸堤镇 Correct horse")).isNull());
    CHECK(file.unlock(QString()).isNull());

    file.setFailedAttempts(3);
    REQUIRE(file.setPassword(dataKey, QStringLiteral("battery staple"), kCheap));
    CHECK(file.failedAttempts() == 0); // a new password starts a new count
    CHECK(same(file.unlock(QStringLiteral("battery staple")), dataKey));
    CHECK(file.unlock(QStringLiteral("岸堤镇 correct horse")).isNull());
    // Only a data key of the right size is wrapped.
    CHECK_FALSE(file.setPassword(crypto::SecretBytes::random(16), QStringLiteral("x"), kCheap));
    CHECK(same(file.unlock(QStringLiteral("battery staple")), dataKey));
}

TEST_CASE("a profile's key file goes to disk and back whole, readable by its owner only", "[profile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(ProfileKeyFile::fileName());
    const crypto::KeyPair recovery = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
    const crypto::SecretBytes dataKey = crypto::SecretBytes::random(ProfileKeyFile::kDataKeySize);
    ProfileKeyFile file =
        ProfileKeyFile::create(dataKey, QStringLiteral("correct horse"), recovery.publicKey, kCheap);
    file.setIdentity({QStringLiteral("王芳"), QStringLiteral("王芳"), QStringLiteral("caseworker"),
                      QStringLiteral("岸堤镇社工站"), QStringLiteral("371321")});
    ProfilePolicy policy;
    policy.minPasswordLength = 12;
    policy.lockMinutes = 5;
    file.setPolicy(policy);
    file.setFailedAttempts(2);
    REQUIRE(file.write(path));
    struct stat status = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0600);
    // Nothing of the data key is in the file as it is.
    QFile raw(path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char*>(dataKey.data()), dataKey.size())));
    CHECK_FALSE(
        bytes.contains(QByteArray(reinterpret_cast<const char*>(dataKey.data()), dataKey.size()).toBase64()));

    ProfileKeyFile back;
    REQUIRE(ProfileKeyFile::read(path, &back));
    CHECK(back.kind() == ProfileKeyFile::Kind::County);
    CHECK(back.identity().user == QStringLiteral("王芳"));
    CHECK(back.identity().displayName == QStringLiteral("王芳"));
    CHECK(back.identity().role == QStringLiteral("caseworker"));
    CHECK(back.identity().station == QStringLiteral("岸堤镇社工站"));
    CHECK(back.identity().county == QStringLiteral("371321"));
    CHECK(back.policy().minPasswordLength == 12);
    CHECK(back.policy().lockMinutes == 5);
    CHECK(back.failedAttempts() == 2);
    CHECK(back.hasRecovery());
    CHECK(back.recoveryPublicKey() == recovery.publicKey);
    CHECK(same(back.unlock(QStringLiteral("correct horse")), dataKey));
    CHECK(same(back.recover(recovery.secretKey), dataKey));

    // The demo profile: no key at all, and it says what it is.
    const QString demoPath = dir.filePath(QStringLiteral("demo.key"));
    REQUIRE(ProfileKeyFile::demo().write(demoPath));
    REQUIRE(ProfileKeyFile::read(demoPath, &back));
    CHECK(back.isDemo());
    CHECK(back.unlock(QStringLiteral("correct horse")).isNull());
    CHECK_FALSE(back.hasRecovery());

    // What is not a key file is refused with a reason.
    const QString other = dir.filePath(QStringLiteral("other.key"));
    writeJson(other, QJsonObject{{QStringLiteral("format"), 2}});
    CHECK_FALSE(ProfileKeyFile::read(other, &back));
    CHECK_FALSE(ProfileKeyFile::read(dir.filePath(QStringLiteral("missing.key")), &back));
}

TEST_CASE("a key file whose wrapped or sealed key was changed opens with nothing", "[profile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(ProfileKeyFile::fileName());
    const crypto::KeyPair recovery = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
    const crypto::SecretBytes dataKey = crypto::SecretBytes::random(ProfileKeyFile::kDataKeySize);
    REQUIRE(ProfileKeyFile::create(dataKey, QStringLiteral("correct horse"), recovery.publicKey, kCheap)
                .write(path));
    const QJsonObject original = readJson(path);

    // One bit of the wrapped key, each in turn: the nonce, the ciphertext, the tag.
    const QByteArray wrapped = QByteArray::fromBase64(original.value(QStringLiteral("password"))
                                                          .toObject()
                                                          .value(QStringLiteral("wrapped"))
                                                          .toString()
                                                          .toLatin1());
    REQUIRE(wrapped.size() > 40);
    for (const qsizetype at : {qsizetype(0), qsizetype(30), wrapped.size() - 1}) {
        INFO("byte " << at);
        QByteArray changed = wrapped;
        changed[at] = char(changed[at] ^ 0x01);
        QJsonObject password = original.value(QStringLiteral("password")).toObject();
        password.insert(QStringLiteral("wrapped"), QString::fromLatin1(changed.toBase64()));
        QJsonObject o = original;
        o.insert(QStringLiteral("password"), password);
        writeJson(path, o);
        ProfileKeyFile file;
        REQUIRE(ProfileKeyFile::read(path, &file));
        CHECK(file.unlock(QStringLiteral("correct horse")).isNull());
        CHECK(same(file.recover(recovery.secretKey), dataKey)); // the sealed copy is untouched
    }
    // Another salt gives another key: nothing opens either.
    {
        QJsonObject password = original.value(QStringLiteral("password")).toObject();
        password.insert(QStringLiteral("salt"), QString::fromLatin1(QByteArray(16, 'a').toBase64()));
        QJsonObject o = original;
        o.insert(QStringLiteral("password"), password);
        writeJson(path, o);
        ProfileKeyFile file;
        REQUIRE(ProfileKeyFile::read(path, &file));
        CHECK(file.unlock(QStringLiteral("correct horse")).isNull());
    }
    // The sealed copy changed: recovery opens nothing, the password still does.
    {
        QJsonObject sealed = original.value(QStringLiteral("recovery")).toObject();
        QByteArray bytes =
            QByteArray::fromBase64(sealed.value(QStringLiteral("sealed")).toString().toLatin1());
        REQUIRE_FALSE(bytes.isEmpty());
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x80);
        sealed.insert(QStringLiteral("sealed"), QString::fromLatin1(bytes.toBase64()));
        QJsonObject o = original;
        o.insert(QStringLiteral("recovery"), sealed);
        writeJson(path, o);
        ProfileKeyFile file;
        REQUIRE(ProfileKeyFile::read(path, &file));
        CHECK(file.recover(recovery.secretKey).isNull());
        CHECK(same(file.unlock(QStringLiteral("correct horse")), dataKey));
    }
}

TEST_CASE("the county's recovery key opens a profile's data key, another key does not", "[profile]")
{
    const crypto::KeyPair recovery = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
    const crypto::KeyPair other = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
    const crypto::SecretBytes dataKey = crypto::SecretBytes::random(ProfileKeyFile::kDataKeySize);
    ProfileKeyFile file =
        ProfileKeyFile::create(dataKey, QStringLiteral("forgotten"), recovery.publicKey, kCheap);
    REQUIRE(file.hasRecovery());
    const crypto::SecretBytes recovered = file.recover(recovery.secretKey);
    CHECK(same(recovered, dataKey));
    CHECK(file.recover(other.secretKey).isNull());
    CHECK(file.recover(QByteArray(32, '\0')).isNull());
    CHECK(file.recover({}).isNull());

    // County IT gives it a new password with the recovered key: the new one opens it, the old one
    // no longer does, and recovery still works afterwards.
    REQUIRE(file.setPassword(recovered, QStringLiteral("a new password"), kCheap));
    CHECK(same(file.unlock(QStringLiteral("a new password")), dataKey));
    CHECK(file.unlock(QStringLiteral("forgotten")).isNull());
    CHECK(same(file.recover(recovery.secretKey), dataKey));

    // A profile enrolled before recovery keys is sealed when the county's key arrives.
    ProfileKeyFile late = ProfileKeyFile::create(dataKey, QStringLiteral("pw"), {}, kCheap);
    CHECK_FALSE(late.hasRecovery());
    CHECK(late.recover(recovery.secretKey).isNull());
    CHECK_FALSE(late.setRecovery(dataKey, QByteArray(5, 'x')));
    REQUIRE(late.setRecovery(dataKey, recovery.publicKey));
    CHECK(same(late.recover(recovery.secretKey), dataKey));
}
