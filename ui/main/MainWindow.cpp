// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "core/db/Database.h"
#include "core/journal/ConflictReader.h"
#include "core/profile/ProfileDirectory.h"
#include "core/profile/ProfileOpener.h"
#include "core/records/CaseNoteRepository.h"
#include "core/records/FileOpenRepository.h"
#include "core/records/HouseholdMerge.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/PackageFileName.h"
#include "ui/casework/DueVisitsPage.h"
#include "ui/casework/ServiceSessionDialog.h"
#include "ui/casework/TaskListPage.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/exports/HouseholdListCsv.h"
#include "ui/exports/ViewCsv.h"
#include "ui/households/AssignDialog.h"
#include "ui/households/CaseNotesTab.h"
#include "ui/households/ConflictDialog.h"
#include "ui/households/HistoryDialog.h"
#include "ui/households/HouseholdDialog.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdListPage.h"
#include "ui/households/MergeHouseholdDialog.h"
#include "ui/households/NoteSearchDialog.h"
#include "ui/main/LanguageMenu.h"
#include "ui/main/OnDemandParts.h"
#include "ui/print/PrintMenu.h"
#include "ui/profile/LockController.h"
#include "ui/profile/NewPasswordDialog.h"
#include "ui/station/StationPage.h"
#include "ui/supervision/ReviewQueuePage.h"
#include "ui/supervision/StationOverviewPage.h"
#include "ui/supervision/WorkbenchPage.h"
#include "ui/sync/AutoSync.h"
#include "ui/sync/ClosingSync.h"
#include "ui/sync/ConnectDialog.h"
#include "ui/sync/ImportReportDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStatusWidget.h"
#include "ui/widgets/BackgroundPool.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/ProgressTask.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QtConcurrent>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>

#include <memory>

