// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/CountyStore.h"

#include "core/server/HouseholdScope.h"

#include "core/crypto/Signature.h"

#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/schema/StationScope.h"
#include "core/server/CountyKeyFile.h"
#include "core/server/HouseholdAssignment.h"
#include "core/server/WriteScope.h"

#include "core/crypto/Sodium.h"
#include "core/db/Database.h"
#include "core/db/SqlStatement.h"
#include "core/db/WriteTransaction.h"
#include "core/journal/ChangeCodec.h"
#include "core/sync/ImportSession.h"
#include "core/sync/JournalPayload.h"
#include "core/sync/PackageReader.h"
#include "core/sync/PackageWriter.h"
#include "core/sync/Receipt.h"
#include "core/sync/ServerTrust.h"

#include "core/db/ReadTransaction.h"
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>
#include <QSslCertificate>

namespace ff {

namespace {
const QString kCountyId = QStringLiteral("county_id");
const QString kSigningPublic = QStringLiteral("county_signing_public");
const QString kSigningSecret = QStringLiteral("county_signing_secret");
const QString kBoxPublic = QStringLiteral("county_box_public");
const QString kBoxSecret = QStringLiteral("county_box_secret");
const QString kPolicyMinPasswordLength = QStringLiteral("policy_min_password_length");
const QString kPolicyLockMinutes = QStringLiteral("policy_lock_minutes");
const QString kPolicySyncMinutes = QStringLiteral("policy_sync_minutes");

qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

QByteArray metaBytes(const Database& db, const QString& key)
{
    return QByteArray::fromBase64(db.meta(key).toLatin1());
}

/// Enrollment codes are read aloud and typed on a laptop: no 0/O, 1/I/L.
QString newCode()
{
    static const char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    const QByteArray random = crypto::randomBytes(10);
    QString code;
    for (int i = 0; i < 10; ++i) {
        if (i == 5)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[quint8(random[i]) % (sizeof(alphabet) - 1)]);
    }
    return code;
}
} // namespace

CountyStore::CountyStore(Database& db) : m_db(db) {}

Status CountyStore::initialize(Database& db, const QString& countyId)
{
    if (!db.meta(kCountyId).isEmpty())
        return Error{
            tr("This database already belongs to the county deployment “%1”.").arg(db.meta(kCountyId)), {}};
    if (countyId.trimmed().isEmpty())
        return Error{tr("The county needs an id, e.g. 371321."), {}};
    if (!crypto::ready())
        return Error{tr("The cryptography library could not be started."), {}};
    const crypto::KeyPair signing = crypto::KeyPair::generate(crypto::KeyPair::Kind::Signing);
    const crypto::KeyPair box = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
    const crypto::KeyPair recovery = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
    // The secret keys go to their own file first: a deployment never exists without them.
    const QString keyFile = CountyKeyFile::pathFor(db.localPath());
    if (Status s = CountyKeyFile::write(keyFile, {signing.secretKey, box.secretKey, recovery.secretKey}); !s)
        return s;
    WriteTransaction tx(db);
    const bool ok = tx.isOpen() && db.setMeta(kCountyId, countyId.trimmed()) &&
                    db.setMeta(kSigningPublic, QString::fromLatin1(signing.publicKey.toBase64())) &&
                    db.setMeta(kBoxPublic, QString::fromLatin1(box.publicKey.toBase64())) && tx.commit();
    if (!ok) {
        QFile::remove(keyFile);
        return Error{tr("Could not create the county deployment."), db.lastErrorText()};
    }
    return Status::ok();
}

bool CountyStore::isInitialized() const { return !m_db.meta(kCountyId).isEmpty(); }

QString CountyStore::countyId() const { return m_db.meta(kCountyId); }

std::optional<CountyKeyFile::Secrets> CountyStore::secrets() const
{
    const QString keyFile = CountyKeyFile::pathFor(m_db.localPath());
    std::optional<CountyKeyFile::Secrets> secrets = CountyKeyFile::read(keyFile);
    // A deployment made before the keys had their own file: they move there, and out of the
    // database (tried again at the next use if the database is busy now).
    const CountyKeyFile::Secrets inDatabase{metaBytes(m_db, kSigningSecret), metaBytes(m_db, kBoxSecret)};
    if (inDatabase.signing.isEmpty() && inDatabase.box.isEmpty())
        return secrets;
    if (!secrets) {
        if (inDatabase.signing.isEmpty() || inDatabase.box.isEmpty() ||
            !CountyKeyFile::write(keyFile, inDatabase))
            return std::nullopt;
        secrets = inDatabase;
    }
    WriteTransaction tx(m_db);
    const bool removed = tx.isOpen() && m_db.setMeta(kSigningSecret, QString()) &&
                         m_db.setMeta(kBoxSecret, QString()) && tx.commit();
    Q_UNUSED(removed);
    return secrets;
}

