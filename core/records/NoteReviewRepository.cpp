// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/NoteReviewRepository.h"

#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"

namespace ff {

QString NoteReviewRepository::columns(const QString& table)
{
    QStringList names{
        QStringLiteral("id"),       QStringLiteral("household_id"), QStringLiteral("subject_type"),
        QStringLiteral("state"),    QStringLiteral("submitted_by"), QStringLiteral("submitted_at"),
        QStringLiteral("reopened"), QStringLiteral("reviewed_by"),  QStringLiteral("reviewed_at")};
    if (!table.isEmpty()) {
        for (QString& name : names)
            name.prepend(table + QLatin1Char('.'));
    }
    return names.join(QStringLiteral(", "));
}

NoteReview NoteReviewRepository::fromRow(const Query& q)
{
    NoteReview r;
    r.id = q.value(0).toString();
    r.householdId = q.value(1).toString();
    r.subjectType = q.value(2).toString();
    r.state = q.value(3).toString();
    r.submittedBy = q.value(4).toString();
    r.submittedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    r.reopened = q.value(6).toInt() != 0;
    r.reviewedBy = q.value(7).toString();
    r.reviewedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    return r;
}

NoteReviewRepository::NoteReviewRepository(Database& db, const Session& session)
    : m_db(db), m_session(session)
{}

std::optional<NoteReview> NoteReviewRepository::load(const QString& recordId) const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM note_review WHERE id = ? AND deleted = 0").arg(columns()));
    q.addBindValue(recordId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QHash<QString, NoteReview> NoteReviewRepository::forHousehold(const QString& householdId) const
{
    QHash<QString, NoteReview> all;
    Query q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM note_review WHERE household_id = ? AND deleted = 0").arg(columns()));
    q.addBindValue(householdId);
    if (!q.exec())
        return all;
    while (q.next()) {
        const NoteReview r = fromRow(q);
        all.insert(r.id, r);
    }
    return all;
}

QList<ReviewComment> NoteReviewRepository::thread(const QString& recordId) const
{
    return threads({recordId}).value(recordId);
}

QHash<QString, QList<ReviewComment>> NoteReviewRepository::threads(const QStringList& recordIds) const
{
    QHash<QString, QList<ReviewComment>> all;
    if (recordIds.isEmpty())
        return all;
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, review_id, kind, written_by, written_at, text FROM review_comment"
                             " WHERE review_id IN (SELECT value FROM json_each(?)) AND deleted = 0"
                             " ORDER BY review_id, written_at, id"));
    q.addBindList(recordIds);
    if (!q.exec())
        return all;
    while (q.next()) {
        all[q.value(1).toString()].append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
             QDateTime::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toString()});
    }
    return all;
}

QList<HistoryEntry> NoteReviewRepository::changesSinceReview(const QString& recordId) const
{
    QList<HistoryEntry> changes;
    const std::optional<NoteReview> review = load(recordId);
    if (!review)
        return changes;
    // The history is newest first; the reviewed record's own lines (its review has the same id).
    const QList<HistoryEntry> history = HistoryReader(m_db).forHousehold(review->householdId);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->recordId == recordId && it->entity == review->subjectType &&
            (!review->reviewedAt.isValid() || it->when > review->reviewedAt))
            changes.append(*it);
    }
    return changes;
}

bool NoteReviewRepository::mayDecide() const
{
    const RecordType* type = RecordTypes::find(RecordTypes::noteReview());
    return Authority::create(m_session.role(), *type, {{QStringLiteral("state"), QStringLiteral("approved")}})
        .allowed();
}

QString NoteReviewRepository::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_session.nowMs(), Qt::UTC).toString(Qt::ISODate);
}

Status NoteReviewRepository::approve(const QString& recordId, const QString& comment)
{
    return decide(recordId, QStringLiteral("approved"), QStringLiteral("approve"), comment);
}

