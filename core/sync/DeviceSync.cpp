// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/DeviceSync.h"
#include "core/journal/ChangeApplier.h"

#include "core/journal/Projection.h"

#include "core/db/Query.h"
#include "core/sync/ImportSession.h"

#include "core/db/Database.h"
#include "core/db/WriteTransaction.h"
#include "core/journal/ChangeCodec.h"
#include "core/journal/JournalWriter.h"
#include "core/profile/ProfileIdentity.h"
#include "core/schema/RecordTypes.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/PackageReader.h"
#include "core/sync/PackageWriter.h"
#include "core/sync/Receipt.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace ff {

namespace {
const QString kSigningPublic = QStringLiteral("device_signing_public");
const QString kSigningSecret = QStringLiteral("device_signing_secret");
const QString kBoxPublic = QStringLiteral("device_box_public");
const QString kBoxSecret = QStringLiteral("device_box_secret");
const QString kCountyId = QStringLiteral("sync_county_id");
const QString kCountySigning = QStringLiteral("sync_county_signing_public");
const QString kCountyBox = QStringLiteral("sync_county_box_public");
const QString kServerUrl = QStringLiteral("sync_server_url");
const QString kUser = QStringLiteral("sync_user");
const QString kAcked = QStringLiteral("sync_acked_seq");
const QString kCursor = QStringLiteral("sync_pull_cursor");
const QString kEpoch = QStringLiteral("sync_county_epoch");
const QString kLastSync = QStringLiteral("sync_last_ms");
const QString kForgetPending = QStringLiteral("sync_forget_pending");
const QString kDisplayName = QStringLiteral("sync_display_name");
const QString kStation = QStringLiteral("sync_station");
const QString kRecoveryPublic = QStringLiteral("sync_recovery_public");
const QString kPolicy = QStringLiteral("sync_policy");
const QString kCaseworkers = QStringLiteral("sync_caseworkers");
const QString kAutoSyncPaused = QStringLiteral("sync_auto_paused");
/// This device's own changes up to this sequence number may be missing from the journal (a
/// household forgotten, then acknowledged from 0 again after the county's restore; own changes
/// received back); above it they are all there, one after the other, as the writer numbered them.
/// Set by migration 21 to what the journal held then.
const QString kOwnGapsThrough = QStringLiteral("sync_own_gaps_through");
const QString kProfileKind = QStringLiteral("profile_kind");
const QString kDemo = QStringLiteral("demo");

QByteArray bytes(const Database& db, const QString& key)
{
    return QByteArray::fromBase64(db.meta(key).toLatin1());
}
QString text(const QByteArray& b) { return QString::fromLatin1(b.toBase64()); }

/// The meta values a county's profile answer sets (DeviceSync::setCountyProfile): key and value
/// for each one the answer holds, well-formed.
QList<std::pair<QString, QString>> profileValues(const QJsonObject& profile)
{
    QList<std::pair<QString, QString>> values;
    const QString displayName = QStringLiteral("displayName");
    const QString station = QStringLiteral("station");
    const QString recoveryKey = QStringLiteral("recoveryKey");
    const QString policy = QStringLiteral("policy");
    if (profile.value(displayName).isString())
        values.append({kDisplayName, profile.value(displayName).toString()});
    if (profile.value(station).isString())
        values.append({kStation, profile.value(station).toString()});
    const QByteArray recovery = QByteArray::fromBase64(profile.value(recoveryKey).toString().toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (recovery.size() == crypto::KeyPair::kBoxPublicSize)
        values.append({kRecoveryPublic, text(recovery)});
    if (profile.value(policy).isObject()) {
        // Stored as the laptop reads it: values out of range already replaced by the defaults.
        const QJsonObject read = ProfilePolicy::fromJson(profile.value(policy).toObject()).toJson();
        values.append({kPolicy, QString::fromUtf8(QJsonDocument(read).toJson(QJsonDocument::Compact))});
    }
    const QString caseworkers = QStringLiteral("caseworkers");
    if (profile.value(caseworkers).isArray()) {
        // Kept as names and stations, well-formed ones only.
        QJsonArray kept;
        for (const QJsonValue& v : profile.value(caseworkers).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString().trimmed();
            if (!name.isEmpty())
                kept.append(
                    QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("station"), o.value(QStringLiteral("station")).toString()}});
        }
        values.append({kCaseworkers, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact))});
    }
    return values;
}
} // namespace

