// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/ChangeApplier.h"

#include "core/db/Database.h"
#include "core/db/PostgresRowBatch.h"
#include "core/db/Query.h"
#include "core/db/SqlStatement.h"
#include "core/db/StatementCache.h"
#include "core/db/WriteTransaction.h"
#include "core/journal/ChangeCodec.h"
#include "core/journal/JournalReplayer.h"
#include "core/journal/Projection.h"
#include "core/schema/RecordTypes.h"

#include <QCborStreamReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace ff {

namespace {
const QString kDeleted = QStringLiteral("_deleted");
const QString kDeferred = QStringLiteral("projections_deferred");

/// Whether the change names no base for any field it sets.
bool supersedesNothing(const EncodedChange& change)
{
    return std::all_of(change.edits.cbegin(), change.edits.cend(),
                       [](const EncodedChange::Edit& e) { return e.bases.isEmpty(); });
}

QString pendingKey(const ChangeId& change, const QString& entity, const QByteArray& recordId,
                   const QString& field)
{
    return change.device + QLatin1Char('/') + QString::number(change.seq) + QLatin1Char('/') + entity +
           QLatin1Char('/') + QString::fromUtf8(recordId) + QLatin1Char('/') + field;
}

} // namespace

ChangeApplier::ChangeApplier(Database& db, StatementCache* statements)
    : m_db(db), m_touched(Projections::installed().size()), m_cache(statements)
{
    Query q(m_db);
    if (q.exec(QStringLiteral(
            "SELECT EXISTS(SELECT 1 FROM pending_supersede), EXISTS(SELECT 1 FROM conflict)")) &&
        q.next()) {
        m_mayHavePending = q.value(0).toBool();
        m_pendingBefore = m_mayHavePending;
        m_mayHaveConflicts = q.value(1).toBool();
    }
}

ChangeApplier::~ChangeApplier()
{
    m_batch.reset(); // rows held back are written before the statements go
    qDeleteAll(m_statements);
    if (!m_cache) {
        qDeleteAll(m_fast);
        qDeleteAll(m_upserts);
    }
}

Query& ChangeApplier::prepared(const QString& sql)
{
    Query*& q = m_statements[sql];
    if (!q) {
        q = new Query(m_db);
        q->prepare(sql);
    }
    return *q;
}

SqlStatement& ChangeApplier::statement(const QString& sql)
{
    SqlStatement*& s = m_fast[sql];
    if (!s)
        s = m_cache ? &m_cache->get(sql) : new SqlStatement(m_db, sql);
    return *s;
}

const QByteArray& ChangeApplier::entityText(const QString& entity)
{
    if (entity != m_lastEntity) {
        m_lastEntity = entity;
        m_lastEntityText = entity.toUtf8();
    }
    return m_lastEntityText;
}

Status ChangeApplier::saveHeads(const EncodedChange& change, const RecordHeads* heads, bool* saved)
{
    const QByteArrayView bytes = heads ? m_headsEncoder.encode(*heads)
                                       : m_headsEncoder.encodeSole({change.id, change.hlc}, change.edits);
    // On PostgreSQL, held back when its outcome is known: an upsert always writes its row; the
    // first heads are written when the record, read ahead, is not here.
    if (batch()) {
        const auto ahead = m_readAhead.constFind({entityText(change.entity), change.recordId});
        if (heads || ahead != m_readAhead.cend()) {
            const bool written = heads || !ahead->found;
            if (written)
                holdHeads(change, bytes, heads != nullptr);
            if (saved)
                *saved = written;
            headsSaved(change, bytes, written, heads != nullptr);
            return Status::ok();
        }
    }
    SqlStatement*& cached = heads ? m_saveHeads : m_saveSoleHeads;
    if (!cached)
        cached = &statement(
            heads ? QStringLiteral("INSERT INTO record_heads(entity, record_id, heads, household_id)"
                                   " VALUES(?, ?, ?, ?)"
                                   " ON CONFLICT(entity, record_id) DO UPDATE SET heads = excluded.heads")
                  : QStringLiteral("INSERT INTO record_heads(entity, record_id, heads, household_id)"
                                   " VALUES(?, ?, ?, ?) ON CONFLICT(entity, record_id) DO NOTHING"));
    SqlStatement& save = *cached;
    save.bindTextInPlace(1, entityText(change.entity))
        .bindTextInPlace(2, change.recordId)
        .bindBlobInPlace(3, bytes.data(), bytes.size())
        .bindTextInPlace(4, change.householdId);
    if (!save.run())
        return failed(save);
    const bool written = save.changes() > 0;
    if (saved)
        *saved = written;
    headsSaved(change, bytes, written, heads != nullptr);
    return Status::ok();
}

void ChangeApplier::headsSaved(const EncodedChange& change, QByteArrayView bytes, bool written, bool upsert)
{
    m_read.reset(); // the row read before may no longer be what is stored
    const auto ahead = m_readAhead.find({entityText(change.entity), change.recordId});
    if (ahead == m_readAhead.end())
        return;
    // What is stored now: the heads just written (the household stays the first change's).
    if (written) {
        if (!ahead->found)
            ahead->household = change.householdId;
        ahead->found = true;
        ahead->heads = QByteArray(bytes.data(), bytes.size());
    } else if (!ahead->found || upsert) {
        m_readAhead.erase(ahead); // not what was read: read it again when asked
    }
}

