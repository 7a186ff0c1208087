// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"

#include <optional>

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace ff {

class HouseholdDialog;
class PrintMenu;

class Database;
class DueVisitsPage;
class HouseholdListPage;
class LanguageMenu;
class AutoSync;
class ClosingSync;
class SyncController;
class SyncStatusWidget;
class LockController;
class TaskListPage;
class WorkbenchPage;
class StationPage;
class DashboardView;

/// The caseworker's main window: the caseload list, and the commands that open household files.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The caseload list; made when first asked for (its action, Ctrl+F, an export, a test), not
    /// at a caseworker's start, whose first screen is My tasks.
    HouseholdListPage* listPage();
    /// The household selected in the caseload list; empty when none is, or the list was never shown.
    QString currentHouseholdId() const;
    /// The visits due; made when first asked for (its action, a test), not at start.
    DueVisitsPage* dueVisitsPage();
    TaskListPage* taskListPage() const { return m_tasks; }
    /// The supervisor's workbench (review queue, station overview): the home page of a station
    /// supervisor or county user; not offered to a caseworker.
    /// Made at start for them, for a caseworker when first asked for.
    WorkbenchPage* workbenchPage();
    /// The station's volunteers and purchased-service projects (kept by the supervisor and the
    /// county, read by caseworkers).
    /// Made when first asked for (its action, a test).
    StationPage* stationPage() const;
    QAction* stationAction() const { return m_stationAction; }
    /// The dashboard's figures; made when first asked for (its action, a test), not at start.
    DashboardView* dashboardPage();
    QAction* dashboardAction() const { return m_dashboardAction; }
    QAction* exportListAction() const { return m_exportListAction; }
    SyncController* sync() const { return m_sync; }
    AutoSync* autoSync() const { return m_autoSync; }
    ClosingSync* closingSync() const { return m_closingSync; }
    /// Who is working at this laptop, as every write records it: the county's user record the
    /// profile was enrolled with; in the demo profile (never enrolled), a demo caseworker.
    /// Read once for a turn of the event loop (the window's construction, or an update of its
    /// actions, asks dozens of times: each read is a few meta lookups), and again when this
    /// window's connection writes.
    Session session() const;
    /// The profile this window shows: adds Lock and Change password (a county profile) or marks
    /// the demo (which cannot be connected).
    void setProfile(const QString& folder, bool demo, LockController* lock);
    /// The role a never-enrolled file (the demo) is tried in: caseworker unless chosen otherwise.
    static Role demoRole(Database& db);
    [[nodiscard]] static bool setDemoRole(Database& db, Role role);
    /// The lock came (sync paused, nothing left to run into the locked file) or went (everything
    /// read again).
    void setLocked(bool locked);
    /// Tells the user something in a message box: at once, or once unlocked if the lock is on (a
    /// printed report the lock stopped).
    void tellOnceUnlocked(const QString& title, const QString& text);

public slots:
    void newHousehold();
    void openHousehold(const QString& householdId);
    /// Opens the file on the tab of `recordType`'s records (from a task).
    void openHouseholdAt(const QString& householdId, const QString& recordType);
    /// Opens a household's file after `prepare` has set it up (the tab to show, the note to select).
    void openHouseholdWith(const QString& householdId, const std::function<void(HouseholdDialog&)>& prepare);
    void openCurrent();
    void showCurrentHistory();
    /// Finds case notes across the caseload by their words (NoteSearchDialog).
    void findInNotes();
    /// Merges a household filed twice into the selected one (MergeHouseholdDialog).
    void mergeDuplicate();
    /// File → Assign to caseworker: the selected households, for a station supervisor or county user.
    void assignSelected();
    void changePassword();
    void connectToCounty();
    void exportPackage();
    void importReceipt();
    void resolveConflicts();
    /// Shows the due-visits page (true) or the caseload list (false).
    void showDueVisits(bool show);
    /// Shows "My tasks", the caseworker's home page.
    void showTasks();
    /// Shows the supervisor's workbench.
    void showWorkbench();
    /// Enters a group or community session with households chosen from the caseload.
    void recordGroupSession();
    /// County staff: import package files from laptops through the county server, with a report.
    void importPackages(const QStringList& files = {});

signals:
    /// File → Export list as CSV wrote `path` (the household list's export ends on a worker).
    void listExported(const QString& path);
    /// The caseload list's selection changed.
    void householdSelectionChanged();

protected:
    void changeEvent(QEvent* event) override;
    /// The first paint queues what setProfile() left for after it (settleArrivals()).
    bool event(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    /// After opening and after a sync: households' old free-text notes become their first case
    /// note, and records written for a merged household follow it (HouseholdMerge::followMerges).
    void settleArrivals();
    /// Makes the demo's role `role` and opens the demo again in it.
    void tryDemoAs(Role role);
    void retranslate();
    void updateActions();
    /// Reads the caseload list again, keeping `keepId` selected; nothing if it was never made.
    void refreshList(const QString& keepId);
    /// Adds the workbench page and its action; makes it the home page of a supervisor or county user.
    void setUpAssignment();
    void setUpWorkbench();
    /// Adds the station page (volunteers, service projects) and its action.
    void setUpStation();
    /// Adds the dashboard page (charts of the indicators) and File → Export list as CSV…, which
    /// writes the list of the page shown (the caseload as filtered, a worklist).
    void setUpDashboard();
    Session readSession() const;
    void exportCurrentList();
    /// What the household list's export says while it runs and when it ends.
    void setUpListExport();
    /// The household list as shown, written on a worker thread with its progress in the status bar.
    void exportHouseholdList(const QString& fileName);

    Database& m_db;
    QFutureWatcher<QString>* m_listExport = new QFutureWatcher<QString>(this);
    HouseholdListPage* m_list = nullptr;
    DueVisitsPage* m_dueVisits = nullptr;
    TaskListPage* m_tasks;
    QStackedWidget* m_pages;
    QMenu* m_viewMenu;
    QActionGroup* m_pageGroup;
    QAction* m_caseloadAction;
    QAction* m_dueVisitsAction;
    QAction* m_tasksAction;
    QAction* m_sessionAction;
    SyncController* m_sync;
    AutoSync* m_autoSync = nullptr;
    ClosingSync* m_closingSync = nullptr;
    /// What was typed into the connect dialog, to offer again when the county refused it.
    struct ConnectAttempt
    {
        QString server;
        QString code;
        QString fingerprint;
    };
    std::optional<ConnectAttempt> m_lastConnect;
    std::optional<ConnectAttempt> m_connectAttempt;
    QString m_lastExport;
    SyncStatusWidget* m_syncStatus;
    QMenu* m_fileMenu;
    QMenu* m_syncMenu;
    QAction* m_connectAction;
    QAction* m_syncAction;
    QAction* m_exportAction;
    QAction* m_receiptAction;
    QAction* m_conflictAction;
    QAction* m_importFilesAction;
    QMenu* m_helpMenu;
    LanguageMenu* m_languageMenu;
    QToolBar* m_toolBar;
    QAction* m_newAction;
    QAction* m_openAction;
    QAction* m_historyAction;
    QAction* m_findNotesAction;
    QAction* m_mergeAction = nullptr;
    QAction* m_assignAction = nullptr;
    QAction* m_lockAction;
    QAction* m_passwordAction;
    QString m_profileFolder;
    bool m_demo = false;
    /// settleArrivals() runs once the window has first been painted.
    bool m_settleAfterPaint = false;
    /// The connection is first checked a second after the window was first painted (it loads Qt
    /// Network).
    bool m_connectionChecked = false;
    /// Whether the window's geometry came from the settings; if not, the geometry the desktop gave
    /// it, as it was at its first paint (empty before).
    bool m_geometryRestored = false;
    QByteArray m_placedGeometry;
    /// session(), as read last in this turn of the event loop, and the connection's changes then.
    mutable std::optional<Session> m_session;
    mutable qint64 m_sessionChanges = -1;
    mutable bool m_sessionForgetPosted = false;
    QAction* m_quitAction;
    QAction* m_aboutAction;
    QLabel* m_authorLabel;
    QMenu* m_demoRoleMenu;
    WorkbenchPage* m_workbench = nullptr;
    QAction* m_workbenchAction = nullptr;
    mutable StationPage* m_station = nullptr;
    QAction* m_stationAction = nullptr;
    /// File → Print household file…, the Reports menu (ui/print).
    PrintMenu* m_printMenu = nullptr;
    DashboardView* m_dashboard = nullptr;
    /// The profile's lock (setProfile), which waits for the dashboard's count once there is one.
    QPointer<LockController> m_lock;
    /// Said once unlocked (tellOnceUnlocked): a title and a text each.
    QList<QPair<QString, QString>> m_afterUnlock;
    QAction* m_dashboardAction = nullptr;
    QAction* m_exportListAction = nullptr;
};

} // namespace ff
