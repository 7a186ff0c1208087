// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeyPair.h"
#include "core/journal/Session.h"
#include "core/schema/Role.h"
#include "core/server/CountyKeyFile.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/PackageHeader.h"
#include "core/util/Result.h"

#include <optional>
#include <QCoreApplication>

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

    /// Makes a new county deployment in an empty database: its id and fresh keys.
    [[nodiscard]] static Status initialize(Database& db, const QString& countyId);
    bool isInitialized() const;
    QString countyId() const;
    /// The county's keys: public ones from the database, secret ones from the key file beside it
    /// (CountyKeyFile); a secret is empty when that file is missing or damaged.
    crypto::KeyPair signingKeys() const;
    crypto::KeyPair boxKeys() const;

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
    };
    /// The next changes a device may see after its cursor (server journal position), at most
    /// `limit` of them plus the whole history of households that entered its scope since.
    [[nodiscard]] Status pullPackage(const QString& deviceId, qint64 after, int limit, Page* page);

    /// A few lines for `fieldfile-server status`.
    QString statusText() const;

private:
    std::optional<CountyKeyFile::Secrets> secrets() const;
    /// pullPackage's page, read from one snapshot.
    [[nodiscard]] Status readPage(const QString& deviceId, qint64 after, int limit, Page* page);
    Database& m_db;
};

} // namespace ff
