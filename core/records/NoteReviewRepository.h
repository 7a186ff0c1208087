// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/JournalWriter.h"
#include "core/journal/Session.h"
#include "core/records/HistoryReader.h"
#include "core/records/NoteReview.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace ff {

class Database;
class Query;

/// Supervision of case notes (督导): the review of one note and its thread of comments.
///
/// A caseworker's save puts a reviewed record in the queue by itself (the journal writer does it in
/// the save's commit). Here the supervisor approves or returns it with a comment, and the caseworker
/// answers and resubmits (or edits, which resubmits). Each action is one commit; approving and
/// returning are refused unless the session's role is a station supervisor or county staff (the
/// authority rule, which the county's import applies to every device too).
class NoteReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(NoteReviewRepository)

public:
    explicit NoteReviewRepository(Database& db, const Session& session = Session::none());

    /// The columns fromRow() reads, in its order, qualified by `table` when given.
    static QString columns(const QString& table = {});
    /// A review from a row whose first columns are columns().
    static NoteReview fromRow(const Query& q);

    /// The review of the record `recordId`, if it was ever submitted.
    std::optional<NoteReview> load(const QString& recordId) const;
    /// Its thread, oldest first.
    QList<ReviewComment> thread(const QString& recordId) const;
    /// The threads of many reviews, by review id, read in one statement.
    QHash<QString, QList<ReviewComment>> threads(const QStringList& recordIds) const;
    /// What changed in the note since its review was last decided (an edit after approval): the
    /// history's lines of the reviewed record after `reviewedAt`, oldest first. Everything when it
    /// was never decided.
    QList<HistoryEntry> changesSinceReview(const QString& recordId) const;
    /// The reviews of a household's records, by reviewed record id.
    QHash<QString, NoteReview> forHousehold(const QString& householdId) const;

    /// Approves a pending note (a comment is optional).
    [[nodiscard]] Status approve(const QString& recordId, const QString& comment = {});
    /// Returns a pending note to its caseworker with a comment saying what to do (required).
    [[nodiscard]] Status returnNote(const QString& recordId, const QString& comment);
    /// Adds a comment to the thread without deciding (the caseworker's answer, or a remark).
    [[nodiscard]] Status comment(const QString& recordId, const QString& text);
    /// The caseworker sends a returned note back to the queue as it is, with an answer
    /// (required: the supervisor asked something). Editing the note resubmits it too.
    [[nodiscard]] Status resubmit(const QString& recordId, const QString& answer);

    /// Whether the session's person may approve or return (for the UI; the actions check again).
    bool mayDecide() const;

private:
    Status decide(const QString& recordId, const QString& state, const QString& kind, const QString& comment);
    /// A new comment in the review's thread, written now by the session's person.
    JournalWriter::Edit commentEdit(const NoteReview& review, const QString& kind, const QString& text,
                                    const QString& at) const;
    QString now() const;

    Database& m_db;
    Session m_session;
};

} // namespace ff