namespace ff {

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_tasks(new TaskListPage(
                                         db, [this] { return session(); }, this)),
      m_pages(new QStackedWidget(this)), m_viewMenu(new QMenu(this)), m_pageGroup(new QActionGroup(this)),
      m_caseloadAction(new QAction(this)), m_dueVisitsAction(new QAction(this)),
      m_tasksAction(new QAction(this)), m_sessionAction(new QAction(this)),
      m_sync(new SyncController(db, this)), m_syncStatus(new SyncStatusWidget(*m_sync, this)),
      m_fileMenu(new QMenu(this)), m_syncMenu(new QMenu(this)), m_connectAction(new QAction(this)),
      m_syncAction(new QAction(this)), m_exportAction(new QAction(this)), m_receiptAction(new QAction(this)),
      m_conflictAction(new QAction(this)), m_importFilesAction(new QAction(this)),
      m_helpMenu(new QMenu(this)), m_languageMenu(new LanguageMenu(this)), m_toolBar(new QToolBar(this)),
      m_newAction(new QAction(this)), m_openAction(new QAction(this)), m_historyAction(new QAction(this)),
      m_findNotesAction(new QAction(this)), m_lockAction(new QAction(this)),
      m_passwordAction(new QAction(this)), m_quitAction(new QAction(this)), m_aboutAction(new QAction(this)),
      m_authorLabel(new QLabel(this)), m_demoRoleMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->addWidget(m_tasks);
    setCentralWidget(m_pages);
    m_caseloadAction->setObjectName(QStringLiteral("caseloadAction"));
    m_caseloadAction->setCheckable(true);
    m_caseloadAction->setChecked(true);
    m_caseloadAction->setShortcut(Qt::CTRL | Qt::Key_1);
    m_caseloadAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogListView));
    m_dueVisitsAction->setObjectName(QStringLiteral("dueVisitsAction"));
    m_dueVisitsAction->setCheckable(true);
    m_dueVisitsAction->setShortcut(Qt::CTRL | Qt::Key_2);
    m_dueVisitsAction->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_tasksAction->setObjectName(QStringLiteral("tasksAction"));
    m_tasksAction->setCheckable(true);
    m_tasksAction->setShortcut(Qt::CTRL | Qt::Key_T);
    m_tasksAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_pageGroup->addAction(m_tasksAction);
    m_pageGroup->addAction(m_caseloadAction);
    m_pageGroup->addAction(m_dueVisitsAction);
    m_viewMenu->addAction(m_tasksAction);
    m_viewMenu->addAction(m_caseloadAction);
    m_viewMenu->addAction(m_dueVisitsAction);
    m_sessionAction->setObjectName(QStringLiteral("groupSessionAction"));

    m_newAction->setObjectName(QStringLiteral("newHouseholdAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_openAction->setObjectName(QStringLiteral("openHouseholdAction"));
    m_openAction->setShortcut(Qt::CTRL | Qt::Key_O);
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(Qt::CTRL | Qt::Key_H);
    m_historyAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_historyAction);
    m_fileMenu->addAction(m_findNotesAction);
    m_findNotesAction->setObjectName(QStringLiteral("findInNotesAction"));
    m_findNotesAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    m_fileMenu->addAction(m_conflictAction);
    m_fileMenu->addAction(m_sessionAction);
    m_conflictAction->setObjectName(QStringLiteral("resolveConflictsAction"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addAction(m_passwordAction);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(Qt::CTRL | Qt::Key_L);
    m_lockAction->setVisible(false);
    m_passwordAction->setObjectName(QStringLiteral("changePasswordAction"));
    m_passwordAction->setVisible(false);
    m_fileMenu->addSeparator();
    // The demo in each user's role: a supervisor or county staff tries their own home page.
    m_demoRoleMenu->setObjectName(QStringLiteral("demoRoleMenu"));
    m_demoRoleMenu->menuAction()->setVisible(false);
    auto* demoRoles = new QActionGroup(this);
    for (const Role role : {Role::Caseworker, Role::Supervisor, Role::County}) {
        QAction* action = m_demoRoleMenu->addAction(QString());
        action->setObjectName(QStringLiteral("demoAs_") + roleName(role));
        action->setCheckable(true);
        action->setChecked(role == demoRole(m_db));
        action->setData(roleName(role));
        demoRoles->addAction(action);
        connect(action, &QAction::triggered, this, [this, role] { tryDemoAs(role); });
    }
    m_fileMenu->addMenu(m_demoRoleMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_helpMenu->addAction(m_aboutAction);
    m_syncAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncAction->setShortcut(Qt::Key_F5);
    m_syncAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_exportAction->setObjectName(QStringLiteral("exportPackageAction"));
    m_receiptAction->setObjectName(QStringLiteral("importReceiptAction"));
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_autoSync = new AutoSync(db, *m_sync, this);
    m_closingSync = new ClosingSync(*m_sync, *m_autoSync, this);
    m_syncStatus->setAutoSync(m_autoSync);
    m_syncMenu->addAction(m_syncAction);
    m_syncMenu->addAction(m_autoSync->pauseAction());
    m_syncMenu->addSeparator();
    m_syncMenu->addAction(m_exportAction);
    m_syncMenu->addAction(m_receiptAction);
    m_syncMenu->addAction(m_importFilesAction);
    m_importFilesAction->setObjectName(QStringLiteral("importPackagesAction"));
    m_syncMenu->addSeparator();
    m_syncMenu->addAction(m_connectAction);
    menuBar()->addMenu(m_fileMenu);
    menuBar()->addMenu(m_viewMenu);
    menuBar()->addMenu(m_syncMenu);
    menuBar()->addMenu(m_languageMenu);
    menuBar()->addMenu(m_helpMenu);

    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_historyAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_tasksAction);
    m_toolBar->addAction(m_caseloadAction);
    m_toolBar->addAction(m_dueVisitsAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_syncAction);
    addToolBar(m_toolBar);

    // Permanent: always on show, never covered by a passing message such as "Sync finished."
    statusBar()->addPermanentWidget(m_tasks->makeStatusButton(statusBar()));
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_authorLabel);

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newHousehold);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openCurrent);
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showCurrentHistory);
    connect(m_findNotesAction, &QAction::triggered, this, &MainWindow::findInNotes);
    connect(m_passwordAction, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToCounty);
    connect(m_syncAction, &QAction::triggered, m_sync, &SyncController::syncNow);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportPackage);
    connect(m_receiptAction, &QAction::triggered, this, &MainWindow::importReceipt);
    connect(m_conflictAction, &QAction::triggered, this, &MainWindow::resolveConflicts);
    connect(m_importFilesAction, &QAction::triggered, this, [this] { importPackages(); });
    connect(m_sync, &SyncController::stateChanged, this, &MainWindow::updateActions);
    connect(m_sync, &SyncController::finished, this, [this](const Status& s, const QString& what) {
        if (!s && s.error().detail == QLatin1String(SyncController::kLocked)) {
            statusBar()->showMessage(s.error().message, 8000); // asked for while locked: not run
            return;
        }
        if (!s && what == QStringLiteral("sync") && (m_sync->isAutomatic() || m_closingSync->isClosing())) {
            // Nobody asked for this one: no box to dismiss; it is tried again later.
            statusBar()->showMessage(tr("Automatic sync did not go through: %1").arg(s.error().message),
                                     15000);
            return;
        }
        if (!s && what != QStringLiteral("import")) {
            QMessageBox::warning(this, tr("Sync"), s.error().message);
            // A refused connection is tried again with what was typed, not from an empty dialog.
            if (what == QStringLiteral("enroll") && m_lastConnect) {
                m_connectAttempt = m_lastConnect;
                QTimer::singleShot(0, this, &MainWindow::connectToCounty);
            }
            return;
        }
        if (what == QStringLiteral("enroll"))
            statusBar()->showMessage(tr("Connected to county %1. Syncing now…").arg(m_sync->countyId()),
                                     8000);
        else if (what == QStringLiteral("sync")) {
            if (const QStringList refused = m_sync->refusedDocuments(); !refused.isEmpty())
                statusBar()->showMessage(
                    tr("Sync finished, but %n form(s) or list(s) from the county were refused: %1", nullptr,
                       int(refused.size()))
                        .arg(refused.join(QStringLiteral("; "))),
                    30000);
            else if (const int waiting = m_sync->attachmentsWaiting(); waiting > 0)
                statusBar()->showMessage(
                    tr("Sync finished. %n attachment file(s) still to be sent or received: "
                       "the next sync goes on where this one stopped.",
                       nullptr, waiting),
                    15000);
            else
                statusBar()->showMessage(tr("Sync finished."), 8000);
            settleArrivals(); // old notes text from a laptop not yet updated; records of a merged household
        } else if (what.startsWith(QStringLiteral("export:"))) {
            // Where the file is and what to do next, in a window that stays until read.
            auto* box = new QMessageBox(
                QMessageBox::Information, tr("Sync package written"),
                tr("%1 change(s) are in the package\n%2\n\nCopy it to a USB stick and bring it to the "
                   "county. They import it and give you back a receipt file (.ffrct) on the stick: then "
                   "choose Sync → Import receipt…. Until then the changes stay in this laptop's outbox.")
                    .arg(what.section(QLatin1Char(':'), 1), QDir::toNativeSeparators(m_lastExport)),
                QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setObjectName(QStringLiteral("exportedMessageBox"));
            box->open();
        }
        if (what == QStringLiteral("enroll"))
            m_sync->syncNow();
        refreshList(currentHouseholdId());
    });
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Fieldfile"),
            tr("<h3>Fieldfile %1</h3><p>One file per household (一户一档) for social-assistance "
               "caseworkers, usable offline for days.</p><p>Every change is kept in the history "
               "with who made it and when.</p>")
                    .arg(QApplication::applicationVersion()) +
                // Where the caseload is, for the county's IT staff; not worth a place on screen.
                tr("<p>Data file: %1</p>").arg(QDir::toNativeSeparators(m_db.path()).toHtmlEscaped()));
    });
    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, [this] {
        // Finding a household: on the caseload, whatever page was shown (typing into the search
        // box of a hidden page did nothing to be seen).
        showDueVisits(false);
        listPage()->searchEdit()->setFocus();
        listPage()->searchEdit()->selectAll();
    });
    connect(m_dueVisitsAction, &QAction::triggered, this, [this] { showDueVisits(true); });
    connect(m_tasksAction, &QAction::triggered, this, &MainWindow::showTasks);
    connect(m_tasks, &TaskListPage::openRequested, this, &MainWindow::openHouseholdAt);
    connect(m_tasks, &TaskListPage::showRequested, this, &MainWindow::showTasks);
    m_tasks->followSync(m_sync);
    connect(m_caseloadAction, &QAction::triggered, this, [this] { showDueVisits(false); });
    connect(m_sessionAction, &QAction::triggered, this, &MainWindow::recordGroupSession);

    QSettings settings;
    // The first time: as large as fits under the title bar of a 1366×768 screen with a taskbar.
    m_geometryRestored = restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!m_geometryRestored)
        resize(1280, 680);

    DateField::setClock(session().clock());
    setUpWorkbench();
    setUpAssignment();
    setUpStation();
    m_printMenu = new PrintMenu(db, *this, m_fileMenu, m_lockAction, m_syncMenu->menuAction());
    setUpDashboard();
    retranslate();
    updateActions();
    // A caseworker starts the day with what is to be done (a supervisor and county staff with the
    // workbench, setUpWorkbench); any other role with the caseload, whose page is made when first
    // shown.
    if (session().role() == Role::Caseworker)
        showTasks();
    else if (m_pages->currentWidget() == m_tasks)
        showDueVisits(false);
}

