// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/CaseNoteSearch.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace ff {

class Database;

/// Finds case notes across every household on this laptop by their words, as they are typed:
/// newest first, each with its date, household, author and the text around the words. Opening a
/// hit (Enter, double-click) asks for its household's file at the notes (openRequested()); the
/// search stays open and runs again when the file is closed.
class NoteSearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NoteSearchDialog(Database& db, QWidget* parent = nullptr);

    /// The most hits listed.
    static constexpr int kLimit = 500;

    QLineEdit* searchEdit() const { return m_search; }
    QTableView* table() const { return m_table; }
    QString summary() const;
    const QList<CaseNoteHit>& hits() const { return m_found.hits; }

public slots:
    /// Runs the search again (after a file was closed, its notes may have changed).
    void search();

signals:
    /// Open the household's file at this note.
    void openRequested(const QString& householdId, const QString& noteId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openCurrent();

    Database& m_db;
    QLineEdit* m_search;
    QLabel* m_summary;
    QStandardItemModel* m_model;
    QTableView* m_table;
    CaseNoteSearch::Found m_found;
};

} // namespace ff
