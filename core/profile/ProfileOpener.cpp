// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileOpener.h"

#include "core/db/Database.h"
#include "core/profile/ProfileDirectory.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/PlainFileEncryptor.h"

#include <QDir>
#include <QFile>

namespace ff {

int ProfileOpener::retryDelaySeconds(int failures)
{
    if (failures < 3)
        return 0;
    return qMin(60, 1 << qMin(failures - 2, 6));
}

Status ProfileOpener::unlock(const QString& folder, const QString& password, crypto::SecretBytes* dataKey)
{
    const QString path = ProfileDirectory::keyFilePath(folder);
    ProfileKeyFile keyFile;
    if (Status s = ProfileKeyFile::read(path, &keyFile); !s)
        return s;
    if (keyFile.isDemo())
        return Error{tr("The demo profile has no password."), {}};
    crypto::SecretBytes key = keyFile.unlock(password);
    if (key.isNull()) {
        keyFile.setFailedAttempts(keyFile.failedAttempts() + 1);
        (void)keyFile.write(path); // the count is a courtesy: a read-only disk must not block sign-in
        return Error{tr("That is not the password of this profile."), wrongPassword()};
    }
    if (keyFile.failedAttempts() > 0) {
        keyFile.setFailedAttempts(0);
        (void)keyFile.write(path);
    }
    *dataKey = std::move(key);
    return Status::ok();
}

Status ProfileOpener::open(const QString& folder, const crypto::SecretBytes& dataKey, Database& db)
{
    const QString path = ProfileDirectory::databasePath(folder);
    if (!dataKey.isNull()) {
        if (Status s = storage::EncryptedVfs::install(); !s)
            return s;
        // A data file of an earlier Fieldfile being adopted (its encryption maybe cut short):
        // encrypted before anything reads it. Any other plain file is refused: a file put in the
        // folder must not become the profile's data.
        if (QFile::exists(path) && storage::PlainFileEncryptor::isPlain(path)) {
            const QString keyPath = ProfileDirectory::keyFilePath(folder);
            ProfileKeyFile keyFile;
            if (!ProfileKeyFile::read(keyPath, &keyFile) || !keyFile.encryptionPending())
                return Error{
                    tr("The data file %1 of this profile is not encrypted: Fieldfile does not open it.")
                        .arg(path),
                    QStringLiteral("unexpected plain file")};
            if (Status s = storage::PlainFileEncryptor::encryptInPlace(path, dataKey); !s)
                return s;
            keyFile.setEncryptionPending(false);
            if (Status s = keyFile.write(keyPath); !s)
                return s;
        }
        storage::EncryptedVfs::setKey(path, dataKey);
    }
    return db.open(path);
}

Status ProfileOpener::create(const QString& folder, const QString& password, crypto::SecretBytes* dataKey,
                             Database& db, crypto::PasswordKey::Cost cost)
{
    crypto::SecretBytes key = crypto::SecretBytes::random(ProfileKeyFile::kDataKeySize);
    if (key.isNull())
        return Error{tr("The cryptography library could not make a key for the profile."), {}};
    const ProfileKeyFile keyFile = ProfileKeyFile::create(key, password, {}, cost);
    if (Status s = keyFile.write(ProfileDirectory::keyFilePath(folder)); !s)
        return s;
    if (Status s = open(folder, key, db); !s)
        return s;
    *dataKey = std::move(key);
    return Status::ok();
}

Status ProfileOpener::completeEnrollment(const QString& folder, const crypto::SecretBytes& dataKey,
                                         const ProfileIdentity& identity, const ProfilePolicy& policy,
                                         const QByteArray& recoveryPublicKey)
{
    const QString path = ProfileDirectory::keyFilePath(folder);
    ProfileKeyFile keyFile;
    if (Status s = ProfileKeyFile::read(path, &keyFile); !s)
        return s;
    keyFile.setIdentity(identity);
    keyFile.setPolicy(policy);
    if (!recoveryPublicKey.isEmpty() && !keyFile.setRecovery(dataKey, recoveryPublicKey))
        return Error{tr("The county's recovery key is not valid."), {}};
    return keyFile.write(path);
}

Status ProfileOpener::createDemo(const QString& folder, Database& db)
{
    if (!QDir().mkpath(folder))
        return Error{tr("Could not create the folder %1.").arg(folder), {}};
    const QString keyPath = ProfileDirectory::keyFilePath(folder);
    if (!QFile::exists(keyPath)) {
        ProfileKeyFile demo = ProfileKeyFile::demo();
        demo.setIdentity({QStringLiteral("demo"), {}, QStringLiteral("caseworker"), {}, {}});
        if (Status s = demo.write(keyPath); !s)
            return s;
    }
    return open(folder, {}, db);
}

Status ProfileOpener::changePassword(const QString& folder, const QString& oldPassword,
                                     const QString& newPassword, crypto::PasswordKey::Cost cost)
{
    crypto::SecretBytes key;
    if (Status s = unlock(folder, oldPassword, &key); !s)
        return s;
    const QString path = ProfileDirectory::keyFilePath(folder);
    ProfileKeyFile keyFile;
    if (Status s = ProfileKeyFile::read(path, &keyFile); !s)
        return s;
    if (newPassword.size() < keyFile.policy().minPasswordLength)
        return Error{
            tr("The new password needs at least %n characters.", nullptr, keyFile.policy().minPasswordLength),
            {}};
    if (!keyFile.setPassword(key, newPassword, cost))
        return Error{tr("The profile's key could not be protected with the password."), {}};
    return keyFile.write(path);
}

} // namespace ff
