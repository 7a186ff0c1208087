// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/profile/ProfileKeyFile.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ff {

class Database;

/// Opens a profile: checks a password against its key file, hands the data key to the encrypting
/// file layer for the profile's database, and opens that database. Also creates new profiles.
///
/// A wrong password counts in the key file (failedAttempts), so the sign-in screen's growing delay
/// survives a restart; the right one resets it.
class ProfileOpener
{
    Q_DECLARE_TR_FUNCTIONS(ProfileOpener)

public:
    /// The Error::detail of a wrong password.
    static QString wrongPassword() { return QStringLiteral("wrong-password"); }
    /// Seconds to wait before the next try after failures wrong passwords in a row: none for the
    /// first two, then 2, 4, 8, … up to a minute.
    static int retryDelaySeconds(int failures);

    /// The data key of the profile in folder for password (slow on purpose: Argon2id).
    [[nodiscard]] static Status unlock(const QString& folder, const QString& password,
                                       crypto::SecretBytes* dataKey);
    /// Opens the profile's database with its data key (null for the demo profile, which is not
    /// encrypted: it holds invented data only).
    [[nodiscard]] static Status open(const QString& folder, const crypto::SecretBytes& dataKey, Database& db);

    /// A new county profile in folder: a random data key protected by password, and its empty
    /// encrypted database, opened in db. The county's identity, policy and recovery key are added
    /// after enrollment (completeEnrollment).
    [[nodiscard]] static Status create(const QString& folder, const QString& password,
                                       crypto::SecretBytes* dataKey, Database& db,
                                       crypto::PasswordKey::Cost cost = crypto::PasswordKey::defaultCost());
    /// After enrollment: the key file learns who the profile belongs to, the county's policy, and
    /// seals the data key to the county's recovery key.
    [[nodiscard]] static Status completeEnrollment(const QString& folder, const crypto::SecretBytes& dataKey,
                                                   const ProfileIdentity& identity,
                                                   const ProfilePolicy& policy,
                                                   const QByteArray& recoveryPublicKey);
    /// The demo profile in folder (created when missing); its database opened in db.
    [[nodiscard]] static Status createDemo(const QString& folder, Database& db);
    /// Re-wraps the data key under a new password; the database is not touched.
    [[nodiscard]] static Status
    changePassword(const QString& folder, const QString& oldPassword, const QString& newPassword,
                   crypto::PasswordKey::Cost cost = crypto::PasswordKey::defaultCost());
};

} // namespace ff
