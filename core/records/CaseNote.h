// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ff {

/// One dated entry of a household's case notes (个案记录): what happened or was learnt, by whom.
struct CaseNote
{
    QString id; ///< empty until first saved
    QString householdId;
    /// The day the note is about (a visit's day may be written up the next morning).
    QDate writtenOn;
    /// Who wrote it: the person signed in when it was added; never changes.
    QString writtenBy;
    /// When it was added, "yyyy-MM-dd HH:mm" local time; never changes.
    QString writtenAt;
    QString text;
    /// Who last corrected it and when (empty: never corrected).
    QString correctedBy;
    QString correctedAt;

    bool isCorrected() const { return !correctedAt.isEmpty(); }
};

/// One text a case note has had, as the journal keeps it: the first is the note as written.
struct CaseNoteVersion
{
    QDateTime when;
    QString author;
    QDate writtenOn;
    QString text;
};

} // namespace ff