DeviceSync::DeviceSync(Database& db) : m_db(db) {}

Status DeviceSync::ensureKeys()
{
    if (signingKeys().isValid() && boxKeys().isValid())
        return Status::ok();
    const crypto::KeyPair signing = crypto::KeyPair::generate(crypto::KeyPair::Kind::Signing);
    const crypto::KeyPair box = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
    if (!signing.isValid() || !box.isValid())
        return Error{tr("The cryptography library could not make this device's keys."), {}};
    WriteTransaction tx(m_db);
    if (!tx.isOpen() || !m_db.setMeta(kSigningPublic, text(signing.publicKey)) ||
        !m_db.setMeta(kSigningSecret, text(signing.secretKey)) ||
        !m_db.setMeta(kBoxPublic, text(box.publicKey)) || !m_db.setMeta(kBoxSecret, text(box.secretKey)) ||
        !tx.commit())
        return Error{tr("Could not store this device's keys."), tx.error()};
    return Status::ok();
}

QString DeviceSync::deviceId() const { return JournalWriter::deviceId(m_db); }

crypto::KeyPair DeviceSync::signingKeys() const
{
    return {crypto::KeyPair::Kind::Signing, bytes(m_db, kSigningPublic), bytes(m_db, kSigningSecret)};
}

crypto::KeyPair DeviceSync::boxKeys() const
{
    return {crypto::KeyPair::Kind::Box, bytes(m_db, kBoxPublic), bytes(m_db, kBoxSecret)};
}

Status DeviceSync::setCounty(const QString& countyId, const QByteArray& signingPublicKey,
                             const QByteArray& boxPublicKey, const QString& serverUrl, const QString& user,
                             const QString& role, const QByteArray& certificatePem,
                             const QJsonObject& profile)
{
    if (countyId.isEmpty() || signingPublicKey.size() != crypto::KeyPair::kSigningPublicSize ||
        boxPublicKey.size() != crypto::KeyPair::kBoxPublicSize)
        return Error{tr("The county's answer is incomplete."), {}};
    // Invented households never reach a county, whoever asks (SyncClient refuses first).
    if (isDemo())
        return Error{tr("The demo is never connected to a county."), QStringLiteral("demo")};
    // One transaction: a reader never sees the county without its keys and address, nor the user
    // without the identity and policy the county gave.
    WriteTransaction tx(m_db);
    bool ok = tx.isOpen() && m_db.setMeta(kCountyId, countyId) &&
              m_db.setMeta(kCountySigning, text(signingPublicKey)) &&
              m_db.setMeta(kCountyBox, text(boxPublicKey)) && m_db.setMeta(kServerUrl, serverUrl) &&
              m_db.setMeta(kUser, user) && m_db.setMeta(QStringLiteral("sync_role"), role) &&
              m_db.setMeta(QLatin1String(kServerCertificateKey), QString::fromLatin1(certificatePem));
    const QList<std::pair<QString, QString>> values = profileValues(profile);
    for (const auto& [key, value] : values)
        ok = ok && m_db.setMeta(key, value);
    if (!ok || !tx.commit())
        return Error{tr("Could not store the county's keys."), tx.error()};
    return Status::ok();
}

Status DeviceSync::setCountyProfile(const QJsonObject& profile)
{
    QList<std::pair<QString, QString>> values = profileValues(profile);
    values.removeIf([this](const std::pair<QString, QString>& v) { return m_db.meta(v.first) == v.second; });
    if (values.isEmpty())
        return Status::ok();
    WriteTransaction tx(m_db);
    bool ok = tx.isOpen();
    for (const auto& [key, value] : std::as_const(values))
        ok = ok && m_db.setMeta(key, value);
    if (!ok || !tx.commit())
        return Error{tr("Could not store what the county says of this laptop's user."), tx.error()};
    return Status::ok();
}

