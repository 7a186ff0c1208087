// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/model/ValidationIssue.h"
#include "core/records/CaseNote.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ff {

class Database;

/// Reads, adds and corrects a household's case notes through the journal. A note is never removed
/// and its author and time of writing never change; a correction changes its text or date, records
/// who corrected it and when, and leaves every earlier text in the journal (versions()).
class CaseNoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseNoteRepository)

public:
    explicit CaseNoteRepository(Database& db, const Session& session = Session::none());

    /// The longest note, in characters: a longer text is refused with a message.
    static constexpr int kMaxLength = 20000;

    /// The household's notes, newest first (by date, then by time of writing).
    QList<CaseNote> forHousehold(const QString& householdId) const;
    std::optional<CaseNote> load(const QString& id) const;

    QList<ValidationIssue> validate(const CaseNote& note) const;
    /// Adds `note` as the session's person, now; `note.id`, `writtenBy` and `writtenAt` are set.
    [[nodiscard]] Status add(CaseNote& note, QList<ValidationIssue>* issues = nullptr);
    /// Corrects a note on file to `text` and `writtenOn`; refused when neither changes. `note` is
    /// updated to what was saved.
    [[nodiscard]] Status correct(CaseNote& note, const QString& text, QDate writtenOn,
                                 QList<ValidationIssue>* issues = nullptr);
    /// Every text and date the note has had, oldest first, from the journal.
    QList<CaseNoteVersion> versions(const CaseNote& note) const;

    /// Makes the free-text notes of households (the one text box of earlier versions) each
    /// household's first case note, dated and signed by that text's last change, and empties the
    /// old text, in one commit. The new note's id is derived from the household and that change,
    /// so two laptops adopting the same text make the same note. Returns how many were adopted.
    [[nodiscard]] Status adoptHouseholdNotes(int* adopted = nullptr);
    /// The statement by which adoptHouseholdNotes() finds the households with old notes text,
    /// run at every start: the partial index household_notes_left, whose condition is this
    /// statement's, answers it without reading a household's row (schema 24).
    static QString notesLeftStatement();
    /// The id a household's old notes text, last set by `changeId`, is adopted under.
    static QString adoptedId(const QString& householdId, const QString& changeId);

private:
    Database& m_db;
    Session m_session;
};

} // namespace ff