Status ChangeApplier::failed(const SqlStatement& statement) const
{
    return Error{tr("The change could not be saved."), statement.error()};
}

RecordHeads ChangeApplier::heads(const QString& entity, const QString& recordId)
{
    return heads(entity, recordId.toUtf8());
}

RecordHeads ChangeApplier::heads(const QString& entity, const QByteArray& recordId)
{
    const ReadRecord& read = readRecord(entity, recordId);
    return read.found ? m_headsDecoder.decode(read.heads) : RecordHeads();
}

std::optional<QByteArray> ChangeApplier::householdOf(const QString& entity, const QByteArray& recordId)
{
    const ReadRecord& read = readRecord(entity, recordId);
    return read.found ? std::optional<QByteArray>(read.household) : std::nullopt;
}

const ChangeApplier::ReadRecord& ChangeApplier::readRecord(const QString& entity, const QByteArray& recordId)
{
    const QByteArray& entityUtf8 = entityText(entity);
    if (m_read && m_read->recordId == recordId && m_read->entity == entityUtf8)
        return *m_read;
    if (const auto ahead = m_readAhead.constFind({entityUtf8, recordId}); ahead != m_readAhead.cend()) {
        m_read = *ahead;
        return *m_read;
    }
    if (!m_selectRecord)
        m_selectRecord = &statement(QStringLiteral(
            "SELECT household_id, heads FROM record_heads WHERE entity = ? AND record_id = ?"));
    SqlStatement& q = *m_selectRecord;
    q.bindTextInPlace(1, entityUtf8).bindTextInPlace(2, recordId);
    ReadRecord read{entityUtf8, recordId};
    if (q.step()) {
        read.found = true;
        read.household = q.columnBytes(0);
        read.heads = q.columnBytes(1);
    }
    q.reset();
    m_read = std::move(read);
    return *m_read;
}

Status ChangeApplier::readAhead(const QList<EncodedChange>& changes)
{
    QHash<QString, QStringList> byEntity;
    for (const EncodedChange& c : changes) {
        const QPair<QByteArray, QByteArray> key{entityText(c.entity), c.recordId};
        if (m_readAhead.contains(key))
            continue;
        m_readAhead.insert(key, ReadRecord{key.first, key.second});
        byEntity[c.entity].append(QString::fromUtf8(c.recordId));
    }
    SqlStatement& q = statement(QStringLiteral("SELECT record_id, household_id, heads FROM record_heads"
                                               " WHERE entity = ? AND record_id IN (SELECT value FROM %1)")
                                    .arg(m_db.dialect().listTable()));
    for (auto it = byEntity.cbegin(); it != byEntity.cend(); ++it) {
        const QByteArray entity = it.key().toUtf8();
        q.bind(1, entity).bind(
            2, QJsonDocument(QJsonArray::fromStringList(it.value())).toJson(QJsonDocument::Compact));
        while (q.step()) {
            ReadRecord& read = m_readAhead[{entity, q.columnBytes(0)}];
            read.found = true;
            read.household = q.columnBytes(1);
            read.heads = q.columnBytes(2);
        }
        if (!q.isValid() || q.failed()) {
            // Nothing read ahead is known: each record is read when asked for, as without it.
            m_readAhead.clear();
            const Status error = failed(q);
            q.reset();
            return error;
        }
        q.reset();
    }
    m_read.reset();

    // Which of the changes the journal holds already, one range of sequence numbers per device.
    QHash<QByteArray, QPair<qint64, qint64>> ranges;
    for (const EncodedChange& c : changes) {
        if (c.device.isEmpty())
            continue;
        const auto range = ranges.find(c.device);
        if (range == ranges.end())
            ranges.insert(c.device, {c.id.seq, c.id.seq});
        else
            *range = {std::min(range->first, c.id.seq), std::max(range->second, c.id.seq)};
    }
    SqlStatement& held = statement(
        QStringLiteral("SELECT device_seq FROM journal WHERE device = ? AND device_seq BETWEEN ? AND ?"));
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it) {
        Journaled known{it->first, it->second, {}};
        held.bindTextInPlace(1, it.key()).bind(2, it->first).bind(3, it->second);
        while (held.step())
            known.seqs.insert(held.columnInt(0));
        if (!held.isValid() || held.failed()) {
            m_journaled.clear();
            const Status error = failed(held);
            held.reset();
            return error;
        }
        held.reset();
        // What was known of the sequence numbers next to these stays known (this applier notes
        // its own writes): the bases of a batch's changes are mostly in the batches before it.
        if (const auto before = m_journaled.constFind(it.key()); before != m_journaled.cend() &&
                                                                 known.first <= before->last + 1 &&
                                                                 known.last + 1 >= before->first) {
            for (const qint64 seq : before->seqs) {
                if (seq < known.first || seq > known.last)
                    known.seqs.insert(seq);
            }
            known.first = std::min(known.first, before->first);
            known.last = std::max(known.last, before->last);
        }
        m_journaled.insert(it.key(), std::move(known));
    }
    return Status::ok();
}