Status DeviceSync::pinNextServerCertificate()
{
    const QString next = m_db.meta(QLatin1String(kNextServerCertificateKey));
    if (next.isEmpty())
        return Status::ok();
    WriteTransaction tx(m_db);
    if (!tx.isOpen() || !m_db.setMeta(QLatin1String(kServerCertificateKey), next) ||
        !m_db.setMeta(QLatin1String(kNextServerCertificateKey), {}) || !tx.commit())
        return Error{tr("Could not store the county's next certificate."), tx.error()};
    return Status::ok();
}

bool DeviceSync::hasCounty() const { return !m_db.meta(kCountyId).isEmpty(); }

QString DeviceSync::countyId() const { return m_db.meta(kCountyId); }

QString DeviceSync::serverUrl() const { return m_db.meta(kServerUrl); }

QString DeviceSync::user() const { return m_db.meta(kUser); }

QString DeviceSync::role() const { return m_db.meta(QStringLiteral("sync_role")); }

QString DeviceSync::displayName() const
{
    const QString name = m_db.meta(kDisplayName);
    return name.isEmpty() ? user() : name;
}

QString DeviceSync::station() const { return m_db.meta(kStation); }

QList<DeviceSync::Assignee> DeviceSync::assignees() const
{
    QList<Assignee> list;
    for (const QJsonValue& v : QJsonDocument::fromJson(m_db.meta(kCaseworkers).toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        list.append(
            {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("station")).toString()});
    }
    return list;
}

QByteArray DeviceSync::recoveryPublicKey() const { return bytes(m_db, kRecoveryPublic); }

QJsonObject DeviceSync::policy() const
{
    return ProfilePolicy::fromJson(QJsonDocument::fromJson(m_db.meta(kPolicy).toUtf8()).object()).toJson();
}

Session DeviceSync::session(const Clock& clock) const
{
    const QString enrolledAs = user();
    if (enrolledAs.isEmpty())
        return Session::none(clock);
    return Session(
        Actor{enrolledAs, displayName(), roleFromName(role()).value_or(Role::Caseworker), station()}, clock);
}

Session DeviceSync::session(const QString& nameIfNotEnrolled, const Clock& clock) const
{
    if (user().isEmpty())
        return Session(Actor{nameIfNotEnrolled, nameIfNotEnrolled, Role::Caseworker, {}}, clock);
    return session(clock);
}

bool DeviceSync::markDemo()
{
    if (hasCounty())
        return false;
    return m_db.setMeta(kProfileKind, kDemo);
}

bool DeviceSync::isDemo() const { return m_db.meta(kProfileKind) == kDemo; }

QByteArray DeviceSync::countySigningKey() const { return bytes(m_db, kCountySigning); }

QByteArray DeviceSync::countyBoxKey() const { return bytes(m_db, kCountyBox); }

qint64 DeviceSync::acknowledgedSequence() const
{
    return m_db.meta(kAcked, QStringLiteral("0")).toLongLong();
}

int DeviceSync::unsentCount() const
{
    // Counting every own change after the acknowledged one read the whole journal of a laptop that
    // never synced (a fifth of the app's start on 10,000 households). Above the gaps' mark own
    // changes follow each other without holes, so their number is a subtraction of two sequence
    // numbers; only those at or below the mark are counted.
    const qint64 acked = acknowledgedSequence();
    const qint64 gapsThrough = m_db.meta(kOwnGapsThrough, QStringLiteral("0")).toLongLong();
    const qint64 top = ownThrough();
    qint64 unsent = top - std::max(acked, gapsThrough);
    unsent = std::max<qint64>(unsent, 0);
    if (gapsThrough > acked) {
        Query q(m_db);
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM journal WHERE device = ? AND device_seq > ? AND device_seq <= ?"));
        q.addBindValue(deviceId());
        q.addBindValue(acked);
        q.addBindValue(gapsThrough);
        unsent += q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    return int(unsent);
}

Status DeviceSync::markOwnGapsThrough(qint64 seq)
{
    if (seq <= m_db.meta(kOwnGapsThrough, QStringLiteral("0")).toLongLong())
        return Status::ok();
    return m_db.setMeta(kOwnGapsThrough, QString::number(seq))
               ? Status::ok()
               : Error{tr("Could not update this laptop's caseload."), m_db.lastErrorText()};
}

QDateTime DeviceSync::lastSync() const
{
    const qint64 ms = m_db.meta(kLastSync, QStringLiteral("0")).toLongLong();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms) : QDateTime();
}

