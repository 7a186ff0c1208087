// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/CaseNote.h"
#include "ui/records/RecordTab.h"

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ff {

class DateField;
class ErrorLabel;
class RecordTableModel;

/// The household's case notes (个案记录): dated entries, newest first, each signed by the person
/// who wrote it. A new note is written at the top and added with its button (Ctrl+Enter); a note
/// on file is corrected, never replaced, and its earlier texts can be read. A filter finds the
/// notes holding some words.
class CaseNotesTab : public RecordTab
{
    Q_OBJECT

public:
    CaseNotesTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    QString tabLabel() const override;
    /// Only a new note typed and not added (the filter is not something written).
    bool hasUnrecordedText() const override;

    QTableView* table() const { return m_table; }
    QPlainTextEdit* newNoteEdit() const { return m_text; }
    DateField* dateField() const { return m_date; }
    QLineEdit* filterEdit() const { return m_filter; }
    QString errorText() const;
    /// The notes listed, in order.
    const QList<CaseNote>& notes() const { return m_shown; }

public slots:
    /// Adds the note typed at the top.
    void addNote();
    /// Corrects the selected note (a dialog).
    void correctCurrent();
    /// Shows the selected note's earlier texts.
    void showVersions();
    /// Shows the notes holding `words` (the filter) and selects the note `noteId`.
    void showNote(const QString& noteId, const QString& words);

protected:
    void load() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void updateButtons();
    int currentRow() const;

    QList<CaseNote> m_notes;
    QList<CaseNote> m_shown;
    DateField* m_date;
    QPlainTextEdit* m_text;
    QPushButton* m_add;
    ErrorLabel* m_errors;
    QLineEdit* m_filter;
    RecordTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_correct;
    QPushButton* m_versions;
};

} // namespace ff