Status CountyStore::ensureRecoveryKey()
{
    const std::optional<CountyKeyFile::Secrets> known = secrets();
    if (!known || !known->recovery.isEmpty())
        return Status::ok();
    // Two programs opening the county at once (a command while the service starts) make one key.
    const QString keyFile = CountyKeyFile::pathFor(m_db.localPath());
    QLockFile lock(keyFile + QStringLiteral(".lock"));
    if (!lock.tryLock(10'000))
        return Error{tr("The county's key file %1 is locked by another program: its recovery key was not "
                        "made. Try again.")
                         .arg(keyFile),
                     {}};
    std::optional<CountyKeyFile::Secrets> secrets = CountyKeyFile::read(keyFile);
    if (!secrets || !secrets->recovery.isEmpty())
        return Status::ok();
    const crypto::KeyPair recovery = crypto::KeyPair::generate(crypto::KeyPair::Kind::Box);
    if (!recovery.isValid())
        return Error{tr("The cryptography library could not be started."), {}};
    secrets->recovery = recovery.secretKey;
    if (Status s = CountyKeyFile::write(keyFile, *secrets); !s)
        return Error{tr("The county's recovery key could not be added to its key file %1.").arg(keyFile),
                     s.error().detail};
    return Status::ok();
}

crypto::KeyPair CountyStore::signingKeys() const
{
    const std::optional<CountyKeyFile::Secrets> s = secrets();
    return {crypto::KeyPair::Kind::Signing, metaBytes(m_db, kSigningPublic), s ? s->signing : QByteArray()};
}

crypto::KeyPair CountyStore::boxKeys() const
{
    const std::optional<CountyKeyFile::Secrets> s = secrets();
    return {crypto::KeyPair::Kind::Box, metaBytes(m_db, kBoxPublic), s ? s->box : QByteArray()};
}

crypto::KeyPair CountyStore::recoveryKeys() const
{
    const std::optional<CountyKeyFile::Secrets> s = secrets();
    const QByteArray secret = s ? s->recovery : QByteArray();
    const QByteArray publicKey = crypto::KeyPair::boxPublicFor(secret);
    return {crypto::KeyPair::Kind::Box, publicKey, publicKey.isEmpty() ? QByteArray() : secret};
}

ProfilePolicy CountyStore::policy() const
{
    ProfilePolicy policy;
    bool ok = false;
    const int length = m_db.meta(kPolicyMinPasswordLength).toInt(&ok);
    if (ok && length >= ProfilePolicy::kDefaultMinPasswordLength && length <= kMaxPasswordLength)
        policy.minPasswordLength = length;
    const int minutes = m_db.meta(kPolicyLockMinutes).toInt(&ok);
    if (ok && minutes >= kMinLockMinutes && minutes <= kMaxLockMinutes)
        policy.lockMinutes = minutes;
    const int sync = m_db.meta(kPolicySyncMinutes).toInt(&ok);
    if (ok && sync >= 0 && sync <= ProfilePolicy::kMaxSyncMinutes)
        policy.syncMinutes = sync;
    return policy;
}

Status CountyStore::setPolicy(std::optional<int> minPasswordLength, std::optional<int> lockMinutes,
                              std::optional<int> syncMinutes)
{
    if (minPasswordLength && (*minPasswordLength < ProfilePolicy::kDefaultMinPasswordLength ||
                              *minPasswordLength > kMaxPasswordLength))
        return Error{tr("The shortest password allowed must be from %1 to %2 characters long, not %3 (a "
                        "shorter one is too easy to guess).")
                         .arg(ProfilePolicy::kDefaultMinPasswordLength)
                         .arg(kMaxPasswordLength)
                         .arg(*minPasswordLength),
                     {}};
    if (lockMinutes && (*lockMinutes < kMinLockMinutes || *lockMinutes > kMaxLockMinutes))
        return Error{tr("Laptops must lock after %1 to %2 minutes without use, not %3.")
                         .arg(kMinLockMinutes)
                         .arg(kMaxLockMinutes)
                         .arg(*lockMinutes),
                     {}};
    if (syncMinutes && (*syncMinutes < 0 || *syncMinutes > ProfilePolicy::kMaxSyncMinutes))
        return Error{tr("Laptops sync automatically every 1 to %1 minutes (0: only when asked), not %2.")
                         .arg(ProfilePolicy::kMaxSyncMinutes)
                         .arg(*syncMinutes),
                     {}};
    WriteTransaction tx(m_db);
    const bool ok =
        tx.isOpen() &&
        (!minPasswordLength || m_db.setMeta(kPolicyMinPasswordLength, QString::number(*minPasswordLength))) &&
        (!lockMinutes || m_db.setMeta(kPolicyLockMinutes, QString::number(*lockMinutes))) &&
        (!syncMinutes || m_db.setMeta(kPolicySyncMinutes, QString::number(*syncMinutes))) && tx.commit();
    if (!ok)
        return Error{tr("Could not store the county's policy."), tx.error()};
    return Status::ok();
}

QJsonObject CountyStore::profileFor(const QString& user) const { return profileOf(user, station(user)); }

QJsonObject CountyStore::profileOf(const QString& user, const QString& station) const
{
    // Users are known by their name: it is also the name people read.
    QJsonObject profile{{QStringLiteral("displayName"), user},
                        {QStringLiteral("station"), station},
                        {QStringLiteral("policy"), policy().toJson()}};
    const QByteArray recovery = recoveryKeys().publicKey;
    if (!recovery.isEmpty())
        profile.insert(QStringLiteral("recoveryKey"), QString::fromLatin1(recovery.toBase64()));
    // Whom the user may assign households to (HouseholdAssignment, WriteScope::assigneeRefusal):
    // the station's caseworkers for a supervisor, all of them for county staff.
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT role FROM server_user WHERE name = ?"));
    q.addBindValue(user);
    const std::optional<Role> role =
        q.exec() && q.next() ? roleFromName(q.value(0).toString()) : std::nullopt;
    if (role == Role::Supervisor || role == Role::County) {
        q.prepare(QStringLiteral("SELECT name, station FROM server_user WHERE role = 'caseworker'"
                                 " AND (? OR station = ?) ORDER BY station, name"));
        q.addBindValue(role == Role::County);
        q.addBindValue(station);
        QJsonArray caseworkers;
        if (q.exec()) {
            while (q.next())
                caseworkers.append(QJsonObject{{QStringLiteral("name"), q.value(0).toString()},
                                               {QStringLiteral("station"), q.value(1).toString()}});
        }
        profile.insert(QStringLiteral("caseworkers"), caseworkers);
    }
    return profile;
}

Status CountyStore::addUser(const QString& name, const QString& role, const QString& station)
{
    if (name.trimmed().isEmpty())
        return Error{tr("A user needs a name."), {}};
    const std::optional<Role> known = roleFromName(role);
    if (!known)
        return Error{tr("The role must be caseworker, supervisor or county, not “%1”.").arg(role), {}};
    if (*known != Role::County && station.trimmed().isEmpty())
        return Error{tr("A caseworker or supervisor belongs to a social-work station: give --station."), {}};
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM server_user WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return Error{tr("There is already a user called “%1”.").arg(name.trimmed()), {}};
    q.prepare(QStringLiteral("INSERT INTO server_user(name, role, station) VALUES(?, ?, ?)"));
    q.addBindValue(name.trimmed());
    q.addBindValue(roleName(*known));
    q.addBindValue(station.isNull() ? QStringLiteral("") : station.trimmed());
    if (!q.exec())
        return Error{tr("Could not add the user."), q.lastErrorText()};
    return Status::ok();
}

Status CountyStore::issueEnrollmentCode(const QString& user, QString* code)
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM server_user WHERE name = ?"));
    q.addBindValue(user);
    if (!q.exec() || !q.next())
        return Error{tr("There is no user called “%1”.").arg(user), {}};
    const QString fresh = newCode();
    q.prepare(QStringLiteral("INSERT INTO server_enrollment(code, \"user\", created_at) VALUES(?, ?, ?)"));
    q.addBindValue(fresh);
    q.addBindValue(user);
    q.addBindValue(now());
    if (!q.exec())
        return Error{tr("Could not issue an enrollment code."), q.lastErrorText()};
    *code = fresh;
    return Status::ok();
}

Status CountyStore::enroll(const QString& code, const QString& deviceId, const QByteArray& signingPublicKey,
                           const QByteArray& boxPublicKey, QString* user)
{
    if (deviceId.isEmpty() || signingPublicKey.size() != crypto::KeyPair::kSigningPublicSize ||
        boxPublicKey.size() != crypto::KeyPair::kBoxPublicSize)
        return Error{tr("The device sent incomplete keys."), {}};
    // As it was read out: any case, with or without its hyphen or spaces.
    QString typed;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            typed += c.toUpper();
    }
    if (typed.size() == 10)
        typed.insert(5, QLatin1Char('-'));
    Database& db = m_db;
    // A write transaction from the start: the code is read and used under the same lock, which
    // waits for an import that holds it.
    WriteTransaction tx(db);
    if (!tx.isOpen())
        return Error{tr("The county server is busy importing; try to connect again in a minute."),
                     QStringLiteral("busy")};
    Query q(db);
    q.prepare(QStringLiteral("SELECT \"user\", used_at FROM server_enrollment WHERE code = ?"));
    q.addBindValue(typed);
    if (!q.exec() || !q.next())
        return Error{tr("This enrollment code is not valid. Check it, or ask the county for a new one."), {}};
    if (!q.value(1).isNull())
        return Error{tr("This enrollment code has already been used. Ask the county for a new one."), {}};
    const QString owner = q.value(0).toString();
    q.prepare(QStringLiteral("SELECT 1 FROM server_device WHERE id = ?"));
    q.addBindValue(deviceId);
    // The county's own device (its assignments) and the county itself are not a laptop's to be.
    if ((q.exec() && q.next()) || deviceId == JournalWriter::deviceId(m_db) || deviceId == countyId())
        return Error{tr("This device is already enrolled."), {}};
    // A new device starts past everything already in the journal: it never held a household that
    // left its user's scope before, so it may not write into one (WriteScope).
    q.prepare(QStringLiteral(
        "INSERT INTO server_device(id, \"user\", signing_key, box_key, enrolled_at, pulled_seq)"
        " VALUES(?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) FROM journal))"));
    q.addBindValue(deviceId);
    q.addBindValue(owner);
    q.addBindValue(signingPublicKey);
    q.addBindValue(boxPublicKey);
    q.addBindValue(now());
    const bool inserted = q.exec();
    q.prepare(QStringLiteral("UPDATE server_enrollment SET used_at = ?, device = ? WHERE code = ?"));
    q.addBindValue(now());
    q.addBindValue(deviceId);
    q.addBindValue(typed);
    if (!inserted || !q.exec() || !tx.commit())
        return Error{tr("Could not enroll the device."), q.lastErrorText()};
    *user = owner;
    return Status::ok();
}