int DeviceSync::syncMinutes() const
{
    return ProfilePolicy::fromJson(QJsonDocument::fromJson(m_db.meta(kPolicy).toUtf8()).object()).syncMinutes;
}

bool DeviceSync::isAutoSyncPaused() const { return m_db.meta(kAutoSyncPaused) == QStringLiteral("1"); }

Status DeviceSync::setAutoSyncPaused(bool paused)
{
    if (!m_db.setMeta(kAutoSyncPaused, paused ? QStringLiteral("1") : QStringLiteral("0")))
        return Error{tr("Could not remember whether automatic sync is paused."), {}};
    return Status::ok();
}

qint64 DeviceSync::pullCursor() const { return m_db.meta(kCursor, QStringLiteral("0")).toLongLong(); }

Status DeviceSync::setPullCursor(qint64 cursor)
{
    if (!m_db.setMeta(kCursor, QString::number(cursor)))
        return Error{tr("Could not remember how far this device has synced."), {}};
    return Status::ok();
}

QString DeviceSync::countyEpoch() const { return m_db.meta(kEpoch); }

Status DeviceSync::noteCountyEpoch(const QString& epoch, bool* restored)
{
    *restored = false;
    const QString known = countyEpoch();
    if (epoch.isEmpty() || epoch == known)
        return Status::ok();
    WriteTransaction tx(m_db);
    bool ok = tx.isOpen() && m_db.setMeta(kEpoch, epoch);
    if (!known.isEmpty())
        ok = ok && m_db.setMeta(kAcked, QStringLiteral("0")) && m_db.setMeta(kCursor, QStringLiteral("0"));
    if (!ok || !tx.commit())
        return Error{tr("Could not remember how far this device has synced."), tx.error()};
    *restored = !known.isEmpty();
    return Status::ok();
}

Status DeviceSync::markSynced()
{
    if (!m_db.setMeta(kLastSync, QString::number(QDateTime::currentMSecsSinceEpoch())))
        return Error{tr("Could not remember how far this device has synced."), {}};
    return Status::ok();
}

QStringList DeviceSync::pendingForgets() const
{
    return m_db.meta(kForgetPending).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

Status DeviceSync::forgetPending()
{
    const QStringList pending = pendingForgets();
    for (const QString& id : pending) {
        if (Status s = forgetHousehold(id); !s)
            return s;
    }
    return Status::ok();
}

Status DeviceSync::exportPackage(QByteArray* package, int* count)
{
    if (isDemo())
        return Error{tr("The demo's households are invented: they are never sent to a county."),
                     QStringLiteral("demo")};
    if (!hasCounty())
        return Error{
            tr("This laptop is not connected to a county yet. Connect it once with an enrollment code."), {}};
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM journal WHERE device = ? AND device_seq > ? ORDER BY device_seq")
                  .arg(ChangeCodec::journalColumns()));
    q.addBindValue(deviceId());
    q.addBindValue(acknowledgedSequence());
    QList<Change> changes;
    if (q.exec()) {
        while (q.next())
            changes.append(ChangeCodec::fromJournalRow(q));
    }
    if (changes.isEmpty())
        return Error{
            tr("Everything written on this laptop has already reached the county: there is nothing to send."),
            QStringLiteral("empty")};
    // A package written from the demo profile would say so in its header, and the county refuses
    // it (docs/sync-protocol.md §4.2, §6): a second guard, for any other way of writing one.
    *package = PackageWriter::write(changes, {deviceId(), signingKeys(), isDemo()},
                                    {countyId(), bytes(m_db, kCountyBox)}, changes.last().hlc);
    if (package->isEmpty())
        return Error{tr("The package could not be written: this laptop's keys are missing."), {}};
    if (count)
        *count = int(changes.size());
    return Status::ok();
}

