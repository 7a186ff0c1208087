// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ImportSession.h"
#include "core/db/Query.h"
#include "core/sync/PayloadPipeline.h"

#include "core/db/Database.h"
#include "core/db/PostgresRowBatch.h"
#include "core/journal/ChangeCodec.h"
#include "core/journal/JournalReplayer.h"
#include "core/journal/JournalWriter.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"
#include "core/schema/StationScope.h"
#include "core/sync/ChangeCbor.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace ff {

namespace {
const QString& kWaitingForHousehold = ChangeImporter::kWaitingForHousehold;
const QString& kMalformed = ChangeImporter::kMalformed;
const QString& kUnknownEntity = ChangeImporter::kUnknownEntity;
const QString& kUnknownField = ChangeImporter::kUnknownField;
const QString& kForeignOrigin = ChangeImporter::kNotFromSender;

/// Why a change cannot be applied as it is, or an empty string.
QString problem(const EncodedChange& c)
{
    if (c.id.device.isEmpty() || c.id.seq <= 0 || c.recordId.isEmpty() || c.householdId.isEmpty() ||
        c.hlc == 0)
        return kMalformed;
    const RecordType* type = RecordTypes::find(c.entity);
    if (!type)
        return kUnknownEntity;
    for (const EncodedChange::Edit& e : c.edits) {
        if (e.field != QLatin1StringView("_deleted") && !type->field(e.field))
            return kUnknownField;
    }
    if (c.basesOutsideFields)
        return kMalformed;
    if (c.entity == QLatin1StringView("household") && c.recordId != c.householdId)
        return kMalformed;
    // A station's record names its station's scope, every other record a household.
    if (type->belongsToStation() != StationScope::isStationScope(c.householdId))
        return kMalformed;
    return {};
}

/// A parked change is kept as a one-change package payload (sync/ChangeCbor).
QByteArray encode(const EncodedChange& c) { return ChangeCbor::encode({c.toChange()}); }

Change decode(const QByteArray& bytes)
{
    QList<Change> one;
    if (!bytes.startsWith('{')) {
        if (ChangeCbor::decode(bytes, 1, &one) && one.size() == 1)
            return one.first();
        return {};
    }
    // Parked before schema 6: a JSON object whose fields and bases are JSON text.
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    Change c;
    c.id = {o.value(QStringLiteral("device")).toString(),
            o.value(QStringLiteral("seq")).toString().toLongLong()};
    c.hlc = o.value(QStringLiteral("hlc")).toString().toULongLong();
    c.author = o.value(QStringLiteral("author")).toString();
    c.entity = o.value(QStringLiteral("entity")).toString();
    c.recordId = o.value(QStringLiteral("record")).toString();
    c.householdId = o.value(QStringLiteral("household")).toString();
    Change::opFromName(o.value(QStringLiteral("op")).toString(), &c.op);
    c.fields = ChangeCodec::fieldsFromBytes(o.value(QStringLiteral("fields")).toString().toUtf8());
    c.bases = ChangeCodec::basesFromBytes(o.value(QStringLiteral("bases")).toString().toUtf8());
    return c;
}
} // namespace

ImportSession::ImportSession(Database& db, const ChangeImporter::Options& options)
    : m_db(db), m_options(options), m_park(db)
{}

ImportSession::~ImportSession() = default;

Status ImportSession::failed(const QString& detail) const
{
    return Error{ChangeImporter::tr("The changes could not be imported. Nothing was changed."), detail};
}

