// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/JournalWriter.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/db/WriteTransaction.h"
#include "core/journal/ChangeApplier.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/journal/SeededRecordIds.h"
#include "core/schema/FieldValue.h"
#include "core/schema/RecordTypes.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace ff {

namespace {
const QString kDeleted = QStringLiteral("_deleted");
const QString kDeviceId = QStringLiteral("device_id");
const QString kDeviceSeq = QStringLiteral("device_seq");
const QString kHlc = QStringLiteral("hlc_last");

/// What an edit of a field supersedes: the heads its editor saw. All of them when they hold one
/// value (one head, or several people who set the same value at once: nobody disagrees, and
/// leaving one behind would later meet the edit as a conflict nobody made) and for a resolution;
/// when they disagree, only the one shown, so that an ordinary edit of a field in conflict keeps
/// the other side's value alive until a person resolves it.
QList<ChangeId> basesFor(ChangeApplier& applier, const QString& field, const QList<FieldHead>& heads,
                         bool resolving)
{
    QList<ChangeId> bases;
    bool agree = true;
    if (!resolving && heads.size() > 1) {
        const QVariant first = applier.valueOf(heads.first().change, field);
        for (qsizetype i = 1; i < heads.size() && agree; ++i)
            agree = applier.valueOf(heads.at(i).change, field) == first;
    }
    if (resolving || agree) {
        for (const FieldHead& h : heads)
            bases.append(h.change);
    } else if (const FieldHead* shown = shownHead(heads)) {
        bases.append(shown->change);
    }
    return bases;
}

} // namespace

JournalWriter::JournalWriter(Database& db, const Session& session) : m_db(db), m_session(session) {}

Status JournalWriter::observe(Database& db, quint64 hlc)
{
    if (hlc <= db.meta(kHlc, QStringLiteral("0")).toULongLong() || db.setMeta(kHlc, QString::number(hlc)))
        return Status::ok();
    return Error{tr("Nothing was saved: the database refused the change."), db.lastErrorText()};
}

Authority::Verdict JournalWriter::judge(const RecordType& type, const Change& c, bool exists,
                                        const QVariantMap& current) const
{
    const Role role = m_session.role();
    // A removal is judged as one whatever the operation: an update or a resolve that marks the
    // record removed (`_deleted`) removes it as a delete does.
    if (c.op == Change::Op::Delete || c.fields.value(QStringLiteral("_deleted")).toBool())
        return Authority::remove(role, type);
    // A record that is here already is changed, whatever the operation says.
    if (!exists)
        return Authority::create(role, type, c.fields);
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
        if (const Authority::Verdict v =
                Authority::change(role, type, it.key(), current.value(it.key()), it.value());
            !v)
            return v;
    }
    return {};
}

Status JournalWriter::commit(const QList<Edit>& edits, QList<Change>* made)
{
    return commit(edits, Options{}, made);
}