Status CountyStore::revokeDevice(const QString& deviceId)
{
    Query q(m_db);
    q.prepare(QStringLiteral("UPDATE server_device SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(now());
    q.addBindValue(deviceId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return Error{tr("There is no enrolled, unrevoked device “%1”.").arg(deviceId), {}};
    return Status::ok();
}

Status CountyStore::assign(const QString& householdId, const QString& caseworker)
{
    return HouseholdAssignment(m_db, countySession()).assign(householdId, caseworker);
}

std::optional<Role> CountyStore::role(const QString& user) const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT role FROM server_user WHERE name = ?"));
    q.addBindValue(user);
    return q.exec() && q.next() ? roleFromName(q.value(0).toString()) : std::nullopt;
}

QString CountyStore::station(const QString& user) const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT station FROM server_user WHERE name = ?"));
    q.addBindValue(user);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::optional<Role> CountyStore::deviceRole(const QString& deviceId) const
{
    Query q(m_db);
    q.prepare(QStringLiteral(
        "SELECT u.role FROM server_device d JOIN server_user u ON u.name = d.user WHERE d.id = ?"));
    q.addBindValue(deviceId);
    return q.exec() && q.next() ? roleFromName(q.value(0).toString()) : std::nullopt;
}

ChangeImporter::Options CountyStore::importOptions(const QString& sender) const
{
    ChangeImporter::Options options;
    options.recordRows = false;
    options.origin = sender;
    options.roleOf = [this](const QString& device) { return deviceRole(device); };
    auto scope = std::make_shared<WriteScope>(m_db);
    options.scopeRefusal = [scope](const QString& device, const QByteArray& householdId) {
        return scope->refusal(device, householdId);
    };
    options.scopeReadAhead = [scope](const QList<EncodedChange>& batch) { scope->readAhead(batch); };
    options.assigneeRefusal = [scope](const QString& device, const QString& caseworker) {
        return scope->assigneeRefusal(device, caseworker);
    };
    return options;
}

Session CountyStore::countySession()
{
    const QString county = roleName(Role::County);
    return Session(Actor{county, county, Role::County, {}});
}

std::optional<KnownDevice> CountyStore::device(const QString& deviceId) const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT signing_key, revoked_at FROM server_device WHERE id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return KnownDevice{deviceId, q.value(0).toByteArray(), !q.value(1).isNull()};
}

CountyStore::ImportOutcome CountyStore::importPackage(const QByteArray& bytes, const QString& pushedBy)
{
    ImportOutcome outcome;
    if (!isInitialized()) {
        outcome.reason = tr("This server has no county deployment yet: run fieldfile-server init.");
        return outcome;
    }
    const QByteArray packageHash = crypto::hash(bytes);
    // Every check of the package, through its decompression; its changes are read below, while
    // they are applied (PayloadPipeline).
    QByteArray payload;
    const PackageLimits limits;
    const Status opened = PackageReader::open(
        bytes, {countyId(), boxKeys()}, [this](const QString& id) { return device(id); }, limits,
        &outcome.header, &payload);
    if (!opened) {
        outcome.reason = opened.error().message;
        return outcome;
    }
    // The demo's households are invented: they never enter the county's records (its laptops
    // refuse to enroll or export; this is the guard for a package written some other way).
    if (outcome.header.isFromDemo()) {
        outcome.reason = tr("This package was written by the demo profile: its households are invented and "
                            "never enter the county's records. Nothing was imported.");
        outcome.demo = true;
        return outcome;
    }
    // A laptop speaks for itself; only county staff carry in other devices' packages (USB).
    if (!pushedBy.isEmpty() && pushedBy != outcome.header.sender && deviceRole(pushedBy) != Role::County) {
        outcome.reason = tr("A laptop may send only its own packages; county staff import the others.");
        outcome.forbidden = true;
        return outcome;
    }

    Receipt receipt;
    Query q0(m_db);
    receipt.county = countyId();
    receipt.device = outcome.header.sender;
    q0.prepare(QStringLiteral("SELECT d.user, u.station FROM server_device d JOIN server_user u ON u.name = "
                              "d.user WHERE d.id = ?"));
    q0.addBindValue(receipt.device);
    if (q0.exec() && q0.next()) {
        receipt.person = q0.value(0).toString();
        receipt.station = q0.value(1).toString();
    }
    q0.finish();
    receipt.packageHash = packageHash;
    receipt.importedAt = now();
    receipt.ranges = outcome.header.ranges;

    // One transaction: the changes, the households a caseworker created becoming theirs, and the
    // record that this package was imported, or none of them.
    WriteTransaction tx(m_db);
    if (!tx.isOpen()) {
        outcome.reason = tr("The county database is busy or read-only; nothing was imported. Try again.");
        outcome.busy = true;
        return outcome;
    }
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM server_import WHERE package_hash = ?"));
    q.addBindValue(packageHash);
    if (q.exec() && q.next()) {
        outcome.kind = ImportOutcome::Kind::AlreadyImported;
        outcome.report.alreadyHere = int(outcome.header.changes);
        receipt.outcome = QStringLiteral("already-imported");
        receipt.alreadyHere = outcome.header.changes;
        outcome.receipt = receipt.sign(signingKeys());
        return outcome;
    }
    q.finish();

    const Status applied =
        ImportSession::importPayload(m_db, importOptions(outcome.header.sender), payload,
                                     outcome.header.changes, limits.maxChanges, &outcome.report);
    if (!applied) {
        outcome.reason = applied.error().message;
        // SQLite says "database or disk is full" (SQLITE_FULL): the laptop should try again later.
        outcome.diskFull = applied.error().detail.contains(QStringLiteral("is full"), Qt::CaseInsensitive);
        return outcome;
    }
    q.prepare(QStringLiteral("SELECT \"user\" FROM server_device WHERE id = ?"));
    q.addBindValue(outcome.header.sender);
    const QString sender = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    HouseholdAssignment assignment(m_db, countySession());
    if (Status s = assignment.claimCreated(outcome.report.newHouseholds, sender); !s) {
        outcome.reason = tr("The package could not be imported. Nothing was changed.");
        return outcome;
    }
    // A supervisor's (or county user's) assignment made on a laptop takes effect here: the scope
    // follows it, in the same transaction.
    for (const auto& [household, caseworker] : std::as_const(outcome.report.assignments)) {
        if (Status s = assignment.follow(QString::fromUtf8(household), caseworker); !s) {
            outcome.reason = tr("The package could not be imported. Nothing was changed.");
            return outcome;
        }
    }
    q.prepare(QStringLiteral("INSERT INTO server_import(package_hash, sender, imported_at, applied, already,"
                             " parked, conflicts) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(packageHash);
    q.addBindValue(outcome.header.sender);
    q.addBindValue(receipt.importedAt);
    q.addBindValue(outcome.report.applied);
    q.addBindValue(outcome.report.alreadyHere);
    q.addBindValue(outcome.report.parked);
    q.addBindValue(outcome.report.conflictsOpened);
    if (!q.exec() || !tx.commit()) {
        outcome.reason = tr("The package could not be imported. Nothing was changed.");
        return outcome;
    }

    outcome.kind = ImportOutcome::Kind::Applied;
    receipt.outcome = QStringLiteral("applied");
    receipt.applied = outcome.report.applied + outcome.report.unparked;
    receipt.alreadyHere = outcome.report.alreadyHere;
    receipt.parked = outcome.report.parked;
    for (auto it = outcome.report.parkedReasons.cbegin(); it != outcome.report.parkedReasons.cend(); ++it)
        receipt.parkedReasons.insert(it.key(), it.value());
    receipt.conflicts = outcome.report.conflictsOpened;
    outcome.receipt = receipt.sign(signingKeys());
    return outcome;
}

Status CountyStore::pullPackage(const QString& deviceId, qint64 after, int limit, Page* out,
                                qint64 ownThrough)
{
    if (Status s = readPage(deviceId, after, limit, out, ownThrough); !s)
        return s;
    // How far the device has been served: it has been told of every household that left its scope
    // up to this cursor, so such a household is no longer its to write (WriteScope). Written after
    // the page's snapshot, whatever cursor the device sends next (one that always asks from 0
    // moves it too).
    Query served(m_db);
    served.prepare(QStringLiteral("UPDATE server_device SET pulled_seq = %1, last_pull_at = ? WHERE id = ?")
                       .arg(m_db.dialect().greatest(QStringLiteral("pulled_seq"), QStringLiteral("?"))));
    served.addBindValue(out->cursor);
    served.addBindValue(now());
    served.addBindValue(deviceId);
    if (!served.exec())
        return Error{tr("Could not read the changes for this device."), served.lastErrorText()};
    return Status::ok();
}

Status CountyStore::readPage(const QString& deviceId, qint64 after, int limit, Page* out, qint64 ownThrough)
{
    Page result;
    bool* more = &result.more;
    QStringList* left = &result.left;
    // Every read below sees one snapshot of the journal: a change committed by an import while
    // this page is read can neither be skipped by the cursor nor counted twice.
    const ReadTransaction snapshot(m_db);
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT d.box_key, d.revoked_at, u.name, u.role, u.station FROM server_device d"
                             " JOIN server_user u ON u.name = d.user WHERE d.id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return Error{tr("This device is not enrolled with the county."), QStringLiteral("unknown device")};
    if (!q.value(1).isNull())
        return Error{tr("This device was revoked by the county."), QStringLiteral("revoked")};
    const QByteArray boxKey = q.value(0).toByteArray();
    const QString user = q.value(2).toString();
    const Role role = roleFromName(q.value(3).toString()).value_or(Role::Caseworker);
    const QString station = q.value(4).toString();
    q.finish();
    result.profile = profileOf(user, station);
    result.epoch = m_db.meta(QStringLiteral("county_epoch")); // CountyBackup::epoch
    if (const QString next = m_db.meta(QStringLiteral("next_certificate")); !next.isEmpty()) {
        const QSslCertificate certificate(next.toLatin1(), QSsl::Pem);
        if (!certificate.isNull()) {
            result.nextCertificate = certificate.toDer();
            result.nextCertificateSignature = crypto::Signature::sign(
                ServerTrust::announcementMessage(certificate), signingKeys().secretKey);
        }
    }
    result.profileHeader = QJsonDocument(result.profile).toJson(QJsonDocument::Compact).toBase64();
    result.profileSignature =
        crypto::Signature::sign(result.profileHeader, signingKeys().secretKey).toBase64();

    // The households this device may see: a caseworker's own, a supervisor's station's, all for the county.
    const HouseholdScope inScope = HouseholdScope::of(role, user, station);
    const QString scope = inScope.sql;
    const QVariantList scopeBinds = inScope.binds;
    // The station records it may see (StationScope): its station's and the county-wide ones; the
    // county sees every station's, as it sees every household.
    QString seen = scope;
    QVariantList seenBinds = scopeBinds;
    if (!scope.isEmpty()) {
        seen += QStringLiteral(" UNION ALL SELECT ? UNION ALL SELECT ?");
        seenBinds << StationScope::scopeId(station) << StationScope::scopeId(QString());
    }
    const QString columns =
        QStringLiteral("device, device_seq, hlc, author, entity, record_id, household_id, op, fields,"
                       " bases, seq");
    // The changes as the journal stores them, copied into the page's payload without decoding
    // their values (JournalPayload).
    JournalPayload changes;
    // Households (re)assigned since the cursor: their whole history, which the device has never had.
    // Looked for only when there is one: the history query steps through every journal row up to
    // the cursor (no row is at or below a cursor of 0).
    bool assignedSince = !scope.isEmpty() && after > 0;
    if (assignedSince) {
        SqlStatement any(m_db, QStringLiteral("SELECT EXISTS(%1 AND assigned_seq > ?)").arg(scope));
        int bound = 0;
        for (const QVariant& v : std::as_const(scopeBinds))
            any.bindValue(++bound, v);
        any.bind(++bound, after);
        assignedSince = any.step() && any.columnInt(0) != 0;
        if (!any.isValid() || any.failed())
            return Error{tr("Could not read the changes for this device."), any.error()};
        any.reset();
    }
    if (assignedSince) {
        SqlStatement history(
            m_db, QStringLiteral(
                      "SELECT %1 FROM journal WHERE seq <= ? AND household_id IN (%2 AND assigned_seq > ?)"
                      " ORDER BY seq")
                      .arg(columns, scope));
        int bound = 0;
        history.bind(++bound, after);
        for (const QVariant& v : std::as_const(scopeBinds))
            history.bindValue(++bound, v);
        history.bind(++bound, after);
        while (history.step())
            changes.append(history);
        if (!history.isValid() || history.failed())
            return Error{tr("Could not read the changes for this device."), history.error()};
        history.reset();
    }
    // What the device pushed itself and still holds is not sent back (the history of a household
    // that enters its scope is: it may have forgotten it when the household left).
    const QString notOwn =
        ownThrough >= 0 ? QStringLiteral(" AND NOT (device = ? AND device_seq <= ?)") : QString();
    const auto bindNotOwn = [&](Query& query) {
        if (ownThrough >= 0) {
            query.addBindValue(deviceId);
            query.addBindValue(ownThrough);
        }
    };
    SqlStatement page(
        m_db,
        QStringLiteral("SELECT %1 FROM journal WHERE seq > ?%2%3 ORDER BY seq LIMIT ?")
            .arg(columns, seen.isEmpty() ? QString() : QStringLiteral(" AND household_id IN (%1)").arg(seen),
                 notOwn));
    int bound = 0;
    page.bind(++bound, after);
    for (const QVariant& v : std::as_const(seenBinds))
        page.bindValue(++bound, v);
    if (ownThrough >= 0) {
        page.bind(++bound, deviceId);
        page.bind(++bound, ownThrough);
    }
    page.bind(++bound, qint64(limit) + 1);
    qint64 last = after;
    int inPage = 0;
    *more = false;
    while (page.step()) {
        if (inPage == limit) {
            *more = true;
            break;
        }
        changes.append(page);
        last = page.columnInt(10);
        ++inPage;
    }
    if (!page.isValid() || page.failed())
        return Error{tr("Could not read the changes for this device."), page.error()};
    page.reset();
    if (!*more) {
        // Nothing more in scope: the cursor can move to the end of the journal.
        Query end(m_db);
        if (end.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal")) && end.next())
            last = std::max(last, end.value(0).toLongLong());
    } else {
        // How much is still to come, for the laptop's progress bar.
        Query rest(m_db);
        rest.prepare(
            QStringLiteral("SELECT count(*) FROM journal WHERE seq > ?%1%2")
                .arg(seen.isEmpty() ? QString() : QStringLiteral(" AND household_id IN (%1)").arg(seen),
                     notOwn));
        rest.addBindValue(last);
        for (const QVariant& v : std::as_const(seenBinds))
            rest.addBindValue(v);
        bindNotOwn(rest);
        if (rest.exec() && rest.next())
            result.remaining = rest.value(0).toLongLong();
    }
    result.cursor = last;
    // Households that left the scope since the cursor: the device forgets them (DeviceSync). A
    // caseworker's when reassigned to someone else; a supervisor's when reassigned to a caseworker
    // of another station.
    if (role == Role::Caseworker || role == Role::Supervisor) {
        Query exits(m_db);
        if (role == Role::Caseworker) {
            exits.prepare(
                QStringLiteral("SELECT DISTINCT household_id FROM server_scope_exit WHERE caseworker = ?"
                               " AND at_seq >= ? AND household_id NOT IN (%1)")
                    .arg(scope));
            exits.addBindValue(user);
        } else {
            exits.prepare(QStringLiteral("SELECT DISTINCT e.household_id FROM server_scope_exit e"
                                         " JOIN server_user u ON u.name = e.caseworker WHERE u.station = ?"
                                         " AND e.at_seq >= ? AND e.household_id NOT IN (%1)")
                              .arg(scope));
            exits.addBindValue(station);
        }
        exits.addBindValue(after);
        for (const QVariant& v : std::as_const(scopeBinds))
            exits.addBindValue(v);
        if (!exits.exec())
            return Error{tr("Could not read the changes for this device."), exits.lastErrorText()};
        while (exits.next())
            left->append(exits.value(0).toString());
    }
    result.count = int(changes.count());
    result.households = changes.households();
    if (changes.count() > 0)
        result.package = PackageWriter::write(changes, {countyId(), signingKeys()}, {deviceId, boxKey});
    *out = std::move(result);
    return Status::ok();
}

CountyStore::NonceSeen CountyStore::rememberNonce(const QString& device, const QByteArray& nonce,
                                                  qint64 timeMs, qint64 forgetBeforeMs)
{
    if (!m_db.dialect().isPostgres())
        return NonceSeen::New;
    Query q(m_db);
    if (forgetBeforeMs > 0) {
        q.prepare(QStringLiteral("DELETE FROM server_nonce WHERE time_ms < ?"));
        q.addBindValue(forgetBeforeMs);
        if (!q.exec())
            return NonceSeen::Failed;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO server_nonce(device, nonce, time_ms) VALUES(?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(device);
    q.addBindValue(nonce.isNull() ? QByteArray("", 0) : nonce);
    q.addBindValue(timeMs);
    if (!q.exec())
        return NonceSeen::Failed;
    return q.numRowsAffected() == 1 ? NonceSeen::New : NonceSeen::Seen;
}

QString CountyStore::statusText() const
{
    if (!isInitialized())
        return tr("No county deployment in this database. Run: fieldfile-server init --county ID");
    Query q(m_db);
    q.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM server_user), (SELECT count(*) FROM server_device WHERE"
        " revoked_at IS NULL), (SELECT count(*) FROM server_device WHERE revoked_at IS NOT NULL),"
        " (SELECT count(*) FROM record_heads WHERE entity = 'household'), (SELECT count(*) FROM journal),"
        " (SELECT count(*) FROM server_import), (SELECT count(*) FROM conflict),"
        " (SELECT count(*) FROM parked_change)"));
    q.next();
    return tr("County %1\nUsers: %2\nDevices: %3 enrolled, %4 revoked\nHouseholds: %5\nChanges: %6\n"
              "Packages imported: %7\nOpen conflicts: %8\nParked changes: %9")
        .arg(countyId())
        .arg(q.value(0).toInt())
        .arg(q.value(1).toInt())
        .arg(q.value(2).toInt())
        .arg(q.value(3).toInt())
        .arg(q.value(4).toInt())
        .arg(q.value(5).toInt())
        .arg(q.value(6).toInt())
        .arg(q.value(7).toInt());
}

} // namespace ff
