// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PasswordKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/profile/ProfileIdentity.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ff {

/// The one unencrypted file of a profile, `profile.key`: who the profile belongs to (for the
/// sign-in screen), the county's policy, and the profile's random data key twice — wrapped with a
/// key made from the password (Argon2id), and sealed to the county's recovery key so county IT can
/// give a forgotten password a new one. The data key encrypts every page of the profile's
/// database; it never leaves SecretBytes once unwrapped.
///
/// Changing the password re-wraps the data key: the database is not touched. A demo profile has
/// no data key (its data are invented and never leave the laptop).
///
/// JSON, written atomically, 0600:
/// `{"format":1,"kind":"county"|"demo","identity":{…},"policy":{…},
///   "password":{"kdf":"argon2id13","ops":N,"mem":N,"salt":b64,"wrapped":b64},
///   "recovery":{"publicKey":b64,"sealed":b64},"failedAttempts":N}`
class ProfileKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(ProfileKeyFile)

public:
    enum class Kind
    {
        County,
        Demo
    };
    static constexpr int kDataKeySize = 32;
    static QString fileName() { return QStringLiteral("profile.key"); }

    /// A county profile for dataKey, unlocked by password, recoverable with the county's recovery
    /// key (when recoveryPublicKey is empty the profile has no recovery until the county sends one).
    static ProfileKeyFile create(const crypto::SecretBytes& dataKey, const QString& password,
                                 const QByteArray& recoveryPublicKey,
                                 crypto::PasswordKey::Cost cost = crypto::PasswordKey::defaultCost());
    static ProfileKeyFile demo();

    [[nodiscard]] static Status read(const QString& path, ProfileKeyFile* out);
    [[nodiscard]] Status write(const QString& path) const;

    Kind kind() const { return m_kind; }
    bool isDemo() const { return m_kind == Kind::Demo; }
    const ProfileIdentity& identity() const { return m_identity; }
    void setIdentity(const ProfileIdentity& identity) { m_identity = identity; }
    const ProfilePolicy& policy() const { return m_policy; }
    void setPolicy(const ProfilePolicy& policy) { m_policy = policy; }
    /// Wrong passwords since the last right one (the sign-in screen's growing delay survives a
    /// restart of the app).
    int failedAttempts() const { return m_failedAttempts; }
    void setFailedAttempts(int n) { m_failedAttempts = n; }
    /// A plain database was put in the folder to be encrypted (an earlier Fieldfile's file being
    /// adopted): only then does opening encrypt a plain file instead of refusing it.
    bool encryptionPending() const { return m_encryptionPending; }
    void setEncryptionPending(bool pending) { m_encryptionPending = pending; }

    /// The data key, or null when password is not this profile's (or the file was changed).
    crypto::SecretBytes unlock(const QString& password) const;
    /// Wraps dataKey under newPassword instead of the old one.
    [[nodiscard]] bool setPassword(const crypto::SecretBytes& dataKey, const QString& newPassword,
                                   crypto::PasswordKey::Cost cost = crypto::PasswordKey::defaultCost());
    bool hasRecovery() const { return !m_recoverySealed.isEmpty(); }
    QByteArray recoveryPublicKey() const { return m_recoveryPublicKey; }
    /// Seals dataKey to the county's recovery key (for a profile enrolled before recovery keys).
    [[nodiscard]] bool setRecovery(const crypto::SecretBytes& dataKey, const QByteArray& recoveryPublicKey);
    /// The data key, opened with the county's recovery key pair; null when it is not the key the
    /// profile was sealed to.
    crypto::SecretBytes recover(const QByteArray& recoverySecretKey) const;

private:
    Kind m_kind = Kind::County;
    ProfileIdentity m_identity;
    ProfilePolicy m_policy;
    int m_failedAttempts = 0;
    bool m_encryptionPending = false;
    crypto::PasswordKey::Cost m_cost;
    QByteArray m_salt;
    QByteArray m_wrapped;
    QByteArray m_recoveryPublicKey;
    QByteArray m_recoverySealed;
};

} // namespace ff
