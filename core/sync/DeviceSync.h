// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeyPair.h"
#include "core/journal/Session.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSslCertificate>

#include <functional>

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
    /// HTTPS certificate, pinned at enrollment (ServerTrust), or empty. `profile`: what the county
    /// says of the user and asks of the laptop (setCountyProfile), stored in the same transaction.
    [[nodiscard]] Status setCounty(const QString& countyId, const QByteArray& signingPublicKey,
                                   const QByteArray& boxPublicKey, const QString& serverUrl,
                                   const QString& user, const QString& role = {},
                                   const QByteArray& certificatePem = {}, const QJsonObject& profile = {});
    /// Stores what the county says of this laptop's user and asks of every laptop, as the enrollment
    /// answer and every pull page carry it (docs/sync-protocol.md §8.4, §8.6): `displayName`,
    /// `station`, `recoveryKey` (base64 of the county's X25519 recovery public key) and `policy`
    /// `{"minPasswordLength", "lockMinutes"}`, in one transaction. A key that is missing leaves what
    /// is stored; a recovery key that is not 32 bytes is ignored; nothing is written when nothing
    /// changed.
    [[nodiscard]] Status setCountyProfile(const QJsonObject& profile);
    /// The county server's pinned certificate (null: the system's authorities decide).
    QSslCertificate serverCertificate() const;
    /// The certificate the county announced it will serve with next (docs/sync-protocol.md §8.1),
    /// accepted beside the pinned one; null when none.
    QSslCertificate nextServerCertificate() const;
    /// Stores an announced next certificate (its signature checked by the caller), unless it is
    /// the pinned one.
    [[nodiscard]] Status setNextServerCertificate(const QSslCertificate& certificate);
    /// The county now serves with the announced certificate: it becomes the pinned one.
    [[nodiscard]] Status pinNextServerCertificate();
    bool hasCounty() const;
    QString countyId() const;
    QString serverUrl() const;
    QString user() const;
    /// caseworker, supervisor or county, as the county said at enrollment.
    QString role() const;
    /// The user's name as the county has it (the user, when the county did not say).
    QString displayName() const;
    /// The user's social-work station as the county has it (empty for county staff, or when the
    /// county did not say).
    QString station() const;
    /// A caseworker this laptop's user may assign households to.
    struct Assignee
    {
        QString name;
        QString station;
    };
    /// The caseworkers the county says this laptop's user may assign households to (profile key
    /// `caseworkers`): a station supervisor's station's, every one for county staff, none for a
    /// caseworker; as the last enrollment answer or pull page said.
    QList<Assignee> assignees() const;
    /// The county's X25519 recovery public key (32 bytes; empty when the county has not sent one):
    /// the profile's data key is sealed to it so county IT can recover a forgotten password.
    QByteArray recoveryPublicKey() const;
    /// The county's password and lock policy, `{"minPasswordLength": N, "lockMinutes": M}`: what
    /// it last sent, its defaults (8 and 10) before that (ProfilePolicy).
    QJsonObject policy() const;
    /// The person this laptop was enrolled for: the county's user, with the display name, role and
    /// station the county gave. A laptop never enrolled has nobody (Session::hasActor() is false).
    Session session(const Clock& clock = Clock::system()) const;
    /// The same; a laptop never enrolled acts as `nameIfNotEnrolled`, a caseworker (tools, tests).
    Session session(const QString& nameIfNotEnrolled, const Clock& clock = Clock::system()) const;

    /// Marks this database as the demo profile (meta `profile_kind` = `demo`): its invented
    /// households never reach a county — it refuses to enroll and to export a package, and a
    /// package written from it says so in its header, which the county refuses. False when it
    /// could not be stored, or when this database is enrolled with a county (real work).
    bool markDemo();
    bool isDemo() const;
    QByteArray countySigningKey() const;
    /// The county's X25519 public key: what is sealed to the county (packages' keys, attachment chunks).
    QByteArray countyBoxKey() const;

    /// Changes made here that the county has not acknowledged.
    int unsentCount() const;
    qint64 acknowledgedSequence() const;
    /// When a sync last went through whole, push and pull (invalid if never).
    QDateTime lastSync() const;
    [[nodiscard]] Status markSynced();
    /// Minutes between automatic syncs while the county answers, as the county's policy says (0:
    /// only when the user asks).
    int syncMinutes() const;
    /// The user's pause of automatic syncs on this laptop (Sync → Pause automatic sync), kept
    /// with the profile until they resume.
    bool isAutoSyncPaused() const;
    [[nodiscard]] Status setAutoSyncPaused(bool paused);
    qint64 pullCursor() const;
    /// The highest sequence number of this device's own changes in its journal: a pull asks the
    /// county not to send them back (sync-protocol §8.6, `own`).
    qint64 ownThrough() const;
    /// Own changes up to `seq` may be missing from the journal from now on (forgotten, or received
    /// back a page at a time): unsentCount() counts them rather than subtracting sequence numbers.
    [[nodiscard]] Status markOwnGapsThrough(qint64 seq);
    [[nodiscard]] Status setPullCursor(qint64 cursor);
    /// The county's epoch as this device last saw it (docs/sync-protocol.md §8.6; empty before).
    QString countyEpoch() const;
    /// What a pull page says of the county's epoch. The first is stored. Another one means the
    /// county was restored from a backup and lacks what came after it: every change made here is
    /// to be sent again (acknowledged back to 0; the county skips what it has) and the pull starts
    /// from the beginning (cursor 0), stored with the new epoch in one transaction; `restored` says
    /// so. An empty epoch (a county from before) changes nothing.
    [[nodiscard]] Status noteCountyEpoch(const QString& epoch, bool* restored);

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
    /// `provisioning`: a fresh laptop's first pull (or one resumed), whose household list data
    /// are computed once at its end by finishProvisioning() instead of after every page.
    [[nodiscard]] Status applyFromCounty(const QByteArray& package, int* applied = nullptr,
                                         int* received = nullptr, bool provisioning = false);
    /// Whether a provisioning pull is under way or was cut (its household list data are still to
    /// be computed): the next pull continues as one.
    bool isProvisioning() const;
    /// After a provisioning pull's last page: the household list's data (member summaries, search
    /// keys, the notes' word index) of every household, in one transaction. `progress` is told how
    /// far it is (ChangeApplier::refreshDeferredProjections); it may run on any thread with its own
    /// connection (the app's start runs it on a worker, ProvisioningFinishTask).
    [[nodiscard]] Status
    finishProvisioning(const std::function<void(qint64 done, qint64 total)>& progress = {});

private:
    /// The meta keys of the pinned and the announced certificate.
    static constexpr char kServerCertificateKey[] = "sync_server_certificate";
    static constexpr char kNextServerCertificateKey[] = "sync_next_server_certificate";

    Database& m_db;
};

} // namespace ff
