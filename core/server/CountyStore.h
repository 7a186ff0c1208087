// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeyPair.h"
#include "core/journal/Session.h"
#include "core/profile/ProfileIdentity.h"
#include "core/schema/Role.h"
#include "core/server/CountyKeyFile.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/PackageHeader.h"
#include "core/util/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>

namespace ff {

class Database;

/// The county's side of sync, over the county database: its identity and keys, users and their
/// roles, enrolled devices, one-time enrollment codes, household assignments, and the import of
/// packages with a signed receipt for each. The HTTP service and the admin command line both use it.
class CountyStore
{
    Q_DECLARE_TR_FUNCTIONS(CountyStore)

public:
    explicit CountyStore(Database& db);

    /// Makes a new county deployment in an empty database: its id and fresh keys (signing, box and
    /// recovery).
    [[nodiscard]] static Status initialize(Database& db, const QString& countyId);
    /// A deployment from before recovery keys gets one: a new X25519 key pair whose secret is added
    /// to the key file (atomically, 0600), under a lock so that two programs starting at once make
    /// one. Nothing to do when the key file already has one, or cannot be read (then nothing can
    /// be recovered here, as nothing can be signed).
    [[nodiscard]] Status ensureRecoveryKey();
    bool isInitialized() const;
    QString countyId() const;
    /// The county's keys: public ones from the database, secret ones from the key file beside it
    /// (CountyKeyFile); a secret is empty when that file is missing or damaged.
    crypto::KeyPair signingKeys() const;
    crypto::KeyPair boxKeys() const;
    /// The recovery key pair: laptop profiles seal their data key to its public half, which is
    /// computed from the secret in the key file (both empty when the file has none).
    crypto::KeyPair recoveryKeys() const;

    /// What the county asks of every laptop's profile: passwords of at least `minPasswordLength`
    /// characters, locked after `lockMinutes` idle, synced every `syncMinutes` while the county
    /// answers. The defaults until `policy` sets them.
    ProfilePolicy policy() const;
    static constexpr int kMaxPasswordLength = 128;
    static constexpr int kMinLockMinutes = 1;
    static constexpr int kMaxLockMinutes = 240;
    /// Changes the values given (8 … 128 characters, 1 … 240 minutes to the lock, 0 … 1440 minutes
    /// between automatic syncs, 0 for none), refusing any out of range without changing any.
    [[nodiscard]] Status setPolicy(std::optional<int> minPasswordLength, std::optional<int> lockMinutes,
                                   std::optional<int> syncMinutes = std::nullopt);
    /// What the county says of a user's profile and asks of it (docs/sync-protocol.md §8.4): their
    /// `displayName` and `station`, the `recoveryKey` (base64; left out when there is none) and the
    /// `policy`. Sent with the enrollment and with every pull page.
    QJsonObject profileFor(const QString& user) const;

    [[nodiscard]] Status addUser(const QString& name, const QString& role, const QString& station);
    /// A one-time code for enrolling one device of `user`.
    [[nodiscard]] Status issueEnrollmentCode(const QString& user, QString* code);
    /// Uses a code to register a device's public keys; the code cannot be used again.
    [[nodiscard]] Status enroll(const QString& code, const QString& deviceId,
                                const QByteArray& signingPublicKey, const QByteArray& boxPublicKey,
                                QString* user);
    [[nodiscard]] Status revokeDevice(const QString& deviceId);
    [[nodiscard]] Status assign(const QString& householdId, const QString& caseworker);
    std::optional<KnownDevice> device(const QString& deviceId) const;
    /// The role of a user (nullopt for no such user).
    std::optional<Role> role(const QString& user) const;
    /// The social-work station of a user (empty for county staff or no such user).
    QString station(const QString& user) const;
    /// The role of the user whose device this is (nullopt for a device not enrolled here).
    std::optional<Role> deviceRole(const QString& deviceId) const;
    /// How the county imports a package from `sender`: the journal and merge state only, every
    /// change from the sender itself, each judged by the authority rule as its user's role.
    ChangeImporter::Options importOptions(const QString& sender) const;
    /// The county's own person, who writes assignments.
    static Session countySession();