HouseholdListPage* MainWindow::listPage()
{
    if (!m_list) {
        m_list = new HouseholdListPage(m_db, this);
        m_pages->insertWidget(0, m_list);
        connect(m_list, &HouseholdListPage::openRequested, this, &MainWindow::openHousehold);
        connect(m_list, &HouseholdListPage::selectionChanged, this, &MainWindow::updateActions);
        connect(m_list, &HouseholdListPage::selectionChanged, this, &MainWindow::householdSelectionChanged);
        m_list->restoreHeaderState(
            QSettings().value(QStringLiteral("mainWindow/householdColumns")).toByteArray());
    }
    return m_list;
}

QString MainWindow::currentHouseholdId() const { return m_list ? m_list->currentHouseholdId() : QString(); }

void MainWindow::refreshList(const QString& keepId)
{
    if (m_list) // else read when first shown
        m_list->refresh(keepId);
}

void MainWindow::setUpWorkbench()
{
    const Session who = session();
    m_workbenchAction = new QAction(this);
    m_workbenchAction->setObjectName(QStringLiteral("workbenchAction"));
    m_workbenchAction->setCheckable(true);
    m_workbenchAction->setShortcut(Qt::CTRL | Qt::Key_3);
    m_pageGroup->addAction(m_workbenchAction);
    m_viewMenu->insertAction(m_caseloadAction, m_workbenchAction);
    m_toolBar->insertAction(m_caseloadAction, m_workbenchAction);
    connect(m_workbenchAction, &QAction::triggered, this, &MainWindow::showWorkbench);
    // Reviewing is the supervisor's and the county's work; a caseworker's home is My tasks.
    const bool supervising = who.role() == Role::Supervisor || who.role() == Role::County;
    m_workbenchAction->setVisible(supervising);
    // Its icon only where it is shown: the style reads and decodes the icon's picture files.
    if (supervising) {
        m_workbenchAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        showWorkbench();
    }
}

WorkbenchPage* MainWindow::workbenchPage()
{
    // A caseworker's window does not offer it: not made at start (its widgets are not free).
    if (!m_workbench) {
        m_workbench = new WorkbenchPage(m_db, session(), this);
        m_pages->addWidget(m_workbench);
        connect(m_workbench, &WorkbenchPage::openRequested, this, &MainWindow::openHouseholdAt);
    }
    return m_workbench;
}

void MainWindow::setUpAssignment()
{
    m_assignAction = new QAction(this);
    m_assignAction->setObjectName(QStringLiteral("assignAction"));
    m_assignAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    m_fileMenu->insertAction(m_conflictAction, m_assignAction);
    connect(m_assignAction, &QAction::triggered, this, &MainWindow::assignSelected);
    m_mergeAction = new QAction(this);
    m_mergeAction->setObjectName(QStringLiteral("mergeHouseholdAction"));
    m_fileMenu->insertAction(m_conflictAction, m_mergeAction);
    connect(m_mergeAction, &QAction::triggered, this, &MainWindow::mergeDuplicate);
}

