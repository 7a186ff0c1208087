// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/CaseNoteRepository.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/ChangeCodec.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/journal/JournalWriter.h"
#include "core/records/RecordStore.h"
#include "core/schema/RecordTypes.h"
#include "core/util/Refusal.h"

#include <QUuid>

namespace ff {

namespace {
const RecordType& recordType() { return *RecordTypes::find(QStringLiteral("case_note")); }

const QString kMinute = QStringLiteral("yyyy-MM-dd HH:mm");

CaseNote fromRecord(const Record& record)
{
    CaseNote n;
    n.id = record.id;
    n.householdId = record.householdId;
    n.writtenOn = record.date(QStringLiteral("written_on"));
    n.writtenBy = record.text(QStringLiteral("written_by"));
    n.writtenAt = record.text(QStringLiteral("written_at"));
    n.text = record.text(QStringLiteral("text"));
    n.correctedBy = record.text(QStringLiteral("corrected_by"));
    n.correctedAt = record.text(QStringLiteral("corrected_at"));
    return n;
}

/// The changes to one record of a household, oldest first.
QList<Change> changesOf(Database& db, const QString& householdId, const QString& entity,
                        const QString& recordId, bool newestFirst)
{
    QList<Change> changes;
    Query q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM journal WHERE household_id = ? AND entity = ? AND record_id = ?"
                             " ORDER BY hlc %2, device %2")
                  .arg(ChangeCodec::journalColumns(),
                       newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    q.addBindValue(householdId);
    q.addBindValue(entity);
    q.addBindValue(recordId);
    if (q.exec()) {
        while (q.next())
            changes.append(ChangeCodec::fromJournalRow(q));
    }
    return changes;
}

Status refused(const QList<ValidationIssue>& issues)
{
    QStringList lines;
    for (const ValidationIssue& i : issues)
        lines.append(i.message);
    return Refusal::nothingSaved(lines);
}
} // namespace

CaseNoteRepository::CaseNoteRepository(Database& db, const Session& session) : m_db(db), m_session(session) {}

QList<CaseNote> CaseNoteRepository::forHousehold(const QString& householdId) const
{
    return RecordStore(m_db, m_session)
        .forHouseholdAs(recordType(), householdId,
                        QStringLiteral("written_on DESC, written_at DESC, rowid DESC"), fromRecord);
}

std::optional<CaseNote> CaseNoteRepository::load(const QString& id) const
{
    return RecordStore(m_db, m_session).loadAs(recordType(), id, fromRecord);
}

QList<ValidationIssue> CaseNoteRepository::validate(const CaseNote& note) const
{
    QList<ValidationIssue> issues;
    auto add = [&](const char* field, const QString& message) {
        issues.append({-1, QString::fromLatin1(field), message});
    };
    if (note.householdId.isEmpty())
        add("household_id", tr("No household is chosen."));
    if (!note.writtenOn.isValid())
        add("written_on", tr("The date of the note is missing."));
    else if (note.writtenOn > m_session.today())
        add("written_on", tr("The date of the note is in the future."));
    if (note.text.trimmed().isEmpty())
        add("text", tr("Write the note: it is empty."));
    else if (note.text.size() > kMaxLength)
        add("text",
            tr("The note is %1 characters long; a note holds at most %2. Split it into several notes.")
                .arg(note.text.size())
                .arg(kMaxLength));
    return issues;
}

Status CaseNoteRepository::add(CaseNote& note, QList<ValidationIssue>* issuesOut)
{
    note.text = note.text.trimmed();
    const QList<ValidationIssue> issues = validate(note);
    if (issuesOut)
        *issuesOut = issues;
    if (!issues.isEmpty())
        return refused(issues);
    const QString id = JournalWriter::newId();
    const QString writtenBy = m_session.author();
    const QString writtenAt = m_session.now().toString(kMinute);
    if (Status s = JournalWriter(m_db, m_session)
                       .commit({{QStringLiteral("case_note"),
                                 id,
                                 note.householdId,
                                 Change::Op::Create,
                                 {{QStringLiteral("written_on"), note.writtenOn},
                                  {QStringLiteral("written_by"), writtenBy},
                                  {QStringLiteral("written_at"), writtenAt},
                                  {QStringLiteral("text"), note.text}}}});
        !s)
        return s;
    note.id = id;
    note.writtenBy = writtenBy;
    note.writtenAt = writtenAt;
    note.correctedBy.clear();
    note.correctedAt.clear();
    return Status::ok();
}

Status CaseNoteRepository::correct(CaseNote& note, const QString& text, QDate writtenOn,
                                   QList<ValidationIssue>* issuesOut)
{
    const std::optional<CaseNote> stored = note.id.isEmpty() ? std::nullopt : load(note.id);
    if (!stored)
        return Error{tr("This note is no longer on this laptop."), note.id};
    CaseNote corrected = *stored;
    corrected.text = text.trimmed();
    corrected.writtenOn = writtenOn;
    QList<ValidationIssue> issues = validate(corrected);
    if (issues.isEmpty() && corrected.text == stored->text && corrected.writtenOn == stored->writtenOn)
        issues.append({-1, QStringLiteral("text"), tr("Nothing was corrected: the note is as it was.")});
    if (issuesOut)
        *issuesOut = issues;
    if (!issues.isEmpty())
        return refused(issues);
    corrected.correctedBy = m_session.author();
    corrected.correctedAt = m_session.now().toString(kMinute);
    if (Status s = JournalWriter(m_db, m_session)
                       .commit({{QStringLiteral("case_note"),
                                 corrected.id,
                                 corrected.householdId,
                                 Change::Op::Update,
                                 {{QStringLiteral("written_on"), corrected.writtenOn},
                                  {QStringLiteral("text"), corrected.text},
                                  {QStringLiteral("corrected_by"), corrected.correctedBy},
                                  {QStringLiteral("corrected_at"), corrected.correctedAt}}}});
        !s)
        return s;
    note = corrected;
    return Status::ok();
}

QList<CaseNoteVersion> CaseNoteRepository::versions(const CaseNote& note) const
{
    QList<CaseNoteVersion> out;
    CaseNoteVersion state;
    for (const Change& c : changesOf(m_db, note.householdId, QStringLiteral("case_note"), note.id, false)) {
        const bool text = c.fields.contains(QStringLiteral("text"));
        const bool date = c.fields.contains(QStringLiteral("written_on"));
        if (!text && !date)
            continue;
        if (text)
            state.text = c.fields.value(QStringLiteral("text")).toString();
        if (date)
            state.writtenOn =
                QDate::fromString(c.fields.value(QStringLiteral("written_on")).toString(), Qt::ISODate);
        state.when = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::millis(c.hlc));
        state.author = c.author;
        if (out.isEmpty()) {
            // The note as written: by whom and when it says (an adopted or merged note was written
            // into the journal later, by someone else, than its text was).
            const QDateTime at = QDateTime::fromString(note.writtenAt, kMinute);
            if (!note.writtenBy.isEmpty())
                state.author = note.writtenBy;
            if (at.isValid())
                state.when = at;
        }
        out.append(state);
    }
    return out;
}