Status ImportSession::begin()
{
    Database& db = m_db;
    m_tx = std::make_unique<WriteTransaction>(db);
    if (!m_tx->isOpen())
        return failed(m_tx->error());
    // The connection's kept statements: prepared once per connection, not once per import (on
    // PostgreSQL each preparation is a round trip, and a push of a day's work is a few dozen changes).
    m_applier = std::make_unique<ChangeApplier>(m_db, m_db.statements());
    m_applier->keepRecordRows(m_options.recordRows);
    m_applier->deferProjections(m_options.deferProjections);
    // Without record rows, a household is here when its merge state is.
    m_householdExists = std::make_unique<SqlStatement>(
        db, m_options.recordRows
                ? QStringLiteral("SELECT 1 FROM household WHERE id = ?")
                : QStringLiteral("SELECT 1 FROM record_heads WHERE entity = 'household' AND record_id = ?"));
    m_park.prepare(QStringLiteral("INSERT INTO parked_change(device, device_seq, reason, change, parked_at)"
                                  " VALUES(?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    if (db.dialect().isPostgres()) {
        m_parkRows = std::make_unique<PostgresRowBatch>(db);
        m_parkRows->addTable("parked_change", {"device", "device_seq", "reason", "change", "parked_at"},
                             "ON CONFLICT DO NOTHING");
    }
    m_maxHlc = 0;
    return Status::ok();
}

QString ImportSession::refusal(const EncodedChange& c)
{
    if (!m_options.roleOf)
        return {};
    const RecordType& type = *RecordTypes::find(c.entity); // problem() found it
    // A removal whatever the operation: a delete, or an update or resolve marking it removed.
    bool marksRemoved = c.op == Change::Op::Delete;
    QStringList guarded;
    for (const EncodedChange::Edit& e : c.edits) {
        if (Authority::isGuarded(type, e.field))
            guarded.append(e.field);
        if (!marksRemoved && e.field == QLatin1String("_deleted") && type.mayRemove != allRoles())
            marksRemoved = c.values().value(QStringLiteral("_deleted")).toBool();
    }
    const bool removing = marksRemoved && type.mayRemove != allRoles();
    if (!removing && guarded.isEmpty() && type.mayCreate == allRoles())
        return {};
    auto known = m_roles.constFind(c.id.device);
    if (known == m_roles.cend())
        known = m_roles.insert(c.id.device, m_options.roleOf(c.id.device));
    if (!known.value())
        return {}; // a device this database does not know: not judged here
    const Role role = *known.value();
    if (removing)
        return Authority::remove(role, type).refusal;
    // A record that is here already is changed, whatever the operation says (a "create" of a
    // record that exists is judged as the change it makes).
    const RecordHeads heads = m_applier->heads(c.entity, QString::fromUtf8(c.recordId));
    const QVariantMap values = c.values();
    if (heads.isEmpty())
        return Authority::create(role, type, values).refusal;
    for (const QString& field : std::as_const(guarded)) {
        const FieldHead* shown = shownHead(heads.value(field));
        const QVariant current = shown ? m_applier->valueOf(shown->change, field) : QVariant();
        if (const Authority::Verdict v = Authority::change(role, type, field, current, values.value(field));
            !v)
            return v.refusal;
    }
    return {};
}

QString ImportSession::judgeArrived(const EncodedChange& c, bool withScope)
{
    QString reason = refusal(c);
    // A record stays in the household its first change named; an answer ("<assessment>/<question>")
    // belongs to its assessment's household.
    if (reason.isEmpty() && m_options.scopeRefusal) {
        std::optional<QByteArray> home = m_applier->householdOf(c.entity, c.recordId);
        const qsizetype slash = c.recordId.indexOf('/');
        if (!home && c.entity == QLatin1StringView("answer") && slash > 0)
            home = m_applier->householdOf(QStringLiteral("assessment"), c.recordId.left(slash));
        if (home && *home != c.householdId)
            reason = ChangeImporter::kWrongHousehold;
    }
    if (reason.isEmpty() && withScope && m_options.scopeRefusal)
        reason = m_options.scopeRefusal(c.id.device, c.householdId);
    return reason;
}

std::optional<QString> ImportSession::assigneeOf(const EncodedChange& c)
{
    // Filing a household names its caseworker; the county gives a new household to its sender
    // (HouseholdAssignment::claimCreated). Only a change to an existing household assigns it.
    if (c.entity != QLatin1StringView("household") || c.op == Change::Op::Create ||
        c.op == Change::Op::Delete)
        return std::nullopt;
    for (const EncodedChange::Edit& e : c.edits) {
        if (e.field == QLatin1StringView("caseworker"))
            return c.values().value(QStringLiteral("caseworker")).toString();
    }
    return std::nullopt;
}

bool ImportSession::hasHousehold(const QByteArray& id)
{
    if (m_present.contains(id))
        return true;
    // Without record rows a household is here when its merge state is: read ahead on PostgreSQL.
    if (!m_options.recordRows) {
        if (const std::optional<bool> here = m_applier->knownHere(QStringLiteral("household"), id)) {
            if (*here)
                m_present.insert(id);
            return *here;
        }
    }
    m_householdExists->bind(1, id);
    const bool found = m_householdExists->step();
    m_householdExists->reset();
    if (found)
        m_present.insert(id);
    return found;
}

Status ImportSession::add(const QList<EncodedChange>& batch)
{
    // On PostgreSQL every statement is a round trip: the records of the batch are read in a few.
    if (m_db.dialect().isPostgres()) {
        if (Status s = m_applier->readAhead(batch); !s)
            return failed(s.error().detail);
        if (m_options.scopeReadAhead)
            m_options.scopeReadAhead(batch);
    }
    for (const EncodedChange& c : batch) {
        // A change that cannot be applied was never journaled, so only applicable ones can be
        // duplicates: the applier finds those (ON CONFLICT DO NOTHING on the change id).
        QString reason = problem(c);
        // A laptop's package carries only its own work: a change naming another device would speak
        // for it (its role, its sequence numbers).
        if (reason.isEmpty() && !m_options.origin.isEmpty() && c.id.device != m_options.origin)
            reason = kForeignOrigin;
        if (reason.isEmpty())
            reason = judgeArrived(c, false);
        if (reason.isEmpty() && c.entity != QLatin1StringView("household") &&
            !StationScope::isStationScope(c.householdId) && !hasHousehold(c.householdId))
            reason = kWaitingForHousehold;
        if (reason.isEmpty() && m_options.scopeRefusal)
            reason = m_options.scopeRefusal(c.id.device, c.householdId);
        const std::optional<QString> assignee = m_options.assigneeRefusal ? assigneeOf(c) : std::nullopt;
        if (reason.isEmpty() && assignee)
            reason = m_options.assigneeRefusal(c.id.device, *assignee);
        if (!reason.isEmpty() && reason != kWaitingForHousehold && m_parkRows && m_parkRows->isValid()) {
            // Nothing needs to know whether the row was new: held back.
            m_parkRows->row(0)
                .text(c.device)
                .number(c.id.seq)
                .text(reason.toUtf8())
                .blob(encode(c))
                .number(QDateTime::currentMSecsSinceEpoch());
            ++m_report.parked;
            ++m_report.parkedReasons[reason];
            continue;
        }
        if (!reason.isEmpty()) {
            m_park.addBindValue(c.id.device);
            m_park.addBindValue(c.id.seq);
            m_park.addBindValue(reason);
            m_park.addBindValue(encode(c));
            m_park.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!m_park.exec())
                return failed(m_park.lastErrorText());
            if (reason == kWaitingForHousehold && m_park.numRowsAffected() > 0)
                m_waitingHere.insert({c.id.device, c.id.seq});
            ++m_report.parked;
            ++m_report.parkedReasons[reason];
            continue;
        }
        const bool newHousehold = c.entity == QLatin1StringView("household") && !hasHousehold(c.householdId);
        ChangeApplier::Outcome outcome = ChangeApplier::Outcome::Applied;
        if (Status s = m_applier->apply(c, &outcome); !s)
            return failed(s.error().detail);
        if (newHousehold && outcome != ChangeApplier::Outcome::Duplicate)
            m_report.newHouseholds.append(c.householdId);
        // A household here now counts as present for the changes of its records that follow.
        if (c.entity == QLatin1StringView("household"))
            m_present.insert(c.householdId);
        if (outcome == ChangeApplier::Outcome::Duplicate) {
            ++m_report.alreadyHere;
            continue;
        }
        ++m_report.applied;
        m_maxHlc = std::max(m_maxHlc, c.hlc);
        if (assignee)
            m_report.assignments.append({c.householdId, *assignee});
    }
    return Status::ok();
}