void MainWindow::mergeDuplicate()
{
    const QString keepId = currentHouseholdId();
    if (keepId.isEmpty() || !m_mergeAction->isEnabled())
        return;
    MergeHouseholdDialog dialog(m_db, session(), keepId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshList(keepId);
    m_syncStatus->refresh();
    statusBar()->showMessage(
        tr("Households merged: the county and the other laptops learn it at the next sync."), 10000);
}

void MainWindow::assignSelected()
{
    const QStringList ids = m_list ? m_list->selectedHouseholdIds() : QStringList();
    if (ids.isEmpty() || !m_assignAction->isEnabled())
        return;
    AssignDialog dialog(m_db, session(), ids, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshList(currentHouseholdId());
    m_syncStatus->refresh();
    statusBar()->showMessage(
        tr("%n household(s) assigned: the county applies it at the next sync.", nullptr, dialog.changed()),
        10000);
}

void MainWindow::setUpStation()
{
    m_stationAction = new QAction(this);
    m_stationAction->setObjectName(QStringLiteral("stationAction"));
    m_stationAction->setCheckable(true);
    m_stationAction->setShortcut(Qt::CTRL | Qt::Key_4);
    m_pageGroup->addAction(m_stationAction);
    m_viewMenu->insertAction(m_caseloadAction, m_stationAction);
    connect(m_stationAction, &QAction::triggered, this, [this] {
        StationPage* station = stationPage();
        station->refresh();
        m_pages->setCurrentWidget(station);
        m_stationAction->setChecked(true);
        updateActions();
    });
}

StationPage* MainWindow::stationPage() const
{
    // Made when first asked for, not at start: its roster and projects are read when it is shown.
    if (!m_station) {
        m_station = new StationPage(m_db, session(), m_pages);
        m_pages->addWidget(m_station);
    }
    return m_station;
}

DueVisitsPage* MainWindow::dueVisitsPage()
{
    // Made when first shown, not at start: hidden until its action is chosen.
    if (m_dueVisits)
        return m_dueVisits;
    m_dueVisits = new DueVisitsPage(m_db, session(), this);
    m_pages->addWidget(m_dueVisits);
    connect(m_dueVisits, &DueVisitsPage::openRequested, this, &MainWindow::openHousehold);
    return m_dueVisits;
}

DashboardView* MainWindow::dashboardPage()
{
    // Made when first shown, not at start: its choices of scope are read from every household, and
    // it is loaded with Qt Charts (OnDemandParts).
    if (m_dashboard)
        return m_dashboard;
    QString error;
    OnDemandParts* parts = OnDemandParts::get(&error);
    if (!parts) {
        QMessageBox::warning(this, tr("Dashboard"), error);
        return nullptr;
    }
    m_dashboard = parts->dashboard(m_db, session(), this);
    m_pages->addWidget(m_dashboard);
    connect(m_dashboard, &DashboardView::openRequested, this, &MainWindow::openHousehold);
    connect(m_sync, &SyncController::finished, m_dashboard, [this] {
        if (m_dashboard->isVisible())
            m_dashboard->refresh();
        else
            m_dashboard->setStale();
    });
    // The dashboard counts on a connection of its own: the lock waits for it to end.
    if (m_lock)
        connect(m_dashboard, &DashboardView::countEnded, m_lock, &LockController::backgroundWorkEnded,
                Qt::QueuedConnection);
    return m_dashboard;
}

void MainWindow::setUpDashboard()
{
    const Session who = session();
    m_dashboardAction = new QAction(this);
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setCheckable(true);
    m_dashboardAction->setShortcut(Qt::CTRL | Qt::Key_5);
    m_pageGroup->addAction(m_dashboardAction);
    m_viewMenu->insertAction(m_caseloadAction, m_dashboardAction);
    // Figures are the supervisor's and the county's daily work: one click away for them.
    // Elsewhere the action is in the View menu only: its icon (the style reads and decodes the
    // picture files) is read when the menu first opens, not at start.
    const auto dashboardIcon = [this] {
        if (m_dashboardAction->icon().isNull())
            m_dashboardAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogInfoView));
    };
    if (who.role() == Role::Supervisor || who.role() == Role::County) {
        dashboardIcon();
        m_toolBar->insertAction(m_caseloadAction, m_dashboardAction);
    } else {
        connect(m_viewMenu, &QMenu::aboutToShow, this, dashboardIcon);
    }
    connect(m_dashboardAction, &QAction::triggered, this, [this] {
        if (DashboardView* page = dashboardPage()) {
            m_pages->setCurrentWidget(page);
            m_dashboardAction->setChecked(true);
        } else {
            // Not loaded (dashboardPage said why): the page shown stays, its button checked again.
            const std::pair<QAction*, const QWidget*> pages[] = {{m_tasksAction, m_tasks},
                                                                 {m_caseloadAction, m_list},
                                                                 {m_dueVisitsAction, m_dueVisits},
                                                                 {m_workbenchAction, m_workbench},
                                                                 {m_stationAction, m_station}};
            for (const auto& [action, shown] : pages)
                if (action && shown && shown == m_pages->currentWidget())
                    action->setChecked(true);
        }
        updateActions();
    });

    m_exportListAction = new QAction(this);
    m_exportListAction->setObjectName(QStringLiteral("exportListAction"));
    m_fileMenu->insertAction(m_conflictAction, m_exportListAction);
    connect(m_exportListAction, &QAction::triggered, this, &MainWindow::exportCurrentList);
    setUpListExport();
}

void MainWindow::exportCurrentList()
{
    // The list of the page shown, as it is shown: the caseload as filtered, a worklist.
    const QString day = session().today().toString(Qt::ISODate);
    const QAbstractItemView* view = nullptr;
    QString name;
    QWidget* page = m_pages->currentWidget();
    if (page == m_list) {
        exportHouseholdList(QStringLiteral("households-%1.csv").arg(day));
        return;
    }
    if (m_dueVisits && page == m_dueVisits) {
        view = m_dueVisits->tree();
        name = QStringLiteral("due-visits");
    } else if (page == m_tasks) {
        if (!m_tasks->isLoaded()) { // the list says they are being gathered: nothing to write yet
            statusBar()->showMessage(
                tr("Your tasks are still being gathered: export them once they are shown."), 8000);
            return;
        }
        view = m_tasks->tree();
        name = QStringLiteral("tasks");
    } else if (page == m_workbench) {
        const bool queue = m_workbench->tabs()->currentIndex() == 0;
        view = queue ? static_cast<QAbstractItemView*>(m_workbench->queue()->view())
                     : m_workbench->overview()->table();
        name = queue ? QStringLiteral("review-queue") : QStringLiteral("station-overview");
    }
    if (!view) {
        QMessageBox::information(this, tr("Export list as CSV"),
                                 tr("This page has no list to export. The dashboard's tables have their own "
                                    "Export table as CSV… buttons."));
        return;
    }
    const QString path = ViewCsv::save(this, *view, QStringLiteral("%1-%2.csv").arg(name, day));
    if (!path.isEmpty()) {
        statusBar()->showMessage(tr("The list is saved as %1.").arg(QDir::toNativeSeparators(path)), 15000);
        emit listExported(path);
    }
}