Status NoteReviewRepository::returnNote(const QString& recordId, const QString& comment)
{
    if (comment.trimmed().isEmpty())
        return Error{tr("Nothing was saved: say in a comment what the caseworker should change or add."),
                     QStringLiteral("return without a comment")};
    return decide(recordId, QStringLiteral("returned"), QStringLiteral("return"), comment);
}

Status NoteReviewRepository::decide(const QString& recordId, const QString& state, const QString& kind,
                                    const QString& comment)
{
    if (!mayDecide())
        return Error{
            tr("Nothing was saved: %1").arg(Authority::forPerson(QStringLiteral("review_not_authorised"))),
            QStringLiteral("review by role %1").arg(roleName(m_session.role()))};
    const std::optional<NoteReview> review = load(recordId);
    if (!review)
        return Error{tr("Nothing was saved: this note was never submitted for review."),
                     QStringLiteral("no review ") + recordId};
    if (!review->isPending())
        return Error{tr("Nothing was saved: this note is not waiting for review any more (someone decided it "
                        "already, or the caseworker removed it)."),
                     QStringLiteral("review %1 is %2").arg(recordId, review->state)};
    const QString at = now();
    QList<JournalWriter::Edit> edits = {{RecordTypes::noteReview(),
                                         recordId,
                                         review->householdId,
                                         Change::Op::Update,
                                         {{QStringLiteral("state"), state},
                                          {QStringLiteral("reviewed_by"), m_session.author()},
                                          {QStringLiteral("reviewed_at"), at},
                                          {QStringLiteral("reopened"), false}}}};
    if (!comment.trimmed().isEmpty())
        edits.append(commentEdit(*review, kind, comment, at));
    return JournalWriter(m_db, m_session).commit(edits);
}

Status NoteReviewRepository::comment(const QString& recordId, const QString& text)
{
    if (text.trimmed().isEmpty())
        return Error{tr("Nothing was saved: the comment is empty."), QStringLiteral("empty comment")};
    const std::optional<NoteReview> review = load(recordId);
    if (!review)
        return Error{tr("Nothing was saved: this note was never submitted for review."),
                     QStringLiteral("no review ") + recordId};
    const QString kind =
        m_session.role() == Role::Caseworker ? QStringLiteral("answer") : QStringLiteral("comment");
    return JournalWriter(m_db, m_session).commit({commentEdit(*review, kind, text, now())});
}

JournalWriter::Edit NoteReviewRepository::commentEdit(const NoteReview& review, const QString& kind,
                                                      const QString& text, const QString& at) const
{
    return {RecordTypes::reviewComment(),
            JournalWriter::newId(),
            review.householdId,
            Change::Op::Create,
            {{QStringLiteral("review_id"), review.id},
             {QStringLiteral("kind"), kind},
             {QStringLiteral("written_by"), m_session.author()},
             {QStringLiteral("written_at"), at},
             {QStringLiteral("text"), text.trimmed()}}};
}

Status NoteReviewRepository::resubmit(const QString& recordId, const QString& answer)
{
    if (answer.trimmed().isEmpty())
        return Error{tr("Nothing was saved: answer the supervisor's comment before sending the note back."),
                     QStringLiteral("resubmit without an answer")};
    const std::optional<NoteReview> review = load(recordId);
    if (!review || !review->isReturned())
        return Error{tr("Nothing was saved: only a returned note is sent back for review."),
                     QStringLiteral("resubmit of a review that is not returned")};
    const QString at = now();
    return JournalWriter(m_db, m_session)
        .commit({{RecordTypes::noteReview(),
                  recordId,
                  review->householdId,
                  Change::Op::Update,
                  {{QStringLiteral("state"), QStringLiteral("pending")},
                   {QStringLiteral("submitted_by"), m_session.author()},
                   {QStringLiteral("submitted_at"), at}}},
                 commentEdit(*review, QStringLiteral("answer"), answer, at)});
}

} // namespace ff
