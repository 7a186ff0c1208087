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
class PrintedDocument;

/// The main window's printing: File → Print household file… and Save household file as PDF…
/// for the selected household, and for supervisors and county staff the Reports menu (the monthly
/// station report, the county summary), each printed through the system's print dialog or saved
/// as PDF. A report is counted on a worker thread with its own connection while a progress dialog
/// shows how far it is.
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

    /// Prints `document` through the print dialog, or saves it as PDF where the user chooses
    /// (`suggestedName` without its folder). Says what went wrong, if anything.
    static void output(QWidget* parent, const PrintedDocument& document, bool pdf,
                       const QString& suggestedName);

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