void MainWindow::setUpListExport()
{
    connect(m_listExport, &QFutureWatcherBase::progressValueChanged, this, [this](int done) {
        statusBar()->showMessage(tr("Exporting the household list: %1 of %2 households…")
                                     .arg(done)
                                     .arg(m_listExport->progressMaximum()));
    });
    connect(m_listExport, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<QString> done = m_listExport->future();
        const QString written = m_listExport->property("path").toString();
        if (done.isCanceled() || done.resultCount() == 0) {
            statusBar()->showMessage(tr("The export was cancelled; nothing was written."), 15000);
            return;
        }
        if (const QString error = done.result(); !error.isEmpty()) {
            statusBar()->clearMessage();
            ViewCsv::sayNotWritten(this, error);
            return;
        }
        statusBar()->showMessage(tr("The list is saved as %1.").arg(QDir::toNativeSeparators(written)),
                                 15000);
        emit listExported(written);
    });
}

void MainWindow::exportHouseholdList(const QString& fileName)
{
    // A county's list holds 200,000 households: they are read and written on a worker thread, on
    // its own connection, with the progress shown; the window stays usable.
    if (m_listExport->isRunning()) {
        statusBar()->showMessage(tr("The household list is still being exported."), 8000);
        return;
    }
    const QString path = ViewCsv::askPath(this, fileName);
    if (path.isEmpty())
        return;
    HouseholdListCsv::Request request;
    request.databasePath = m_db.path();
    HouseholdListPage* list = listPage();
    request.filter = list->model()->filter();
    request.sortColumn = list->model()->sortColumn();
    request.sortOrder = list->model()->sortOrder();
    request.columns = ViewCsv::visibleColumns(*list->view());
    request.headings = ViewCsv::headings(*list->view());
    request.path = path;
    m_listExport->setProperty("path", path);
    statusBar()->showMessage(tr("Exporting the household list…"));
    m_listExport->setFuture(QtConcurrent::run(BackgroundPool::instance(), &HouseholdListCsv::write, request));
}

MainWindow::~MainWindow()
{
    // The export's worker reads through its own connection: it stops at its next chunk, writing
    // nothing, and ends before the window goes.
    m_listExport->cancel();
    m_listExport->waitForFinished();
}

Session MainWindow::session() const
{
    const qint64 changes = m_db.totalChanges();
    if (m_session && changes >= 0 && changes == m_sessionChanges)
        return *m_session;
    m_session = readSession();
    m_sessionChanges = changes;
    // Forgotten at the next turn of the event loop: what a sync or another window changes reaches
    // the window as an event, and is read then.
    if (!m_sessionForgetPosted) {
        m_sessionForgetPosted = true;
        QMetaObject::invokeMethod(
            const_cast<MainWindow*>(this),
            [this] {
                m_session.reset();
                m_sessionForgetPosted = false;
            },
            Qt::QueuedConnection);
    }
    return *m_session;
}

Session MainWindow::readSession() const
{
    const DeviceSync device(m_db);
    if (device.hasCounty())
        return device.session();
    // Never enrolled: the demo profile (or a data file opened with --database to try something),
    // as the role chosen to try it in (File → Try the demo as…, or --demo-role).
    const Role role = demoRole(m_db);
    const QString name = role == Role::Supervisor ? tr("Demo station supervisor")
                         : role == Role::County   ? tr("Demo county staff")
                                                  : tr("Demo caseworker");
    return Session(Actor{QStringLiteral("demo"), name, role, {}});
}

Role MainWindow::demoRole(Database& db)
{
    return roleFromName(db.meta(QStringLiteral("demo_role"))).value_or(Role::Caseworker);
}

bool MainWindow::setDemoRole(Database& db, Role role)
{
    return db.setMeta(QStringLiteral("demo_role"), roleName(role));
}

void MainWindow::tryDemoAs(Role role)
{
    if (role == demoRole(m_db) || !setDemoRole(m_db, role))
        return;
    // Every page was made for the role it was opened in: the demo opens again in the new one.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")})) {
        QMessageBox::information(this, tr("Try the demo as…"),
                                 tr("Open Fieldfile again to try the demo as %1.").arg(roleLabel(role)));
        return;
    }
    close();
}

void MainWindow::setProfile(const QString& folder, bool demo, LockController* lock)
{
    m_profileFolder = folder;
    m_demo = demo;
    if (lock) {
        connect(m_lockAction, &QAction::triggered, lock, &LockController::lockNow);
        m_lockAction->setVisible(true);
        // A sync running when the lock comes finishes before the keys are wiped: queued, so that
        // what its end reads (the list, the status bar) is read first.
        lock->setBackgroundWork([this] {
            return m_sync->isBusy() || (m_dashboard && m_dashboard->isBusy()) || m_listExport->isRunning() ||
                   m_tasks->isBusy() || ProgressTask::running() > 0;
        });
        connect(m_sync, &SyncController::finished, lock, &LockController::backgroundWorkEnded,
                Qt::QueuedConnection);
        m_lock = lock;
        if (m_dashboard)
            connect(m_dashboard, &DashboardView::countEnded, lock, &LockController::backgroundWorkEnded,
                    Qt::QueuedConnection);
        // The export reads on a connection of its own: the lock waits for it to end (and close).
        connect(m_listExport, &QFutureWatcherBase::finished, lock, &LockController::backgroundWorkEnded,
                Qt::QueuedConnection);
        // So do My tasks' workers, cancelled by the lock (setLocked).
        connect(m_tasks, &TaskListPage::workEnded, lock, &LockController::backgroundWorkEnded,
                Qt::QueuedConnection);
        // And a printed report's count (ProgressTask), stopped by the lock (setLocked).
        connect(ProgressTask::notifier(), &ProgressTask::ended, lock, &LockController::backgroundWorkEnded,
                Qt::QueuedConnection);
        connect(lock, &LockController::lockedChanged, this, &MainWindow::setLocked);
        connect(lock, &LockController::wipingKeys, m_sync, &SyncController::releaseMemory);
    }
    m_passwordAction->setVisible(!demo && !folder.isEmpty());
    m_demoRoleMenu->menuAction()->setVisible(demo);
    retranslate();
    updateActions();
    // After the window's first paint, not before it: reading every household's notes text takes
    // a moment of a start with a large caseload, and nothing on the first screen needs it.
    if (isVisible())
        settleArrivals();
    else
        m_settleAfterPaint = true;
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_geometryRestored && m_placedGeometry.isEmpty())
        m_placedGeometry = saveGeometry();
    if (event->type() == QEvent::Paint && m_settleAfterPaint) {
        m_settleAfterPaint = false;
        QMetaObject::invokeMethod(this, &MainWindow::settleArrivals, Qt::QueuedConnection);
    }
    if (event->type() == QEvent::Paint && !m_connectionChecked) {
        // A second after the first paint: checking loads Qt Network with the module (some 16 ms
        // on the GUI thread), which should not hold up what the window does right after it is
        // shown (the rest of its first paint, My tasks, the user's first click).
        m_connectionChecked = true;
        QTimer::singleShot(1000, m_sync, &SyncController::checkConnection);
    }
    return QMainWindow::event(event);
}

