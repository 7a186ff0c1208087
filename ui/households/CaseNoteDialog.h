// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/CaseNote.h"

#include <QDialog>

class QPlainTextEdit;

namespace ff {

class Database;
class DateField;
class ErrorLabel;

/// Corrects a case note on file: its date and text. Saving keeps the earlier text in the note's
/// history and records who corrected it; the author stays.
class CaseNoteDialog : public QDialog
{
    Q_OBJECT

public:
    CaseNoteDialog(Database& db, const Session& session, const CaseNote& note, QWidget* parent = nullptr);

    const CaseNote& note() const { return m_note; }
    QString errorText() const;
    QPlainTextEdit* textEdit() const { return m_text; }
    DateField* dateField() const { return m_date; }

public slots:
    void accept() override;

private:
    Database& m_db;
    Session m_session;
    CaseNote m_note;
    ErrorLabel* m_errors;
    DateField* m_date;
    QPlainTextEdit* m_text;
};

} // namespace ff
