// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace ff {

class Database;
class NoticeLabel;
class ReviewQueueModel;

/// The supervisor's review queue (督导 · 待审核): the caseworkers' notes waiting for review, oldest
/// first, filtered by caseworker, kind of record and age; beside it the selected note, its thread
/// of comments, a comment box, Approve and Return. Made to be worked through from the keyboard:
/// Down/Up or J/K move, Ctrl+Enter approves, Ctrl+R returns with the typed comment, Enter opens
/// the household's file; after a decision the next note is selected. The "Returned" view lists
/// the notes sent back and waiting for their caseworker.
class ReviewQueuePage : public QWidget
{
    Q_OBJECT

public:
    ReviewQueuePage(Database& db, const Session& session, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    ReviewQueueModel* model() const { return m_model; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* returnButton() const { return m_return; }
    QPushButton* openButton() const { return m_open; }
    NoticeLabel* notice() const { return m_notice; }
    QComboBox* stateBox() const { return m_state; }
    QComboBox* caseworkerBox() const { return m_caseworker; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* ageBox() const { return m_age; }
    /// How many notes wait for review (whatever the filter shows).
    int pendingCount() const;
    /// The id of the selected note (its review's id), or empty.
    QString currentReviewId() const;
    /// The day ages are counted to; an invalid date (the default) means the session's today.
    void setToday(QDate today);

public slots:
    void refresh();
    /// Shows the notes of `caseworker` (empty: everyone) in `state` (pending or returned).
    void showNotes(const QString& caseworker, const QString& state);
    void approveCurrent();
    void returnCurrent();
    void commentCurrent();
    void openCurrent();
    /// Selects the next (+1) or previous (-1) note.
    void move(int step);

signals:
    /// Open the household's file on the tab of the reviewed record (`recordType`, its entity).
    void openRequested(const QString& householdId, const QString& recordType);
    /// A note was decided or commented: counts elsewhere (the overview, the tab) are stale.
    void changed();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    /// Asks before approving, naming the note and its caseworker; true when approved.
    bool confirmApproval(const QString& title, const QString& caseworker);
    /// Fills the caseworker and kind filters (who has notes in the chosen state), keeping the
    /// current choice, or choosing `caseworker`.
    void fillFilters();
    void fillFilters(const QString& caseworker);
    void applyFilter();
    void showCurrent();
    void select(int row);
    /// After a decision: the queue read again, the note now at `row` (the next one) selected.
    void afterDecision(int row, const QString& done);
    QDate today() const;

    Database& m_db;
    Session m_session;
    QDate m_today;
    bool m_filling = false;
    QLabel* m_stateLabel;
    QComboBox* m_state;
    QLabel* m_caseworkerLabel;
    QComboBox* m_caseworker;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_ageLabel;
    QComboBox* m_age;
    QLabel* m_summary;
    ReviewQueueModel* m_model;
    QTableView* m_view;
    QLabel* m_keys;
    QLabel* m_noteTitle;
    QLabel* m_noteMeta;
    QLabel* m_changedMark;
    QTextBrowser* m_body;
    QLabel* m_threadLabel;
    QTextBrowser* m_thread;
    QLabel* m_commentLabel;
    QPlainTextEdit* m_comment;
    NoticeLabel* m_notice;
    QPushButton* m_approve;
    QPushButton* m_return;
    QPushButton* m_commentButton;
    QPushButton* m_open;
    QSplitter* m_splitter;
    bool m_splitterSized = false;
};

} // namespace ff