void MainWindow::settleArrivals()
{
    const Session who = session();
    if (!who.hasActor())
        return;
    int adopted = 0;
    int moved = 0;
    if (Status s = CaseNoteRepository(m_db, who).adoptHouseholdNotes(&adopted); !s)
        qWarning("%s", qPrintable(s.error().message + QLatin1Char(' ') + s.error().detail));
    if (Status s = HouseholdMerge(m_db, who).followMerges(&moved); !s)
        qWarning("%s", qPrintable(s.error().message + QLatin1Char(' ') + s.error().detail));
    if (adopted > 0 || moved > 0)
        refreshList(currentHouseholdId());
}

void MainWindow::findInNotes()
{
    NoteSearchDialog dialog(m_db, this);
    connect(&dialog, &NoteSearchDialog::openRequested, this,
            [this, &dialog](const QString& householdId, const QString& noteId) {
                const QString words = dialog.searchEdit()->text();
                openHouseholdWith(householdId, [noteId, words](HouseholdDialog& file) {
                    file.showRecordsOf(QStringLiteral("case_note"));
                    if (auto* notes = file.findChild<CaseNotesTab*>())
                        notes->showNote(noteId, words);
                });
            });
    dialog.exec();
}

void MainWindow::setLocked(bool locked)
{
    if (locked) {
        // Before the keys go: a search typed just before the lock runs now, not into a locked file.
        if (m_list)
            m_list->applyPendingSearch();
        m_sync->setPaused(true);
        m_tasks->setLocked(true);
        // A printed report being counted stops too: nothing it would open may show over the lock.
        ProgressTask::stopAll();
        return;
    }
    m_sync->setPaused(false);
    m_tasks->setLocked(false);
    // Read again: anything the view asked for while locked got no rows.
    refreshList(currentHouseholdId());
    m_syncStatus->refresh();
    updateActions();
    // What was kept to be said, once the lock's window has gone.
    if (!m_afterUnlock.isEmpty())
        QTimer::singleShot(0, this, [this] {
            const auto notes = std::exchange(m_afterUnlock, {});
            for (const auto& [title, text] : notes)
                tellOnceUnlocked(title, text);
        });
}

void MainWindow::tellOnceUnlocked(const QString& title, const QString& text)
{
    if (m_lock && m_lock->isLocked()) {
        m_afterUnlock.append({title, text});
        return;
    }
    QMessageBox::information(this, title, text);
}

void MainWindow::changePassword()
{
    ProfileKeyFile keyFile;
    const int minLength = ProfileKeyFile::read(ProfileDirectory::keyFilePath(m_profileFolder), &keyFile)
                              ? keyFile.policy().minPasswordLength
                              : ProfilePolicy::kDefaultMinPasswordLength;
    NewPasswordDialog dialog(
        minLength,
        tr("The password protects everything Fieldfile keeps on this laptop. Changing it "
           "takes a moment; your data stay as they are."),
        this, true);
    dialog.setWindowTitle(tr("Change password"));
    while (dialog.exec() == QDialog::Accepted) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status s =
            ProfileOpener::changePassword(m_profileFolder, dialog.currentPassword(), dialog.password());
        QApplication::restoreOverrideCursor();
        if (s) {
            statusBar()->showMessage(tr("Your password has been changed."), 8000);
            return;
        }
        dialog.showError(s.error().message);
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Fieldfile — household files"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New household…"));
    m_newAction->setToolTip(tr("Start the file of a household not yet in the caseload (Ctrl+N)"));
    m_openAction->setText(tr("&Open household file"));
    m_openAction->setToolTip(tr("Open the selected household's file (Enter or double-click)"));
    m_historyAction->setText(tr("History of changes"));
    m_findNotesAction->setText(tr("Find &in case notes…"));
    m_findNotesAction->setToolTip(
        tr("Finds the case notes of every household that hold some words (Ctrl+Shift+F)"));
    m_assignAction->setText(tr("&Assign to caseworker…"));
    m_historyAction->setToolTip(tr("Who changed what in the selected household, and when (Ctrl+H)"));
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setToolTip(tr("Hide every window until your password is typed (Ctrl+L)"));
    m_passwordAction->setText(tr("Change &password…"));
    m_demoRoleMenu->setTitle(tr("Try the demo &as"));
    for (QAction* action : m_demoRoleMenu->actions()) {
        if (const std::optional<Role> role = roleFromName(action->data().toString()))
            action->setText(roleLabel(*role));
    }
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Fieldfile"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    {
        const Session who = session();
        QString text =
            m_demo ? tr("Demo as %1 — invented households, never sent to a county").arg(roleLabel(who.role()))
                   : tr("Signed in as %1 (%2)").arg(who.author(), roleLabel(who.role()));
        if (!m_demo && !who.actor().station.isEmpty())
            text += QStringLiteral(" · ") + who.actor().station;
        m_authorLabel->setText(text);
    }
    m_viewMenu->setTitle(tr("&View"));
    m_caseloadAction->setText(tr("&Caseload"));
    m_caseloadAction->setToolTip(tr("Every household of the caseload (Ctrl+1)"));
    m_dueVisitsAction->setText(tr("&Due visits"));
    m_dueVisitsAction->setToolTip(
        tr("Households whose visit is overdue or due soon, by village, to plan a day's route (Ctrl+2)"));
    m_tasksAction->setText(tr("My &tasks"));
    m_tasksAction->setToolTip(tr("Visits, follow-ups, plan actions, returned notes and decided status "
                                 "reviews, by village (Ctrl+T)"));
    m_workbenchAction->setText(tr("&Workbench"));
    m_workbenchAction->setToolTip(
        tr("The supervisor's workbench: notes to review and the station overview (Ctrl+3)"));
    m_stationAction->setText(tr("St&ation: volunteers and projects"));
    m_stationAction->setToolTip(
        tr("The station's volunteers and government-purchased service projects, with their hours (Ctrl+4)"));
    m_sessionAction->setText(tr("Record a &group session…"));
    m_sessionAction->setToolTip(tr("A group or community activity with several households, entered once"));
    m_syncMenu->setTitle(tr("&Sync"));
    m_syncAction->setText(tr("Sync &now"));
    m_syncAction->setToolTip(tr("Send what is unsent and receive what is new (F5)"));
    m_autoSync->retranslate();
    if (m_printMenu)
        m_printMenu->retranslate();
    m_exportAction->setText(tr("&Export sync package…"));
    m_exportAction->setToolTip(tr("Write the unsent changes to a file, e.g. on a USB stick, for the county"));
    m_receiptAction->setText(tr("Import &receipt…"));
    m_receiptAction->setToolTip(
        tr("Read the county's receipt for a package, so this laptop knows what arrived"));
    m_connectAction->setText(tr("&Connect to the county…"));
    m_conflictAction->setText(tr("&Resolve conflicts…"));
    if (m_mergeAction)
        m_mergeAction->setText(tr("&Merge a household filed twice…"));
    m_importFilesAction->setText(tr("Import packages from laptops…"));
    m_importFilesAction->setToolTip(
        tr("County staff: import .ffpkg files brought on USB sticks, with a report and a "
           "receipt for each"));
    m_conflictAction->setToolTip(tr("Choose between values two people entered for the same field"));
    m_dashboardAction->setText(tr("Da&shboard: charts and figures"));
    m_dashboardAction->setToolTip(tr("Services, visits on time, households by status and referrals, "
                                     "month by month, with the numbers behind each chart (Ctrl+5)"));
    m_exportListAction->setText(tr("E&xport list as CSV…"));
    m_exportListAction->setToolTip(
        tr("Save the list shown (the households as filtered, my tasks, due visits, "
           "the review queue) as a CSV file that spreadsheets open"));
}

