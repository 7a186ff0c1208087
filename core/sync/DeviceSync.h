// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeyPair.h"
#include "core/journal/Session.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslCertificate>

namespace ff {

class Database;

/// The laptop's side of sync, over its own database: its device keys, the county it belongs to,
/// what it has sent that the county acknowledged, and how far it has pulled.
///
/// The outbox is every change this device made with a sequence number above the acknowledged
/// one; it only shrinks when a receipt signed by the county says the changes arrived, so nothing
/// written offline is forgotten, whether it travels over the network or on a USB stick.
class DeviceSync
{
    Q_DECLARE_TR_FUNCTIONS(DeviceSync)

public:
    explicit DeviceSync(Database& db);

    /// Makes this device's signing and box keys on first use.
    [[nodiscard]] Status ensureKeys();
    QString deviceId() const;
    crypto::KeyPair signingKeys() const;
    crypto::KeyPair boxKeys() const;

    /// Remembers the county this device enrolled with; `certificatePem`: the county server's own
    /// HTTPS certificate, pinned at enrollment (ServerTrust), or empty.
    [[nodiscard]] Status setCounty(const QString& countyId, const QByteArray& signingPublicKey,
                                   const QByteArray& boxPublicKey, const QString& serverUrl,
                                   const QString& user, const QString& role = {},
                                   const QByteArray& certificatePem = {});
    /// The county server's pinned certificate (null: the system's authorities decide).
    QSslCertificate serverCertificate() const;
    bool hasCounty() const;
    QString countyId() const;
    QString serverUrl() const;
    QString user() const;
    /// caseworker, supervisor or county, as the county said at enrollment.
    QString role() const;
    /// The person this laptop was enrolled for (the county's user, with the role the county gave),
    /// known to people as `displayName`. A laptop never enrolled acts as a caseworker's.
    Session session(const QString& displayName, const Clock& clock = Clock::system()) const;
    QByteArray countySigningKey() const;

    /// Changes made here that the county has not acknowledged.
    int unsentCount() const;
    qint64 acknowledgedSequence() const;
    /// When a sync last went through whole, push and pull (invalid if never).
    QDateTime lastSync() const;
    [[nodiscard]] Status markSynced();
    qint64 pullCursor() const;
    [[nodiscard]] Status setPullCursor(qint64 cursor);

    /// A package of every unacknowledged change, addressed to the county (empty outbox: an error
    /// saying there is nothing to send).
    [[nodiscard]] Status exportPackage(QByteArray* package, int* changes = nullptr);
    /// Reads the county's signed receipt and marks what it says arrived (then forgetPending()).
    [[nodiscard]] Status importReceipt(const QByteArray& receipt, int* acknowledged = nullptr);
    /// Removes a household that left this laptop's scope (reassigned to another caseworker): its
    /// records, derived rows and journal entries. While this laptop has unsent changes of it, it
    /// stays, so nothing written here is lost, and is remembered: forgetPending() removes it once
    /// the county has acknowledged them (unless it came back into scope). `forgotten` says
    /// whether it was removed now.
    [[nodiscard]] Status forgetHousehold(const QString& householdId, bool* forgotten = nullptr);
    /// Households that left the scope but are still here, waiting for their unsent work to arrive.
    QStringList pendingForgets() const;
    /// Removes those of them whose work has now reached the county.
    [[nodiscard]] Status forgetPending();
    /// Applies a package the county sent to this device (a pull).
    /// `received`: the changes the package held (new here or not), for progress.
    [[nodiscard]] Status applyFromCounty(const QByteArray& package, int* applied = nullptr,
                                         int* received = nullptr);

private:
    Database& m_db;
};

} // namespace ff