QString JournalWriter::newId()
{
    if (SeededRecordIds* seeded = SeededRecordIds::current())
        return seeded->next();
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString JournalWriter::deviceId(Database& db)
{
    QString id = db.meta(kDeviceId);
    if (id.isEmpty()) {
        id = newId();
        if (!db.setMeta(kDeviceId, id))
            return {};
    }
    return id;
}

Status JournalWriter::commit(const QList<Edit>& edits, const Options& options, QList<Change>* made)
{
    const auto failed = [](const QString& detail) {
        return Error{tr("Nothing was saved: the database refused the change."), detail};
    };
    if (!m_session.hasActor())
        return Error{tr("Nothing was saved: nobody is signed in."),
                     QStringLiteral("session without an actor")};

    // Refuse malformed edits before touching the database.
    for (const Edit& e : edits) {
        const RecordType* type = RecordTypes::find(e.entity);
        if (!type)
            return failed(QStringLiteral("unknown entity ") + e.entity);
        if (e.recordId.isEmpty() || e.householdId.isEmpty())
            return failed(QStringLiteral("edit without record or household id"));
        for (auto it = e.fields.cbegin(); it != e.fields.cend(); ++it) {
            if (it.key() != kDeleted && !type->field(it.key()))
                return failed(QStringLiteral("unknown field %1.%2").arg(e.entity, it.key()));
        }
    }

    Database& db = m_db;
    const QString device = deviceId(m_db);
    if (device.isEmpty())
        return failed(QStringLiteral("no device id"));

    WriteTransaction tx(db);
    if (!tx.isOpen())
        return Error{tr("Nothing was saved: the database is busy or read-only."), db.lastErrorText()};

    qint64 seq = m_db.meta(kDeviceSeq, QStringLiteral("0")).toLongLong();
    HybridLogicalClock clock(m_session.clock(), m_db.meta(kHlc, QStringLiteral("0")).toULongLong());
    ChangeApplier applier(m_db, m_db.statements());
    applier.keepRecordRows(options.recordRows);
    QList<Change> changes;

    const auto make = [&](const Edit& e) -> Status {
        const RecordHeads heads = applier.heads(e.entity, e.recordId);
        const QVariantMap current = applier.currentValues(e.entity, e.recordId);
        Change c;
        c.entity = e.entity;
        c.recordId = e.recordId;
        c.householdId = e.householdId;
        c.op = e.op;
        c.author = m_session.author();
        QVariantMap fields = e.fields;
        if (e.op == Change::Op::Delete)
            fields.insert(kDeleted, true);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const QVariant value = FieldValue::normalize(e.entity, it.key(), it.value());
            const QList<FieldHead> fieldHeads = heads.value(it.key());
            const bool resolving = e.op == Change::Op::Resolve || options.supersedeAllHeads;
            // A field whose value equals the one shown is not part of the change (it would only add
            // noise to the history). The row holds the shown value: the only head's, or in a conflict
            // the winning head's. A conflict is closed only by a Resolve edit, never by saving a form
            // that happened to show one of its values.
            const bool unchanged = fieldHeads.isEmpty() ? !value.isValid() : current.value(it.key()) == value;
            if (unchanged && !resolving)
                continue;
            c.fields.insert(it.key(), value);
            if (const QList<ChangeId> bases = basesFor(applier, it.key(), fieldHeads, resolving);
                !bases.isEmpty())
                c.bases.insert(it.key(), bases);
        }
        if (c.fields.isEmpty() && e.op != Change::Op::Create)
            return Status::ok();
        // An edit (a resolution too) also says the record is still there, over the removal state
        // it saw: a removal made elsewhere at the same time then meets it as a conflict on
        // `_deleted` (removed on one side, changed on the other) that a person settles, instead
        // of taking the edit out of sight with the record.
        if (options.markKept && (e.op == Change::Op::Update || e.op == Change::Op::Resolve) &&
            !c.fields.contains(kDeleted)) {
            c.fields.insert(kDeleted, qint64(0));
            if (const QList<ChangeId> bases = basesFor(applier, kDeleted, heads.value(kDeleted), false);
                !bases.isEmpty())
                c.bases.insert(kDeleted, bases);
        }
        // The authority rule, as the county's import applies it: a laptop never makes a change the
        // county would park.
        if (const Authority::Verdict v = judge(*RecordTypes::find(e.entity), c, !heads.isEmpty(), current);
            !v)
            return Error{
                tr("Nothing was saved: %1").arg(v.reason()),
                QStringLiteral("%1 %2 of %3 refused: %4")
                    .arg(roleName(m_session.role()), QString::number(int(c.op)), c.entity, v.refusal)};
        c.id = {device, ++seq};
        c.hlc = clock.tick();
        if (Status s = applier.apply(c); !s)
            return s;
        changes.append(c);
        return Status::ok();
    };
    for (const Edit& e : edits) {
        if (Status s = make(e); !s)
            return s;
    }
    // Supervision: what this commit did to reviewed records puts them in the supervisor's queue
    // (or takes a removed one out of it), in the same transaction.
    if (options.recordRows) {
        for (const Edit& e : reviewEdits(applier, changes)) {
            if (Status s = make(e); !s)
                return s;
        }
    }

    if (Status s = applier.finishProjections(); !s)
        return s;
    if (!m_db.setMeta(kDeviceSeq, QString::number(seq)) || !m_db.setMeta(kHlc, QString::number(clock.last())))
        return failed(db.lastErrorText());
    if (!tx.commit())
        return failed(tx.error());
    if (made)
        *made = changes;
    return Status::ok();
}

QList<JournalWriter::Edit> JournalWriter::reviewEdits(ChangeApplier& applier, const QList<Change>& made) const
{
    QList<Edit> reviews;
    if (m_session.role() != Role::Caseworker)
        return reviews; // a supervisor's or the county's own notes are not reviewed
    const QString reviewType = RecordTypes::noteReview();
    const QString state = QStringLiteral("state");
    QSet<QString> seen;
    for (const Change& c : made) {
        const RecordType* type = RecordTypes::find(c.entity);
        if (!type || !type->supervision.reviewed || seen.contains(c.recordId))
            continue;
        const QVariantMap subject = applier.currentValues(c.entity, c.recordId);
        const QVariantMap review = applier.currentValues(reviewType, c.recordId);
        const QString current = review.value(state).toString();
        Edit edit{reviewType,
                  c.recordId,
                  c.householdId,
                  review.isEmpty() ? Change::Op::Create : Change::Op::Update,
                  {}};
        if (subject.value(kDeleted).toInt() != 0) {
            // Removed: nothing left to review, unless a decision was taken on it already.
            if (current == QLatin1String("pending") || current == QLatin1String("returned"))
                edit.fields.insert(state, QStringLiteral("withdrawn"));
        } else {
            const RecordType::Supervision& rule = type->supervision;
            const bool ready =
                rule.readyField.isEmpty() || subject.value(rule.readyField).toString() == rule.readyValue;
            if (!ready || current == QLatin1String("pending"))
                continue; // not ready yet, or in the queue already (its place kept)
            edit.fields = {
                {state, QStringLiteral("pending")},
                {QStringLiteral("subject_type"), c.entity},
                {QStringLiteral("submitted_by"), m_session.author()},
                {QStringLiteral("submitted_at"),
                 QDateTime::fromMSecsSinceEpoch(m_session.nowMs(), Qt::UTC).toString(Qt::ISODate)}};
            // An edit after approval reopens the review, marked so the supervisor sees what changed.
            if (current == QLatin1String("approved"))
                edit.fields.insert(QStringLiteral("reopened"), true);
        }
        if (edit.fields.isEmpty())
            continue;
        seen.insert(c.recordId);
        reviews.append(edit);
    }
    return reviews;
}

} // namespace ff
