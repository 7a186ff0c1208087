// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/LegacyDatabase.h"

#include "core/crypto/SecretBytes.h"
#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/profile/ProfileOpener.h"
#include "core/storage/PlainFileEncryptor.h"
#include "core/sync/DeviceSync.h"
#include "ui/profile/NewPasswordDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ff {

namespace {

/// Moves the file, and reports whether it is gone from its old place.
bool move(const QString& from, const QString& to) { return !QFile::exists(from) || QFile::rename(from, to); }

} // namespace

Status LegacyDatabase::adopt(const QString& legacyPath, const ProfileDirectory& profiles, QWidget* parent)
{
    if (!QFile::exists(legacyPath))
        return Status::ok();
    // Everything into the main file first, so one rename moves all of it.
    ProfileIdentity identity;
    ProfilePolicy policy;
    QByteArray recovery;
    bool demo = false;
    {
        Database db;
        if (Status s = db.open(legacyPath); !s)
            return s;
        const DeviceSync device(db);
        demo = !device.hasCounty() && db.meta(QStringLiteral("demo_data")) == QStringLiteral("1");
        identity = {device.user(), device.displayName(), device.role(), device.station(), device.countyId()};
        policy = ProfilePolicy::fromJson(device.policy());
        recovery = device.recoveryPublicKey();
        Query q(db);
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return Error{tr("The data file %1 could not be prepared for moving.").arg(legacyPath),
                         q.lastErrorText()};
    }
    const QDir legacyDir = QFileInfo(legacyPath).dir();

    QString folder;
    if (demo) {
        if (profiles.hasDemo()) {
            // A demo profile exists already: the old demo file is not needed.
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(legacyPath + suffix);
            return Status::ok();
        }
        folder = profiles.demoFolder();
        if (!QDir().mkpath(folder))
            return Error{tr("Could not create the folder %1.").arg(folder), {}};
    } else {
        NewPasswordDialog dialog(
            ProfilePolicy::kDefaultMinPasswordLength,
            tr("Fieldfile now protects the households' data on this laptop with a password: whoever finds a "
               "lost laptop cannot read them. Choose your password. You will type it each time you start "
               "Fieldfile."),
            parent);
        dialog.setWindowTitle(tr("Protect this laptop's data"));
        if (dialog.exec() != QDialog::Accepted)
            return Error{
                tr("Fieldfile opens only once the data on this laptop are protected with a password. "
                   "Nothing was changed."),
                {}};
        if (Status s = profiles.createFolder(&folder); !s)
            return s;
        if (policy.minPasswordLength < ProfilePolicy::kDefaultMinPasswordLength)
            policy = ProfilePolicy();
        // The key file first: if Fieldfile stops before the file is encrypted, signing in with this
        // password finishes the encryption (ProfileOpener::open).
        crypto::SecretBytes key = crypto::SecretBytes::random(ProfileKeyFile::kDataKeySize);
        ProfileKeyFile keyFile = ProfileKeyFile::create(key, dialog.password(), recovery);
        keyFile.setIdentity(identity);
        keyFile.setPolicy(policy);
        keyFile.setEncryptionPending(true);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Status written = keyFile.write(ProfileDirectory::keyFilePath(folder));
        if (written && !move(legacyPath, ProfileDirectory::databasePath(folder)))
            written = Error{
                tr("The data file %1 could not be moved into the profile folder %2.").arg(legacyPath, folder),
                {}};
        if (written) {
            Database db;
            written = ProfileOpener::open(folder, key, db); // encrypts in place, then opens
        }
        QApplication::restoreOverrideCursor();
        if (!written)
            return written;
    }
    if (demo) {
        ProfileKeyFile keyFile = ProfileKeyFile::demo();
        keyFile.setIdentity({QStringLiteral("demo"), {}, QStringLiteral("caseworker"), {}, {}});
        if (!move(legacyPath, ProfileDirectory::databasePath(folder)))
            return Error{
                tr("The data file %1 could not be moved into the profile folder %2.").arg(legacyPath, folder),
                {}};
        if (Status s = keyFile.write(ProfileDirectory::keyFilePath(folder)); !s)
            return s;
    }
    // Plain personal data: overwritten before it is removed.
    storage::PlainFileEncryptor::scrub(legacyPath + QStringLiteral("-wal"));
    QFile::remove(legacyPath + QStringLiteral("-shm"));
    // What the county published for this laptop, and the plain copies taken before migrations.
    move(legacyDir.filePath(QStringLiteral("forms")), ProfileDirectory::formsFolder(folder));
    const QString base = QFileInfo(legacyPath).fileName();
    for (const QString& backup : legacyDir.entryList({base + QStringLiteral(".v*.bak")}, QDir::Files))
        storage::PlainFileEncryptor::scrub(legacyDir.filePath(backup));
    return Status::ok();
}

} // namespace ff