Status ImportSession::finish(ChangeImporter::Report* reportOut)
{
    Database& db = m_db;
    // Changes that were waiting for a household that is now here.
    Query waiting(db);
    if (!waiting.exec(QStringLiteral("SELECT id, change FROM parked_change WHERE reason = '%1' ORDER BY id")
                          .arg(kWaitingForHousehold)))
        return failed(waiting.lastErrorText());
    QList<QPair<qint64, Change>> ready;
    while (waiting.next()) {
        const Change c = decode(waiting.value(1).toByteArray());
        if (hasHousehold(c.householdId.toUtf8()))
            ready.append({waiting.value(0).toLongLong(), c});
    }
    Query unpark(db);
    unpark.prepare(QStringLiteral("DELETE FROM parked_change WHERE id = ?"));
    Query repark(db);
    repark.prepare(QStringLiteral("UPDATE parked_change SET reason = ? WHERE id = ?"));
    for (const auto& [id, c] : std::as_const(ready)) {
        // Its household is here now: everything that depends on what is here is judged now, as
        // for a change that arrives (the record's household, the authority rule on the record as it
        // is now, whether the sender may write into the household).
        const QString outOfScope = judgeArrived(EncodedChange::fromChange(c), true);
        if (!outOfScope.isEmpty()) {
            repark.addBindValue(outOfScope);
            repark.addBindValue(id);
            if (!repark.exec())
                return failed(repark.lastErrorText());
            if (m_waitingHere.contains({c.id.device, c.id.seq})) {
                if (--m_report.parkedReasons[kWaitingForHousehold] == 0)
                    m_report.parkedReasons.remove(kWaitingForHousehold);
                ++m_report.parkedReasons[outOfScope];
            }
            continue;
        }
        if (Status s = m_applier->apply(c); !s)
            return failed(s.error().detail);
        unpark.addBindValue(id);
        if (!unpark.exec())
            return failed(unpark.lastErrorText());
        if (m_waitingHere.contains({c.id.device, c.id.seq})) {
            // Parked and applied within this import: for its report, simply applied.
            --m_report.parked;
            if (--m_report.parkedReasons[kWaitingForHousehold] == 0)
                m_report.parkedReasons.remove(kWaitingForHousehold);
            ++m_report.applied;
        } else {
            ++m_report.unparked;
        }
        m_maxHlc = std::max(m_maxHlc, c.hlc);
    }

    // The household list's data of every household the import touched, once each (or, without
    // record rows, the mark that they must be rebuilt).
    if (Status s = m_applier->finishProjections(); !s)
        return failed(s.error().detail);
    // Later local edits must order after everything seen here.
    if (Status s = JournalWriter::observe(m_db, m_maxHlc); !s)
        return failed(s.error().detail);

    m_report.conflictsOpened = m_applier->conflictsOpened();
    waiting.finish();
    repark.finish();
    m_householdExists.reset();
    m_park.finish();
    m_parkRows.reset();
    m_applier.reset();
    if (!m_tx->commit())
        return failed(m_tx->error());
    m_tx.reset();
    if (reportOut)
        *reportOut = m_report;
    return Status::ok();
}

Status ImportSession::importPayload(Database& db, const ChangeImporter::Options& options,
                                    const QByteArray& payload, qint64 expectedChanges, qsizetype maxChanges,
                                    ChangeImporter::Report* report,
                                    const std::function<void(const QList<EncodedChange>&)>& seen)
{
    ImportSession session(db, options);
    if (Status s = session.begin(); !s)
        return s;
    if (Status s = PayloadPipeline::run(payload, expectedChanges, maxChanges,
                                        [&](const QList<EncodedChange>& batch) {
                                            if (seen)
                                                seen(batch);
                                            return session.add(batch);
                                        });
        !s)
        return s;
    return session.finish(report);
}

} // namespace ff