Status DeviceSync::importReceipt(const QByteArray& data, int* acknowledged)
{
    if (!hasCounty())
        return Error{tr("This laptop is not connected to a county yet."), {}};
    Receipt receipt;
    if (Status s = Receipt::read(data, bytes(m_db, kCountySigning), &receipt); !s)
        return s;
    if (receipt.device != deviceId() || receipt.county != countyId())
        return Error{tr("This receipt is for another laptop (%1).").arg(receipt.device), {}};
    const qint64 before = acknowledgedSequence();
    qint64 acked = before;
    for (const PackageHeader::Range& r : receipt.ranges) {
        // Packages always start right after what was acknowledged, so ranges extend it without gaps.
        if (r.origin == deviceId() && r.first <= acked + 1)
            acked = std::max(acked, r.last);
    }
    if (!m_db.setMeta(kAcked, QString::number(acked)))
        return Error{tr("Could not record the receipt."), {}};
    if (acknowledged)
        *acknowledged = int(acked - before);
    // Households that left this laptop while it had unsent work on them can go now.
    return forgetPending();
}

qint64 DeviceSync::ownThrough() const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(max(device_seq), 0) FROM journal WHERE device = ?"));
    q.addBindValue(deviceId());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Status DeviceSync::forgetHousehold(const QString& householdId, bool* forgotten)
{
    if (forgotten)
        *forgotten = false;
    Database& db = m_db;
    WriteTransaction tx(db);
    if (!tx.isOpen())
        return Error{tr("Could not update this laptop's caseload."), tx.error()};
    Query q(db);
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM journal WHERE household_id = ? AND device = ? AND device_seq > ?"));
    q.addBindValue(householdId);
    q.addBindValue(deviceId());
    q.addBindValue(acknowledgedSequence());
    if (!q.exec() || !q.next())
        return Error{tr("Could not update this laptop's caseload."), q.lastErrorText()};
    QStringList pending = pendingForgets();
    if (q.value(0).toInt() > 0) {
        // Unsent work: kept until it has reached the county, then forgotten (forgetPending).
        if (!pending.contains(householdId)) {
            pending.append(householdId);
            if (!m_db.setMeta(kForgetPending, pending.join(QLatin1Char(';'))))
                return Error{tr("Could not update this laptop's caseload."), db.lastErrorText()};
        }
        return tx.commit() ? Status::ok() : Error{tr("Could not update this laptop's caseload."), tx.error()};
    }
    if (pending.removeAll(householdId) > 0 && !m_db.setMeta(kForgetPending, pending.join(QLatin1Char(';'))))
        return Error{tr("Could not update this laptop's caseload."), db.lastErrorText()};
    // What projections keep beside the records (the case notes' word index) is let go first: the
    // household's records are marked removed and each projection refreshes it, as for a removal.
    const QList<RecordType>& entities = RecordTypes::all();
    for (const RecordType& e : entities) {
        if (e.belongsToStation())
            continue;
        q.prepare(e.name == QLatin1String("household")
                      ? QStringLiteral("UPDATE household SET deleted = 1 WHERE id = ?")
                      : QStringLiteral("UPDATE %1 SET deleted = 1 WHERE household_id = ?").arg(e.table));
        q.addBindValue(householdId);
        if (!q.exec())
            return Error{tr("Could not update this laptop's caseload."), q.lastErrorText()};
    }
    for (const Projections::Kind& kind : Projections::installed()) {
        if (Status s = kind.make(db)->refresh(householdId); !s)
            return s;
    }
    // Each statement names the household once per '?'. Every kind of record goes, the household's
    // own row last (the others refer to it).
    QStringList statements;
    for (const RecordType& e : entities) {
        for (const char* table : {"record_heads", "pending_supersede"})
            statements << QStringLiteral("DELETE FROM %1 WHERE entity = '%2' AND record_id IN"
                                         " (SELECT id FROM %3 WHERE household_id = ?)")
                              .arg(QLatin1String(table), e.name, e.table);
    }
    statements << QStringLiteral("DELETE FROM conflict WHERE household_id = ?")
               << QStringLiteral("DELETE FROM search_key WHERE household_rowid IN"
                                 " (SELECT rowid FROM household WHERE id = ?)");
    for (auto it = entities.crbegin(); it != entities.crend(); ++it)
        statements << QStringLiteral("DELETE FROM %1 WHERE household_id = ?").arg(it->table);
    statements << QStringLiteral("DELETE FROM journal WHERE household_id = ?");
    // Its own changes leave holes in this device's sequence numbers (unsentCount).
    q.prepare(QStringLiteral(
        "SELECT coalesce(max(device_seq), 0) FROM journal WHERE household_id = ? AND device = ?"));
    q.addBindValue(householdId);
    q.addBindValue(deviceId());
    if (!q.exec() || !q.next())
        return Error{tr("Could not update this laptop's caseload."), q.lastErrorText()};
    if (Status s = markOwnGapsThrough(q.value(0).toLongLong()); !s)
        return s;
    for (const QString& sql : statements) {
        q.prepare(sql);
        for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
            q.addBindValue(householdId);
        if (!q.exec())
            return Error{tr("Could not update this laptop's caseload."), q.lastErrorText()};
    }
    if (!tx.commit())
        return Error{tr("Could not update this laptop's caseload."), tx.error()};
    if (forgotten)
        *forgotten = true;
    return Status::ok();
}

