// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/KeyPair.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

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

    /// Remembers the county this device enrolled with.
    [[nodiscard]] Status setCounty(const QString& countyId, const QByteArray& signingPublicKey,
                                   const QByteArray& boxPublicKey, const QString& serverUrl,
                                   const QString& user, const QString& role = {});
    bool hasCounty() const;
    QString countyId() const;
    QString serverUrl() const;
    QString user() const;
    /// caseworker, supervisor or county, as the county said at enrollment.
    QString role() const;
    QByteArray countySigningKey() const;

    /// Changes made here that the county has not acknowledged.
    int unsentCount() const;
    qint64 acknowledgedSequence() const;
    /// When a sync or receipt last succeeded (invalid if never).
    QDateTime lastSync() const;
    qint64 pullCursor() const;
    [[nodiscard]] Status setPullCursor(qint64 cursor);

    /// A package of every unacknowledged change, addressed to the county (empty outbox: an error
    /// saying there is nothing to send).
    [[nodiscard]] Status exportPackage(QByteArray* package, int* changes = nullptr);
    /// Reads the county's signed receipt and marks what it says arrived.
    [[nodiscard]] Status importReceipt(const QByteArray& receipt, int* acknowledged = nullptr);
    /// Removes a household that left this laptop's scope (reassigned to another caseworker): its
    /// records, derived rows and journal entries. Refused while this laptop has unsent changes
    /// of it, so nothing written here is lost; `forgotten` says whether it was removed.
    [[nodiscard]] Status forgetHousehold(const QString& householdId, bool* forgotten = nullptr);
    /// Applies a package the county sent to this device (a pull).
    [[nodiscard]] Status applyFromCounty(const QByteArray& package, int* applied = nullptr);

private:
    Database& m_db;
};

} // namespace ff