std::optional<bool> ChangeApplier::knownHere(const QString& entity, const QByteArray& recordId) const
{
    const auto ahead = m_readAhead.constFind({entity.toUtf8(), recordId});
    if (ahead == m_readAhead.cend())
        return std::nullopt;
    return ahead->found;
}

void ChangeApplier::noteJournaled(const EncodedChange& change)
{
    const auto known = m_journaled.find(change.device);
    if (known != m_journaled.end() && change.id.seq >= known->first && change.id.seq <= known->last)
        known->seqs.insert(change.id.seq);
}

std::optional<bool> ChangeApplier::journalHolds(const QByteArray& device, qint64 seq) const
{
    const auto known = m_journaled.constFind(device);
    if (known == m_journaled.cend() || seq < known->first || seq > known->last)
        return std::nullopt;
    return known->seqs.contains(seq);
}

PostgresRowBatch* ChangeApplier::batch()
{
    if (!m_batchMade) {
        m_batchMade = true;
        if (!m_db.dialect().isPostgres())
            return nullptr;
        m_batch = std::make_unique<PostgresRowBatch>(m_db);
        m_journalRows = m_batch->addTable("journal", {"device", "device_seq", "hlc", "author", "entity",
                                                      "record_id", "household_id", "op", "fields", "bases"});
        m_headsRows = m_batch->addTable("record_heads", {"entity", "record_id", "heads", "household_id"});
        m_headsUpserts =
            m_batch->addTable("record_heads", {"entity", "record_id", "heads", "household_id"},
                              "ON CONFLICT(entity, record_id) DO UPDATE SET heads = excluded.heads");
        m_pendingRows =
            m_batch->addTable("pending_supersede", {"device", "device_seq", "entity", "record_id", "field"});
    }
    return m_batch && m_batch->isValid() ? m_batch.get() : nullptr;
}

void ChangeApplier::holdHeads(const EncodedChange& change, QByteArrayView bytes, bool upsert)
{
    const QPair<QByteArray, QByteArray> key{entityText(change.entity), change.recordId};
    const auto held = m_heldHeads.constFind(key);
    if (held != m_heldHeads.cend() && held->generation == m_batch->generation()) {
        // One row per record in a batch (an upsert may not change a row twice in one statement):
        // the record's heads as they are now, its household the first change's.
        m_batch->setBlob(held->table, held->row, 2, bytes);
        return;
    }
    const int table = upsert ? m_headsUpserts : m_headsRows;
    m_batch->row(table).text(key.first).text(key.second).blob(bytes).text(change.householdId);
    // row() may have sent the rows before it (too many values): the generation after it.
    m_heldHeads.insert(key, {m_batch->generation(), table, m_batch->lastRow(table)});
}

bool ChangeApplier::applyHeldBack(const EncodedChange& change, bool first, Outcome* outcome, Status* status)
{
    const std::optional<bool> here = journalHolds(change.device, change.id.seq);
    if (!here)
        return false;
    if (*here) {
        if (outcome)
            *outcome = Outcome::Duplicate;
        *status = Status::ok();
        return true;
    }
    PostgresRowBatch* rows = batch();
    if (!rows)
        return false;
    const QByteArray& entity = entityText(change.entity);
    rows->row(m_journalRows)
        .text(change.device)
        .number(change.id.seq)
        .number(qint64(change.hlc))
        .text(change.author)
        .text(entity)
        .text(change.recordId)
        .text(change.householdId)
        .text(EncodedChange::opText(change.op))
        .blob(change.fields)
        .blob(change.bases);
    noteJournaled(change);
    if (outcome)
        *outcome = Outcome::Applied;
    // A change that supersedes nothing, of a record read ahead: its first heads, as applyFirst's
    // statement would, if the record is new here. Otherwise saveHeads() holds what it can.
    const auto ahead = m_readAhead.constFind({entity, change.recordId});
    if (!first || ahead == m_readAhead.cend()) {
        *status = materialize(change, nullptr);
        return true;
    }
    const bool saved = !ahead->found;
    const QByteArrayView heads = m_headsEncoder.encodeSole({change.id, change.hlc}, change.edits);
    if (saved)
        holdHeads(change, heads, false);
    headsSaved(change, heads, saved, false);
    *status = materialize(change, &saved);
    return true;
}

Status ChangeApplier::apply(const Change& change, Outcome* outcome)
{
    return apply(EncodedChange::fromChange(change), outcome);
}

