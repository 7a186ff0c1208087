// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/ReviewArrivals.h"
#include "core/records/TaskList.h"

#include <functional>
#include <optional>

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ff {

class Database;
class NoticeLabel;
class PageTitle;
class SyncController;
struct TaskListSnapshot;

/// "My tasks / 我的待办", the caseworker's home page: everything the caseload needs of them
/// (TaskList) as one list grouped by village for planning a day's route, each task saying what to
/// do and how late; Enter or a double-click opens the household file on the tab of the record.
/// A returned note shows the supervisor's comments in full beside the list, where the caseworker
/// answers and sends it back. After a sync, what the station and the county decided stays in a
/// notice on the page (and a button in the status bar) until it is marked read.
///
/// The tasks are gathered on a worker thread (TaskListSnapshot), on a connection of its own: the
/// page shows at once, saying it is gathering them, and fills in when they are ready. A refresh
/// asked for while one runs cancels it; only the newest refresh's tasks are shown.
class TaskListPage : public QWidget
{
    Q_OBJECT

public:
    /// `session` says who is signed in when asked (it changes when the laptop is connected).
    TaskListPage(Database& db, std::function<Session()> session, QWidget* parent = nullptr);
    ~TaskListPage() override;

    QTreeWidget* tree() const { return m_tree; }
    const QList<Task>& tasks() const { return m_tasks; }
    QSpinBox* horizon() const { return m_horizon; }
    /// The day the list is computed for; an invalid date (the default) means the session's today.
    void setToday(QDate today);
    /// Selects the task about `recordId` (a returned note, a referral …); false when not listed.
    bool selectRecord(const QString& recordId);

    /// Counts what a sync brought with what is not read yet, and shows it.
    void addArrivals(const ReviewArrivals& arrivals);
    /// The unread notice ("New since the last sync: …"), empty when everything was read.
    QString arrivalsText() const;
    /// Takes a snapshot of the reviews before each sync of `sync` and shows what arrived after it.
    void followSync(SyncController* sync);
    /// A button for the status bar that shows the unread notice while there is one and asks for
    /// this page when clicked.
    QToolButton* makeStatusButton(QWidget* parent);

    /// Whether a worker still gathers tasks (on its own connection to the file), or is to start
    /// once the page is first painted.
    bool isBusy() const;
    /// Whether the tasks of a refresh are shown (false while the first are gathered, or when they
    /// could not be).
    bool isLoaded() const { return m_loaded; }
    /// Locked, the page starts no worker and cancels those running (workEnded() says when each has
    /// ended, its connection closed); unlocked, it gathers again what was asked for meanwhile.
    void setLocked(bool locked);
    /// Cancels the workers and waits until each has ended.
    void waitForWorkers();

public slots:
    /// Gathers the tasks again on a worker; the list shows them when they are ready (tasksShown()).
    void refresh();
    void markArrivalsRead();
    /// Sends the selected returned note back for review with the answer typed beside the list.
    void resubmitSelected();

signals:
    void openRequested(const QString& householdId, const QString& recordType);
    /// The page should be shown (the status bar's notice was clicked).
    void showRequested();
    void arrivalsChanged(const QString& text);
    /// The tasks of the newest refresh are on the list (or why they could not be gathered).
    void tasksShown();
    /// A worker ended (finished, failed or cancelled).
    void workEnded();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool event(QEvent* event) override;

private:
    void retranslate();
    void cancel();
    /// Runs the refresh the first show put off until the page was painted, if it is still owed
    /// and the page still shown.
    void gatherPutOff();
    /// The list says the tasks are being gathered (before the first are shown).
    void showLoading();
    void showSnapshot(const TaskListSnapshot& snapshot);
    /// The list from m_tasks; the task about `current` of `currentHousehold` selected again.
    void fill(const QString& current, const QString& currentHousehold);
    void showDetail(QTreeWidgetItem* item);
    const Task* taskOf(QTreeWidgetItem* item) const;
    Session session() const { return m_session(); }
    QDate today() const;
    /// What to do, in a line; with what the supervisor or the county said, if anything.
    QString whatToDo(const Task& t, bool withComment = true) const;
    QString lateness(const Task& t) const;
    QString detailHtml(const Task& t) const;

    Database& m_db;
    std::function<Session()> m_session;
    QDate m_today;
    VisitRules m_rules;
    QList<Task> m_tasks;
    qsizetype m_total = 0; ///< tasks gathered before the cut to what the list shows
    QList<QFutureWatcher<TaskListSnapshot>*> m_workers;
    quint64 m_generation = 0; ///< of the newest refresh: an older one's tasks are dropped
    bool m_loaded = false;
    bool m_locked = false;
    bool m_owed = false;    ///< a refresh asked for (or cancelled) while locked
    bool m_painted = false; ///< the page has been painted at least once
    bool m_putOff = false;  ///< shown before its first paint: the refresh waits for that paint
    ReviewArrivals m_unread;
    std::optional<ReviewSnapshot> m_beforeSync;

    PageTitle* m_title;
    QLabel* m_horizonLabel;
    QSpinBox* m_horizon;
    QLabel* m_summary;
    QWidget* m_arrivalsBar;
    NoticeLabel* m_arrivals;
    QPushButton* m_readButton;
    QSplitter* m_splitter;
    QTreeWidget* m_tree;
    QLabel* m_detailTitle;
    QTextBrowser* m_detail;
    QLabel* m_answerLabel;
    QPlainTextEdit* m_answer;
    QPushButton* m_resubmitButton;
    NoticeLabel* m_result;
    QPushButton* m_openButton;
};

} // namespace ff