QString CaseNoteRepository::adoptedId(const QString& householdId, const QString& changeId)
{
    // A name-based UUID: the same household and change give the same id on every laptop.
    static const QUuid space = QUuid::fromString(QStringLiteral("{6c0f3b0e-5d1a-4f57-9a5e-2f1c7f4b8a10}"));
    return QUuid::createUuidV5(space, householdId + QLatin1Char('/') + changeId)
        .toString(QUuid::WithoutBraces);
}

QString CaseNoteRepository::notesLeftStatement()
{
    return QStringLiteral("SELECT id, notes FROM household WHERE deleted = 0 AND notes <> ''");
}

Status CaseNoteRepository::adoptHouseholdNotes(int* adopted)
{
    if (adopted)
        *adopted = 0;
    struct Old
    {
        QString householdId;
        QString text;
    };
    QList<Old> old;
    {
        Query q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(notesLeftStatement()))
            return Error{tr("The household notes could not be read."), q.lastErrorText()};
        while (q.next()) {
            const QString text = q.value(1).toString().trimmed();
            old.append({q.value(0).toString(), text});
        }
    }
    if (old.isEmpty())
        return Status::ok();

    QList<JournalWriter::Edit> edits;
    for (const Old& o : std::as_const(old)) {
        // The text's last change says who wrote it and when.
        Change last;
        for (const Change& c :
             changesOf(m_db, o.householdId, QStringLiteral("household"), o.householdId, true)) {
            if (c.fields.contains(QStringLiteral("notes"))) {
                last = c;
                break;
            }
        }
        const QDateTime when =
            last.hlc ? QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::millis(last.hlc)) : m_session.now();
        const QString id = adoptedId(o.householdId, last.id.toString());
        if (!o.text.isEmpty() && !load(id)) {
            edits.append(
                {QStringLiteral("case_note"),
                 id,
                 o.householdId,
                 Change::Op::Create,
                 {{QStringLiteral("written_on"), std::min(when.date(), m_session.today())},
                  {QStringLiteral("written_by"), last.author.isEmpty() ? m_session.author() : last.author},
                  {QStringLiteral("written_at"), when.toString(kMinute)},
                  {QStringLiteral("text"), o.text}}});
            if (adopted)
                ++*adopted;
        }
        edits.append({QStringLiteral("household"),
                      o.householdId,
                      o.householdId,
                      Change::Op::Update,
                      {{QStringLiteral("notes"), QString()}}});
    }
    return JournalWriter(m_db, m_session).commit(edits);
}

} // namespace ff