Status ChangeApplier::apply(const EncodedChange& change, Outcome* outcome)
{
    if (m_db.dialect().isPostgres()) {
        const bool first =
            !mayBePending(change) && supersedesNothing(change) && RecordTypes::find(change.entity);
        if (Status held; applyHeldBack(change, first, outcome, &held))
            return held;
        if (first)
            return applyFirst(change, outcome);
    }
    if (!m_insertJournal)
        m_insertJournal =
            &statement(QStringLiteral("INSERT INTO journal(device, device_seq, hlc, author, entity,"
                                      " record_id, household_id, op, fields, bases)"
                                      " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    SqlStatement& insert = *m_insertJournal;
    const QByteArray op = EncodedChange::opText(change.op);
    insert.bindTextInPlace(1, change.device)
        .bind(2, change.id.seq)
        .bind(3, qint64(change.hlc))
        .bindTextInPlace(4, change.author)
        .bindTextInPlace(5, entityText(change.entity))
        .bindTextInPlace(6, change.recordId)
        .bindTextInPlace(7, change.householdId)
        .bindTextInPlace(8, op)
        .bindBlobInPlace(9, change.fields.constData(), change.fields.size())
        .bindBlobInPlace(10, change.bases.constData(), change.bases.size());
    if (!insert.run())
        return failed(insert);
    if (insert.changes() == 0) {
        if (outcome)
            *outcome = Outcome::Duplicate;
        return Status::ok();
    }
    noteJournaled(change);
    if (outcome)
        *outcome = Outcome::Applied;
    return materialize(change);
}

bool ChangeApplier::mayBePending(const EncodedChange& change) const
{
    if (!m_mayHavePending)
        return false;
    if (m_pendingBefore)
        return true;
    return std::any_of(change.edits.cbegin(), change.edits.cend(), [&](const EncodedChange::Edit& e) {
        return m_pendingAdded.contains(pendingKey(change.id, change.entity, change.recordId, e.field));
    });
}

Status ChangeApplier::applyFirst(const EncodedChange& change, Outcome* outcome)
{
    if (!m_insertFirst)
        m_insertFirst = &statement(QStringLiteral(
            "WITH j AS (INSERT INTO journal(device, device_seq, hlc, author, entity, record_id, household_id,"
            " op, fields, bases) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING 1),"
            " h AS (INSERT INTO record_heads(entity, record_id, heads, household_id)"
            " SELECT CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BYTEA), CAST(? AS TEXT)"
            " WHERE EXISTS (SELECT 1 FROM j) ON CONFLICT(entity, record_id) DO NOTHING RETURNING 1)"
            " SELECT (SELECT count(*) FROM j), (SELECT count(*) FROM h)"));
    SqlStatement& insert = *m_insertFirst;
    const QByteArray op = EncodedChange::opText(change.op);
    const QByteArray& entity = entityText(change.entity);
    const QByteArrayView heads = m_headsEncoder.encodeSole({change.id, change.hlc}, change.edits);
    insert.bindTextInPlace(1, change.device)
        .bind(2, change.id.seq)
        .bind(3, qint64(change.hlc))
        .bindTextInPlace(4, change.author)
        .bindTextInPlace(5, entity)
        .bindTextInPlace(6, change.recordId)
        .bindTextInPlace(7, change.householdId)
        .bindTextInPlace(8, op)
        .bindBlobInPlace(9, change.fields.constData(), change.fields.size())
        .bindBlobInPlace(10, change.bases.constData(), change.bases.size())
        .bindTextInPlace(11, entity)
        .bindTextInPlace(12, change.recordId)
        .bindBlobInPlace(13, heads.data(), heads.size())
        .bindTextInPlace(14, change.householdId);
    if (!insert.step()) {
        const Status error = failed(insert);
        insert.reset();
        return error;
    }
    const bool journaled = insert.columnInt(0) > 0;
    const bool saved = insert.columnInt(1) > 0;
    insert.reset();
    if (!journaled) {
        if (outcome)
            *outcome = Outcome::Duplicate;
        return Status::ok();
    }
    noteJournaled(change);
    if (outcome)
        *outcome = Outcome::Applied;
    headsSaved(change, heads, saved, false);
    return materialize(change, &saved);
}

Status ChangeApplier::materialize(const Change& change)
{
    return materialize(EncodedChange::fromChange(change));
}

Status ChangeApplier::materialize(const EncodedChange& change) { return materialize(change, nullptr); }

Status ChangeApplier::materialize(const EncodedChange& change, const bool* soleSaved)
{
    const RecordType* type = RecordTypes::find(change.entity);
    if (!type)
        return Error{tr("The change could not be saved."), QStringLiteral("unknown entity ") + change.entity};
    // Without record rows the file's rows and derived data are behind the journal from here on.
    m_projectionsStale = m_projectionsStale || !m_keepRows;
    const QList<Projections::Kind>& kinds = Projections::installed();
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        if (kinds.at(k).affectedBy(change)) {
            m_projectionsStale = true;
            if (m_keepRows) {
                m_touched.resize(std::max(m_touched.size(), size_t(kinds.size())));
                m_touched[size_t(k)].insert(change.householdId);
            }
        }
    }

    if (!mayBePending(change) && supersedesNothing(change)) {
        // A change that supersedes nothing, and no change waits for one that has not arrived: if
        // the record is new here (the usual import of a new caseload), each field's one head is
        // this change. Saved without reading the record's heads first or building their map,
        // which is built only if the row or the conflicts need it.
        bool isNew = soleSaved && *soleSaved;
        if (!soleSaved) {
            if (Status s = saveHeads(change, nullptr, &isNew); !s)
                return s;
        }
        if (isNew) {
            if (!m_keepRows && !m_mayHaveConflicts)
                return Status::ok();
            if (m_keepRows && !m_mayHaveConflicts) {
                bool written = false;
                if (Status s = writeSoleHeadRow(change, false, &written); !s || written)
                    return s;
            }
            RecordHeads heads;
            for (const EncodedChange::Edit& edit : change.edits)
                heads.insert(edit.field, {{change.id, change.hlc}});
            return writeRow(change, heads);
        }
    }
    RecordHeads heads = this->heads(change.entity, change.recordId);

    SqlStatement& pendingFind = statement(QStringLiteral(
        "DELETE FROM pending_supersede WHERE device = ? AND device_seq = ? AND entity = ? AND record_id = ?"
        " AND field = ?"));
    SqlStatement& pendingAdd = statement(QStringLiteral(
        "INSERT INTO pending_supersede(device, device_seq, entity, record_id, field)"
        " SELECT CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT)"
        " WHERE NOT EXISTS (SELECT 1 FROM journal WHERE device = ? AND device_seq = ?)"
        " ON CONFLICT DO NOTHING"));

    for (const EncodedChange::Edit& edit : change.edits) {
        const QString& field = edit.field;
        QList<FieldHead>& fieldHeads = heads[field];
        for (const ChangeId& base : edit.bases) {
            const auto removed = fieldHeads.removeIf([&](const FieldHead& h) { return h.change == base; });
            if (removed == 0) {
                // Not a head: either already superseded, or not yet arrived. Remember the latter so
                // that it never becomes a head when it does arrive.
                const std::optional<bool> arrived = journalHolds(base.device.toUtf8(), base.seq);
                if (arrived.value_or(false))
                    continue; // in the journal (readAhead() looked): already superseded
                if (arrived && !m_pendingBefore && batch()) {
                    // Not arrived, and pending_supersede holds only what this applier added: a
                    // new row unless added already (then nothing more waits for it).
                    const QString key = pendingKey(base, change.entity, change.recordId, field);
                    if (m_pendingAdded.contains(key))
                        continue;
                    m_batch->row(m_pendingRows)
                        .text(base.device.toUtf8())
                        .number(base.seq)
                        .text(entityText(change.entity))
                        .text(change.recordId)
                        .text(field.toUtf8());
                    m_mayHavePending = true;
                    m_pendingAdded.insert(key);
                    continue;
                }
                pendingAdd.bind(1, base.device)
                    .bind(2, base.seq)
                    .bind(3, change.entity)
                    .bind(4, change.recordId)
                    .bind(5, field)
                    .bind(6, base.device)
                    .bind(7, base.seq);
                if (!pendingAdd.run())
                    return failed(pendingAdd);
                if (pendingAdd.changes() == 0)
                    continue; // already superseded: nothing waits for it
                m_mayHavePending = true;
                if (!m_pendingBefore)
                    m_pendingAdded.insert(pendingKey(base, change.entity, change.recordId, field));
            }
        }
        bool supersededAlready = false;
        // Only a key this applier added can be there when the table was empty at its start.
        const QString key =
            m_pendingBefore ? QString() : pendingKey(change.id, change.entity, change.recordId, field);
        if (m_mayHavePending && (m_pendingBefore || m_pendingAdded.contains(key))) {
            pendingFind.bind(1, change.device)
                .bind(2, change.id.seq)
                .bind(3, change.entity)
                .bind(4, change.recordId)
                .bind(5, field);
            if (!pendingFind.run())
                return failed(pendingFind);
            supersededAlready = pendingFind.changes() > 0;
        }
        if (!supersededAlready) {
            fieldHeads.append({change.id, change.hlc});
            // A canonical order, so replicas that received the same changes in any order store the same
            // heads.
            std::sort(fieldHeads.begin(), fieldHeads.end(),
                      [](const FieldHead& a, const FieldHead& b) { return a.change < b.change; });
        }
        if (fieldHeads.isEmpty())
            heads.remove(field);
    }

    if (Status s = saveHeads(change, &heads); !s)
        return s;
    return writeRow(change, heads);
}

QVariant ChangeApplier::shownValue(const RecordHeads& heads, const QString& field)
{
    const FieldHead* best = shownHead(heads.value(field));
    return best ? valueOf(best->change, field) : QVariant();
}

QVariant ChangeApplier::valueOf(const ChangeId& change, const QString& field)
{
    Query& q = prepared(QStringLiteral("SELECT fields FROM journal WHERE device = ? AND device_seq = ?"));
    q.addBindValue(change.device);
    q.addBindValue(change.seq);
    if (!q.exec() || !q.next())
        return {};
    const QVariant value = ChangeCodec::fieldsFromBytes(q.value(0).toByteArray()).value(field);
    q.finish();
    return value;
}

QVariantMap ChangeApplier::currentValues(const QString& entity, const QString& recordId)
{
    QVariantMap values;
    const RecordType* type = RecordTypes::find(entity);
    // Without record rows (the county, core/server invariant 1) there is no row to read; a county
    // on PostgreSQL has no record tables at all.
    if (!type || !m_keepRows)
        return values;
    const QStringList names = type->fieldNames();
    SqlStatement& q = statement(QStringLiteral("SELECT deleted, %1 FROM %2 WHERE id = ?")
                                    .arg(names.join(QStringLiteral(", ")), type->table));
    q.bind(1, recordId);
    if (q.step()) {
        values.insert(kDeleted, q.columnInt(0));
        // As the journal normalises them: integers as qint64, null as an invalid value.
        for (int i = 0; i < names.size(); ++i)
            values.insert(names.at(i), q.columnValue(i + 1));
    }
    q.reset();
    return values;
}

Status ChangeApplier::writeRow(const EncodedChange& change, const RecordHeads& heads)
{
    // The usual update: it superseded every head of the fields it sets, and no conflict is open.
    if (m_keepRows && !m_mayHaveConflicts &&
        std::all_of(change.edits.cbegin(), change.edits.cend(), [&](const EncodedChange::Edit& e) {
            const auto found = heads.constFind(e.field);
            return found != heads.cend() && found->size() == 1 && found->first().change == change.id;
        })) {
        bool written = false;
        if (Status s = writeSoleHeadRow(change, true, &written); !s || written)
            return s;
    }
    const RecordType* type = RecordTypes::find(change.entity);
    // Only the fields this change sets can have a new winner; the others keep their values.
    QStringList columns;
    QVariantList values;
    // The change's own values, decoded from its bytes once and only if a row or a conflict needs them.
    QVariantMap own;
    bool decoded = false;
    const auto headValue = [&](const FieldHead& head, const QString& field) {
        if (head.change != change.id)
            return valueOf(head.change, field);
        if (!decoded) {
            own = change.values();
            decoded = true;
        }
        return own.value(field);
    };
    SqlStatement& clearConflict =
        statement(QStringLiteral("DELETE FROM conflict WHERE entity = ? AND record_id = ? AND field = ?"));
    SqlStatement& addConflict = statement(
        QStringLiteral("INSERT INTO conflict(entity, record_id, field, household_id) VALUES(?, ?, ?, ?)"));
    for (const EncodedChange::Edit& edit : change.edits) {
        const QString& field = edit.field;
        if (field != kDeleted && !type->field(field))
            return Error{tr("The change could not be saved."), QStringLiteral("unknown field ") + field};
        const auto found = heads.constFind(field);
        const QList<FieldHead> fieldHeads = found == heads.cend() ? QList<FieldHead>() : *found;
        // Without record rows and with no conflict anywhere, one head or none leaves nothing to write.
        if (!m_keepRows && !m_mayHaveConflicts && fieldHeads.size() <= 1)
            continue;
        QVariant value;
        bool conflicting = false;
        if (!fieldHeads.isEmpty()) {
            const FieldHead* best = shownHead(fieldHeads);
            value = headValue(*best, field);
            for (const FieldHead& h : fieldHeads)
                conflicting = conflicting || (&h != best && headValue(h, field) != value);
        }
        columns.append(field == kDeleted ? QStringLiteral("deleted") : field);
        values.append(field == kDeleted ? QVariant(value.toInt() != 0 ? 1 : 0) : value);

        if (!conflicting && !m_mayHaveConflicts)
            continue;
        clearConflict.bind(1, change.entity).bind(2, change.recordId).bind(3, field);
        if (!clearConflict.run())
            return failed(clearConflict);
        const QString key =
            change.entity + QLatin1Char('/') + QString::fromUtf8(change.recordId) + QLatin1Char('/') + field;
        if (clearConflict.changes() > 0 && !m_opened.remove(key))
            m_existedBefore.insert(key);
        if (conflicting && !m_existedBefore.contains(key))
            m_opened.insert(key);
        if (conflicting) {
            m_mayHaveConflicts = true;
            addConflict.bind(1, change.entity)
                .bind(2, change.recordId)
                .bind(3, field)
                .bind(4, change.householdId);
            if (!addConflict.run())
                return failed(addConflict);
        }
    }

    if (!m_keepRows)
        return Status::ok();
    SqlStatement& upsert = upsertFor(*type, change.entity, columns);
    upsert.bind(1, change.recordId).bind(2, change.householdId);
    for (int i = 0; i < values.size(); ++i)
        upsert.bindValue(i + 3, values.at(i));
    if (!upsert.run())
        return failed(upsert);
    return Status::ok();
}

SqlStatement& ChangeApplier::upsertFor(const RecordType& type, const QString& entity,
                                       const QStringList& columns)
{
    QString shape;
    shape.reserve(entity.size() + 1 + columns.size() * 12);
    shape += entity;
    shape += QLatin1Char(':');
    for (const QString& c : columns) {
        shape += c;
        shape += QLatin1Char(',');
    }
    SqlStatement*& upsert = m_upserts[shape];
    if (!upsert) {
        QString sql = QStringLiteral("INSERT INTO %1(id, household_id").arg(type.table);
        for (const QString& c : std::as_const(columns))
            sql += QStringLiteral(", ") + c;
        sql += QStringLiteral(") VALUES(?, ?") + QStringLiteral(", ?").repeated(columns.size()) +
               QStringLiteral(") ON CONFLICT(id) DO UPDATE SET household_id = excluded.household_id");
        for (const QString& c : std::as_const(columns))
            sql += QStringLiteral(", %1 = excluded.%1").arg(c);
        upsert = m_cache ? &m_cache->get(sql) : new SqlStatement(m_db, sql);
    }
    return *upsert;
}

Status ChangeApplier::writeSoleHeadRow(const EncodedChange& change, bool existing, bool* written)
{
    *written = false;
    // Rows written as JSON before schema 6 (replay) take the general path.
    if (change.fields.startsWith('{'))
        return Status::ok();
    const RecordType* type = RecordTypes::find(change.entity);
    QStringList columns;
    columns.reserve(change.edits.size());
    for (const EncodedChange::Edit& edit : change.edits) {
        if (edit.field != kDeleted && !type->field(edit.field))
            return Error{tr("The change could not be saved."), QStringLiteral("unknown field ") + edit.field};
        columns.append(edit.field == kDeleted ? QStringLiteral("deleted") : edit.field);
    }
    // The values in the order of `edits` (the map's own order), as writeRow() binds the QVariants
    // it would decode them into.
    QCborStreamReader r(change.fields);
    if (!r.isMap() || !r.enterContainer())
        return Status::ok();
    m_soleValues.resize(change.edits.size());
    for (qsizetype i = 0; i < change.edits.size(); ++i) {
        const EncodedChange::Edit& edit = change.edits.at(i);
        RowValue& value = m_soleValues[i];
        if (!r.hasNext() || !r.isString())
            return Status::ok();
        if (!r.next()) // the key: edits holds it already
            return Status::ok();
        const bool deleted = edit.field == kDeleted;
        if (r.isInteger()) {
            if (!r.isUnsignedInteger() && !r.isNegativeInteger())
                return Status::ok();
            const quint64 magnitude =
                r.isNegativeInteger() ? quint64(r.toNegativeInteger()) - 1 : r.toUnsignedInteger();
            if (magnitude > quint64(std::numeric_limits<qint64>::max()))
                return Status::ok(); // beyond 64 bits QCborValue reads a double: the general path
            value.kind = RowValue::Kind::Integer;
            value.integer = r.isNegativeInteger() ? -qint64(magnitude) - 1 : qint64(magnitude);
            if (deleted && value.integer != 0 && value.integer != 1)
                return Status::ok();
            r.next();
        } else if (deleted) {
            return Status::ok(); // a removal marker that is not a whole number: the general path
        } else if (r.isDouble()) {
            value.kind = RowValue::Kind::Real;
            value.real = r.toDouble();
            r.next();
        } else if (r.isString()) {
            // One chunk of known length, as ChangeCodec writes text.
            if (!r.isLengthKnown() || r.length() > quint64(change.fields.size()))
                return Status::ok();
            value.kind = RowValue::Kind::Text;
            value.text.resize(qsizetype(r.length()));
            auto chunk = r.readStringChunk(value.text.data(), value.text.size());
            if (chunk.status != QCborStreamReader::Ok || chunk.data != value.text.size())
                return Status::ok();
            char end;
            if (r.readStringChunk(&end, 0).status != QCborStreamReader::EndOfString)
                return Status::ok();
        } else if (r.isNull()) {
            value.kind = RowValue::Kind::Null;
            r.next();
        } else {
            return Status::ok();
        }
    }
    if (r.lastError() != QCborError::NoError)
        return Status::ok();
    if (existing && !m_db.dialect().isPostgres()) {
        // An update of a row that is here: only the columns whose value it changes are written, so
        // that the indexes of the others (a household's removal marker, set again to 0 by each of
        // its updates, is in five of them) are not rewritten for the same value. The row ends the
        // same as the upsert below would leave it.
        bool found = false;
        if (Status s = updateChangedColumns(*type, change, columns, &found); !s || found) {
            *written = s.isOk();
            return s;
        }
    }
    SqlStatement& upsert = upsertFor(*type, change.entity, columns);
    upsert.bind(1, change.recordId).bind(2, change.householdId);
    for (qsizetype i = 0; i < change.edits.size(); ++i)
        bindRowValue(upsert, int(i) + 3, m_soleValues.at(i));
    if (!upsert.run())
        return failed(upsert);
    *written = true;
    return Status::ok();
}

void ChangeApplier::bindRowValue(SqlStatement& statement, int index, const RowValue& value)
{
    switch (value.kind) {
    case RowValue::Kind::Integer:
        statement.bind(index, value.integer);
        break;
    case RowValue::Kind::Real:
        statement.bindValue(index, QVariant(value.real));
        break;
    case RowValue::Kind::Text:
        statement.bind(index, value.text);
        break;
    case RowValue::Kind::Null:
        statement.bindValue(index, QVariant());
        break;
    }
}

bool ChangeApplier::storedAs(const QVariant& stored, const RowValue& value)
{
    switch (value.kind) {
    case RowValue::Kind::Integer:
        return stored.typeId() == QMetaType::LongLong && stored.toLongLong() == value.integer;
    case RowValue::Kind::Real:
        return stored.typeId() == QMetaType::Double && stored.toDouble() == value.real;
    case RowValue::Kind::Text:
        return stored.typeId() == QMetaType::QString && stored.toString().toUtf8() == value.text;
    case RowValue::Kind::Null:
        return !stored.isValid();
    }
    return false;
}

Status ChangeApplier::updateChangedColumns(const RecordType& type, const EncodedChange& change,
                                           const QStringList& columns, bool* found)
{
    *found = false;
    // A column named twice: the upsert's path, as before.
    for (qsizetype i = 1; i < columns.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (columns.at(i) == columns.at(j))
                return Status::ok();
        }
    }
    QString shape = change.entity + QLatin1Char(':');
    for (const QString& c : columns)
        shape += c + QLatin1Char(',');
    SqlStatement*& reader = m_rowReaders[shape];
    if (!reader) {
        const QString sql = QStringLiteral("SELECT household_id, %1 FROM %2 WHERE id = ?")
                                .arg(columns.join(QStringLiteral(", ")), type.table);
        reader = &statement(sql);
    }
    SqlStatement& select = *reader;
    select.bind(1, change.recordId);
    if (!select.step()) {
        const bool error = select.failed();
        select.reset();
        return error ? failed(select) : Status::ok();
    }
    *found = true;
    const RowValue household{RowValue::Kind::Text, 0, 0, change.householdId};
    const bool householdChanged = !storedAs(select.columnValue(0), household);
    m_changedColumns.clear();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!storedAs(select.columnValue(int(i) + 1), m_soleValues.at(i)))
            m_changedColumns.append(int(i));
    }
    select.reset();
    if (!householdChanged && m_changedColumns.isEmpty())
        return Status::ok(); // the row holds these values already
    QString updateShape = change.entity + (householdChanged ? QStringLiteral(":h:") : QStringLiteral(":"));
    for (int i : std::as_const(m_changedColumns))
        updateShape += columns.at(i) + QLatin1Char(',');
    SqlStatement*& writer = m_rowUpdates[updateShape];
    if (!writer) {
        QStringList set;
        if (householdChanged)
            set.append(QStringLiteral("household_id = ?"));
        for (int i : std::as_const(m_changedColumns))
            set.append(columns.at(i) + QStringLiteral(" = ?"));
        writer = &statement(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(type.table, set.join(QStringLiteral(", "))));
    }
    SqlStatement& update = *writer;
    int index = 1;
    if (householdChanged)
        update.bind(index++, change.householdId);
    for (int i : std::as_const(m_changedColumns))
        bindRowValue(update, index++, m_soleValues.at(i));
    update.bind(index, change.recordId);
    if (!update.run())
        return failed(update);
    return Status::ok();
}