void MainWindow::updateActions()
{
    const bool selected = !currentHouseholdId().isEmpty();
    m_openAction->setEnabled(selected);
    m_historyAction->setEnabled(selected);
    if (m_assignAction) {
        const Authority::Verdict may = Authority::mayEverChange(
            session().role(), *RecordTypes::find(QStringLiteral("household")), QStringLiteral("caseworker"));
        m_assignAction->setEnabled(selected && may.allowed());
        m_assignAction->setToolTip(
            may ? tr("Give the selected households to one of the station's caseworkers "
                     "(Ctrl+Shift+A); select several with Shift or Ctrl")
                : Authority::forPerson(may.refusal));
    }
    if (m_mergeAction) {
        const Authority::Verdict may = HouseholdMerge::mayMerge(session().role());
        m_mergeAction->setEnabled(selected && may.allowed());
        m_mergeAction->setToolTip(
            may ? tr("Merge a household filed twice into the selected one: its members, notes "
                     "and casework move into it")
                : Authority::forPerson(may.refusal));
    }
    m_conflictAction->setEnabled(selected &&
                                 ConflictReader(m_db).countForHousehold(currentHouseholdId()) > 0);
    const bool enrolled = m_sync->isEnrolled();
    m_syncAction->setEnabled(enrolled && !m_sync->isBusy());
    m_exportAction->setEnabled(enrolled && !m_sync->isBusy());
    m_receiptAction->setEnabled(enrolled);
    m_importFilesAction->setVisible(m_sync->role() == QStringLiteral("county"));
    m_importFilesAction->setEnabled(enrolled && !m_sync->isBusy());
    if (m_printMenu)
        m_printMenu->updateActions();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closingSync->holdsClose()) {
        event->ignore(); // closed again once the last sync is done
        return;
    }
    // Written only when changed: writing the settings file costs two flushes to the disk (its lock
    // file and the file itself), which would otherwise end every close, most with nothing new.
    QSettings settings;
    const auto keep = [&settings](const QString& key, const QByteArray& value) {
        if (settings.value(key).toByteArray() != value)
            settings.setValue(key, value);
    };
    // A window the settings did not place, and that was neither moved nor resized after the
    // desktop placed it, has nothing to remember: the next start places it the same way. (Most
    // people never move it, and their first close then writes nothing either.)
    const QByteArray geometry = saveGeometry();
    if (m_geometryRestored || (!m_placedGeometry.isEmpty() && geometry != m_placedGeometry))
        keep(QStringLiteral("mainWindow/geometry"), geometry);
    if (m_list) // else the columns restored are those kept
        keep(QStringLiteral("mainWindow/householdColumns"), m_list->saveHeaderState());
    QMainWindow::closeEvent(event);
}

void MainWindow::newHousehold() { openHousehold({}); }

void MainWindow::openHousehold(const QString& householdId) { openHouseholdAt(householdId, {}); }

void MainWindow::openHouseholdAt(const QString& householdId, const QString& recordType)
{
    openHouseholdWith(householdId, [recordType](HouseholdDialog& dialog) {
        if (!recordType.isEmpty())
            dialog.showRecordsOf(recordType);
    });
}

