// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace ff {

/// The station supervisor's review of one caseworker's note (督导): a `note_review` record, whose
/// id is the reviewed record's id (core/schema, RecordType::Supervision).
struct NoteReview
{
    QString id; ///< the reviewed record's id
    QString householdId;
    QString subjectType; ///< the reviewed record's type: service_log, visit, assessment, …
    QString state;       ///< pending, approved, returned or withdrawn
    QString submittedBy;
    QDateTime submittedAt;
    /// Changed by the caseworker after an approval: the supervisor sees what changed since.
    bool reopened = false;
    QString reviewedBy;
    QDateTime reviewedAt;

    bool isPending() const { return state == QLatin1String("pending"); }
    bool isReturned() const { return state == QLatin1String("returned"); }
    bool isApproved() const { return state == QLatin1String("approved"); }
};

/// One comment of a review's thread.
struct ReviewComment
{
    QString id;
    QString reviewId;
    QString kind; ///< return, approve, answer or comment
    QString writtenBy;
    QDateTime writtenAt;
    QString text;
};

} // namespace ff