Status ChangeApplier::finishProjections()
{
    const QList<Projections::Kind>& kinds = Projections::installed();
    if (!Projections::isInstalled())
        return Error{tr("The change could not be saved."),
                     QStringLiteral("no projections installed (RecordProjections::install())")};
    if (!m_keepRows) {
        const bool stale = m_projectionsStale;
        m_projectionsStale = false;
        return stale ? JournalReplayer::markStale(m_db) : Status::ok();
    }
    if (m_deferProjections) {
        // Marked whatever this import touched: the mark also says that a provisioning is under way.
        for (QSet<QByteArray>& households : m_touched)
            households.clear();
        if (projectionsDeferred(m_db))
            return Status::ok();
        return m_db.setMeta(kDeferred, QStringLiteral("1"))
                   ? Status::ok()
                   : Status(Error{tr("The change could not be saved."), m_db.lastErrorText()});
    }
    m_projections.resize(size_t(kinds.size()));
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        QSet<QByteArray>& households = m_touched[size_t(k)];
        if (households.isEmpty())
            continue;
        // Made on first use: most commits of casework records never need one.
        if (!m_projections[size_t(k)])
            m_projections[size_t(k)] = kinds.at(k).make(m_db);
        for (const QByteArray& h : std::as_const(households)) {
            if (Status s = m_projections[size_t(k)]->refresh(QString::fromUtf8(h)); !s)
                return s;
        }
        households.clear();
    }
    return Status::ok();
}