void MainWindow::openHouseholdWith(const QString& householdId,
                                   const std::function<void(HouseholdDialog&)>& prepare)
{
    // Who looked at which file reaches the county with the next sync. Not being able to note it
    // (a full disk) does not keep the caseworker from the file.
    if (Status s = FileOpenRepository(m_db, session()).record(householdId); !s)
        qWarning("%s", qPrintable(s.error().message + QLatin1Char(' ') + s.error().detail));
    HouseholdDialog dialog(m_db, session(), householdId, this);
    prepare(dialog);
    const bool saved = dialog.exec() == QDialog::Accepted;
    // Visits, plans and service logs are saved from the file's tabs even when it is closed with
    // Cancel, so the list, the due visits and the outbox are refreshed either way.
    refreshList(saved ? dialog.householdId() : currentHouseholdId());
    // Later, not now: the file may have been opened from an item of the due-visits tree, which a
    // refresh deletes while its activation is still being delivered.
    if (m_dueVisits && m_pages->currentWidget() == m_dueVisits)
        QMetaObject::invokeMethod(m_dueVisits, &DueVisitsPage::refresh, Qt::QueuedConnection);
    if (m_pages->currentWidget() == m_tasks)
        QMetaObject::invokeMethod(m_tasks, &TaskListPage::refresh, Qt::QueuedConnection);
    if (m_pages->currentWidget() == m_workbench)
        QMetaObject::invokeMethod(m_workbench, &WorkbenchPage::refresh, Qt::QueuedConnection);
    m_syncStatus->refresh();
}

void MainWindow::showDueVisits(bool show)
{
    m_pages->setCurrentWidget(show ? static_cast<QWidget*>(dueVisitsPage()) : listPage());
    (show ? m_dueVisitsAction : m_caseloadAction)->setChecked(true);
    updateActions();
}

void MainWindow::showTasks()
{
    m_pages->setCurrentWidget(m_tasks);
    m_tasksAction->setChecked(true);
    updateActions();
}

void MainWindow::showWorkbench()
{
    m_pages->setCurrentWidget(workbenchPage());
    m_workbenchAction->setChecked(true);
    updateActions();
}

void MainWindow::recordGroupSession()
{
    ServiceSession session;
    session.method = QStringLiteral("group");
    session.servedOn = this->session().today();
    ServiceSessionDialog dialog(m_db, this->session(), session, this);
    if (dialog.exec() == QDialog::Accepted)
        m_syncStatus->refresh();
}

void MainWindow::openCurrent()
{
    const QString id = currentHouseholdId();
    if (!id.isEmpty())
        openHousehold(id);
}

void MainWindow::showCurrentHistory()
{
    const QString id = currentHouseholdId();
    if (id.isEmpty())
        return;
    const QModelIndex current = m_list->view()->currentIndex();
    const QString title = m_list->model()->index(current.row(), 0).data().toString() + QLatin1Char(' ') +
                          m_list->model()->index(current.row(), 1).data().toString();
    HistoryDialog dialog(m_db, id, title, this);
    dialog.exec();
}

void MainWindow::connectToCounty()
{
    // The demo caseload is invented: it never reaches a county (the county refuses it too).
    if (m_demo || DeviceSync(m_db).isDemo()) {
        QMessageBox::information(
            this, tr("This is the demo"),
            tr("The demo holds invented households and is never connected to a county.\n\nFor real "
               "work, quit Fieldfile and start it again: the start window offers \"Connect another "
               "person…\", which makes your own profile protected by your password."));
        return;
    }
    ConnectDialog dialog(m_connectAttempt ? m_connectAttempt->server : DeviceSync(m_db).serverUrl(), this);
    if (m_connectAttempt)
        dialog.setAttempt(m_connectAttempt->code, m_connectAttempt->fingerprint);
    m_connectAttempt.reset();
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastConnect = {dialog.server(), dialog.code(), dialog.fingerprint()};
    m_sync->enroll(QUrl::fromUserInput(dialog.server()), dialog.code(), dialog.fingerprint());
}

void MainWindow::exportPackage()
{
    // Whose package and from when, as the county reads it on the stick; numbered, not overwritten.
    const QString suggested = PackageFileName::suggest(session().author(), session().today(), QDir::home());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export sync package"), suggested,
                                                      tr("Fieldfile sync packages (*.ffpkg)"));
    if (path.isEmpty())
        return;
    m_lastExport = path;
    m_sync->exportPackage(path);
}

void MainWindow::importReceipt()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import receipt"), QDir::homePath(),
                                                      tr("Fieldfile receipts (*.ffrct)"));
    if (path.isEmpty())
        return;
    int acknowledged = 0;
    if (Status s = m_sync->importReceipt(path, &acknowledged); !s) {
        QMessageBox::warning(this, tr("Import receipt"), s.error().message);
        return;
    }
    QMessageBox::information(this, tr("Import receipt"),
                             tr("The county received %n change(s) from this laptop.", nullptr, acknowledged));
}

void MainWindow::resolveConflicts()
{
    const QString id = currentHouseholdId();
    if (id.isEmpty())
        return;
    ConflictDialog dialog(m_db, session(), id, this);
    dialog.exec();
    refreshList(id);
    m_syncStatus->refresh();
}

void MainWindow::importPackages(const QStringList& chosen)
{
    const QStringList files =
        chosen.isEmpty()
            ? QFileDialog::getOpenFileNames(this, tr("Import packages from laptops"), QDir::homePath(),
                                            tr("Fieldfile sync packages (*.ffpkg)"))
            : chosen;
    if (files.isEmpty())
        return;
    auto* report = new ImportReportDialog(this);
    report->setAttribute(Qt::WA_DeleteOnClose);
    // This report belongs to this import only: it stops listening when the import is over.
    const auto lines = connect(m_sync, &SyncController::fileImported, report, &ImportReportDialog::addLine);
    const auto steps =
        connect(m_sync, &SyncController::progress, report,
                [report](const QString&, int done, int total) { report->setProgress(done, total); });
    auto done = std::make_shared<QMetaObject::Connection>();
    *done = connect(m_sync, &SyncController::finished, report,
                    [this, report, lines, steps, done](const Status& s, const QString& what) {
                        if (what != QStringLiteral("import"))
                            return;
                        report->setDone(s.isOk() ? QString() : s.error().message);
                        disconnect(lines);
                        disconnect(steps);
                        disconnect(*done);
                    });
    report->show();
    m_sync->importFiles(files);
}

} // namespace ff