    struct ImportOutcome
    {
        enum class Kind
        {
            Applied,
            AlreadyImported,
            Refused
        };
        Kind kind = Kind::Refused;
        QString reason; ///< why it was refused, for the person importing
        PackageHeader header;
        ChangeImporter::Report report;
        QByteArray receipt;     ///< signed receipt to hand back (not for refused packages)
        bool forbidden = false; ///< refused because the device that pushed it may not
        bool diskFull = false;  ///< refused because the disk (or the database's size limit) is full
        bool busy = false;      ///< refused only because the database was busy: try again later
        bool demo = false;      ///< refused because the demo profile wrote it (invented households)
    };
    /// Imports one package file: all of it or none of it; the same package twice is recognised.
    /// `pushedBy`: the enrolled device that sent it over HTTP (empty: county IT's command line).
    /// A device other than a county user's may push only its own packages.
    ImportOutcome importPackage(const QByteArray& bytes, const QString& pushedBy = {});

    /// One pull page for a device (docs/sync-protocol.md, "Pull").
    struct Page
    {
        QByteArray package;     ///< for the device; empty when there is nothing new
        qint64 cursor = 0;      ///< where the next pull starts (a server journal position)
        bool more = false;      ///< another page is waiting
        int count = 0;          ///< changes in this page
        qint64 remaining = 0;   ///< changes in scope after this page, for the device's progress bar
        QStringList left;       ///< households that left this device's scope since its cursor
        QStringList households; ///< the households whose changes this page carries
        QJsonObject profile;    ///< profileFor() the device's user, as of this page
        /// The profile as sent (base64 of its compact JSON) and the county's Ed25519 signature of
        /// those bytes: a laptop takes a recovery key or a policy only from the county.
        QByteArray profileHeader;
        QByteArray profileSignature;
        /// The county's epoch (CountyBackup): another one than a laptop stored means the county
        /// was restored from a backup.
        QString epoch;
        /// The certificate announced for next (`announce-certificate`), DER, and the county's
        /// signature of ServerTrust::announcementMessage() of it; empty when none is announced.
        QByteArray nextCertificate;
        QByteArray nextCertificateSignature;
    };
    /// The next changes a device may see after its cursor (server journal position), at most
    /// `limit` of them plus the whole history of households that entered its scope since. The
    /// device's own changes up to its sequence `ownThrough` (which it says it holds) are left out
    /// of the page: a laptop does not receive again what it has just pushed (-1: none left out).
    [[nodiscard]] Status pullPackage(const QString& deviceId, qint64 after, int limit, Page* page,
                                     qint64 ownThrough = -1);

    /// On a PostgreSQL store, shared by several server processes: records a signed request's nonce
    /// (RequestAuthenticator) for all of them; Seen when another process (or this one) had it,
    /// Failed when it could not be written. Nonces older than `forgetBeforeMs` are forgotten.
    /// On SQLite, with one process per database, always New: the process's memory is enough.
    enum class NonceSeen
    {
        New,
        Seen,
        Failed
    };
    NonceSeen rememberNonce(const QString& device, const QByteArray& nonce, qint64 timeMs,
                            qint64 forgetBeforeMs);

    /// A few lines for `fieldfile-server status`.
    QString statusText() const;

private:
    std::optional<CountyKeyFile::Secrets> secrets() const;
    QJsonObject profileOf(const QString& user, const QString& station) const;
    /// pullPackage's page, read from one snapshot.
    [[nodiscard]] Status readPage(const QString& deviceId, qint64 after, int limit, Page* page,
                                  qint64 ownThrough);
    Database& m_db;
};

} // namespace ff
