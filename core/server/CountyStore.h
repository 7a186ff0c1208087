// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/KeyPair.h"
#include "sync/ChangeImporter.h"
#include "sync/PackageHeader.h"
#include "util/Result.h"

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
    /// The role of a user: caseworker, supervisor or county (empty if unknown).
    QString role(const QString& user) const;

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
        QByteArray receipt; ///< signed receipt to hand back (not for refused packages)
    };
    /// Imports one package file: all of it or none of it; the same package twice is recognised.
    ImportOutcome importPackage(const QByteArray& bytes);

    /// The next changes a device may see after its cursor (server journal position), at most
    /// `limit` of them, as a package for that device; empty when there is nothing new. `cursor`
    /// is where the next pull starts; `more` says whether another page is waiting. `left` receives
    /// the households that were reassigned away from this device's caseworker since the cursor.
    [[nodiscard]] Status pullPackage(const QString& deviceId, qint64 after, int limit, QByteArray* package,
                                     qint64* cursor, bool* more, int* count = nullptr,
                                     QStringList* left = nullptr);

    /// A few lines for `fieldfile-server status`.
    QString statusText() const;

private:
    Database& m_db;
};

} // namespace ff