bool ChangeApplier::projectionsDeferred(Database& db) { return db.meta(kDeferred) == QStringLiteral("1"); }

Status ChangeApplier::refreshDeferredProjections(Database& db, const Progress& progress)
{
    if (!projectionsDeferred(db))
        return Status::ok();
    if (!Projections::isInstalled())
        return Error{tr("The change could not be saved."),
                     QStringLiteral("no projections installed (RecordProjections::install())")};
    WriteTransaction tx(db);
    if (!tx.isOpen())
        return Error{tr("The change could not be saved."), tx.error()};
    QList<QString> households;
    {
        Query q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT DISTINCT household_id FROM record_heads WHERE household_id IS NOT NULL"
                               " ORDER BY household_id")))
            return Error{tr("The change could not be saved."), q.lastErrorText()};
        while (q.next())
            households.append(q.value(0).toString());
    }
    const qint64 total = qint64(households.size()) * Projections::installed().size();
    qint64 done = 0;
    for (const Projections::Kind& kind : Projections::installed()) {
        const std::unique_ptr<Projection> projection = kind.make(db);
        if (Status s = projection->beginPass(); !s)
            return s;
        for (const QString& household : std::as_const(households)) {
            if (Status s = projection->refresh(household); !s)
                return s;
            // Every 64 refreshes: a caller's progress bar moves in steps too small to see anyway.
            if (progress && (++done % 64 == 0 || done == total))
                progress(done, total);
        }
        if (Status s = projection->endPass(); !s)
            return s;
    }
    if (!db.setMeta(kDeferred, QStringLiteral("0")))
        return Error{tr("The change could not be saved."), db.lastErrorText()};
    if (!tx.commit())
        return Error{tr("The change could not be saved."), tx.error()};
    return Status::ok();
}

} // namespace ff