Status DeviceSync::applyFromCounty(const QByteArray& package, int* applied, int* received, bool provisioning)
{
    const QString county = countyId();
    const QByteArray countySigning = bytes(m_db, kCountySigning);
    QByteArray payload;
    PackageHeader header;
    const PackageLimits limits;
    const Status opened = PackageReader::open(
        package, {deviceId(), boxKeys()},
        [&](const QString& id) -> std::optional<KnownDevice> {
            if (id != county)
                return std::nullopt;
            return KnownDevice{county, countySigning, false};
        },
        limits, &header, &payload);
    if (!opened)
        return opened;
    // The page's changes are applied while the rest of it is read, all in one transaction.
    ChangeImporter::Report report;
    QSet<QString> households; // only needed while a household waits to be forgotten
    const bool watch = !pendingForgets().isEmpty();
    const QString self = deviceId();
    qint64 ownReceived = 0; // this device's own changes coming back (sync-protocol §8.6)
    ChangeImporter::Options options;
    options.deferProjections = provisioning;
    if (Status s =
            ImportSession::importPayload(m_db, options, payload, header.changes, limits.maxChanges, &report,
                                         [&](const QList<EncodedChange>& batch) {
                                             for (const EncodedChange& c : batch) {
                                                 if (c.id.device == self)
                                                     ownReceived = std::max(ownReceived, c.id.seq);
                                                 if (watch)
                                                     households.insert(QString::fromUtf8(c.householdId));
                                             }
                                         });
        !s)
        return s;
    // Received, they may arrive with holes between them (a page at a time): counted, not subtracted.
    if (Status s = markOwnGapsThrough(ownReceived); !s)
        return s;
    // A household that was waiting to be forgotten and arrives again is back in this laptop's scope.
    QStringList pending = pendingForgets();
    if (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        pending.removeIf([&](const QString& id) { return households.contains(id); });
        if (pending.size() != before && !m_db.setMeta(kForgetPending, pending.join(QLatin1Char(';'))))
            return Error{tr("Could not update this laptop's caseload."), {}};
    }
    if (applied)
        *applied = report.applied + report.unparked;
    if (received)
        *received = int(header.changes);
    return Status::ok();
}

bool DeviceSync::isProvisioning() const { return ChangeApplier::projectionsDeferred(m_db); }

Status DeviceSync::finishProvisioning(const std::function<void(qint64 done, qint64 total)>& progress)
{
    return ChangeApplier::refreshDeferredProjections(m_db, progress);
}

} // namespace ff
