// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace ff {

class Database;
class MainWindow;

/// The main window's printing: File → Print household file… and Save household file as PDF…
/// for the selected household, and for supervisors and county staff the Reports menu (the monthly
/// station report, the county summary), each printed through the system's print dialog or saved
/// as PDF. The printing itself is PrintJobs', loaded with Qt PrintSupport when an action is first
/// chosen (OnDemandParts).
class PrintMenu : public QObject
{
    Q_OBJECT

public:
    /// Puts the household file's actions into `fileMenu` before `before`, and the Reports menu
    /// into the window's menu bar before `menuBefore`.
    PrintMenu(Database& db, MainWindow& window, QMenu* fileMenu, QAction* before, QAction* menuBefore);

    void retranslate();
    /// Enables the household file's actions when a household is selected; shows the reports to
    /// supervisors and county staff.
    void updateActions();

private:
    void printHousehold(bool pdf);
    void printReport(bool county);

    Database& m_db;
    MainWindow& m_window;
    QAction* m_printHouseholdAction;
    QAction* m_saveHouseholdAction;
    QMenu* m_reportsMenu;
    QAction* m_stationReportAction;
    QAction* m_countySummaryAction;
};

} // namespace ff
