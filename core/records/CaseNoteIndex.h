// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/Query.h"
#include "core/journal/EncodedChange.h"
#include "core/journal/Projection.h"
#include "core/util/Result.h"

#include <QStringList>

namespace ff {

class Database;

/// Keeps the case notes' word index in step with the notes (a projection, never journaled): each
/// live note's text in `case_note_text` (trigrams, for words of three characters or more) and its
/// overlapping pairs of letters or digits in `case_note_pairs` (for two-character words), both
/// under the note's key (key()), which orders the notes newest first; `case_note_key` says each
/// note's key. CaseNoteSearch reads them.
class CaseNoteIndex : public Projection
{
    Q_DISABLE_COPY_MOVE(CaseNoteIndex)

public:
    explicit CaseNoteIndex(Database& db);

    /// Indexes the household's notes again: each note's old entry out, its text as it is now in.
    [[nodiscard]] Status refresh(const QString& householdId) override;

    /// A change to a case note.
    static bool affectedBy(const EncodedChange& change);
    /// The statements that empty the index (run when the tables are rebuilt from the journal).
    static QStringList clearStatements();

    /// The rowid bits of a key; the day is above them.
    static constexpr int kRowidBits = 40;
    static constexpr qint64 kRowidMask = (qint64(1) << kRowidBits) - 1;
    /// A note's key in the index: its day (`written_on`, ISO) above its rowid, so that the index's
    /// rowid order is newest first by day, then by rowid, as the search lists them.
    static qint64 key(const QString& writtenOn, qint64 rowid);

    /// The overlapping pairs of `text`, lower-cased, space-separated: "低保户 ok" → "低保 保户 ok".
    /// A pair holds two letters or digits; punctuation and spaces separate.
    static QString pairs(const QString& text);

private:
    Database& m_db;
    Query m_notes;
    Query m_key;
    Query m_indexed;
    Query m_removeText;
    Query m_removePairs;
    Query m_removeKey;
    Query m_addText;
    Query m_addPairs;
    Query m_addKey;
};

} // namespace ff
