// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/PrintMenu.h"

#include "ui/main/MainWindow.h"
#include "ui/main/OnDemandParts.h"

#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace ff {

PrintMenu::PrintMenu(Database& db, MainWindow& window, QMenu* fileMenu, QAction* before, QAction* menuBefore)
    : QObject(&window), m_db(db), m_window(window), m_printHouseholdAction(new QAction(this)),
      m_saveHouseholdAction(new QAction(this)), m_reportsMenu(new QMenu(&window)),
      m_stationReportAction(new QAction(this)), m_countySummaryAction(new QAction(this))
{
    m_printHouseholdAction->setObjectName(QStringLiteral("printHouseholdAction"));
    m_printHouseholdAction->setShortcut(QKeySequence::Print);
    m_saveHouseholdAction->setObjectName(QStringLiteral("saveHouseholdPdfAction"));
    m_reportsMenu->setObjectName(QStringLiteral("reportsMenu"));
    m_stationReportAction->setObjectName(QStringLiteral("stationReportAction"));
    m_countySummaryAction->setObjectName(QStringLiteral("countySummaryAction"));
    fileMenu->insertAction(before, m_printHouseholdAction);
    fileMenu->insertAction(before, m_saveHouseholdAction);
    fileMenu->insertSeparator(before);
    m_reportsMenu->addAction(m_stationReportAction);
    m_reportsMenu->addAction(m_countySummaryAction);
    window.menuBar()->insertMenu(menuBefore, m_reportsMenu);
    connect(m_printHouseholdAction, &QAction::triggered, this, [this] { printHousehold(false); });
    connect(m_saveHouseholdAction, &QAction::triggered, this, [this] { printHousehold(true); });
    connect(m_stationReportAction, &QAction::triggered, this, [this] { printReport(false); });
    connect(m_countySummaryAction, &QAction::triggered, this, [this] { printReport(true); });
    connect(&window, &MainWindow::householdSelectionChanged, this, &PrintMenu::updateActions);
    retranslate();
    updateActions();
}

void PrintMenu::retranslate()
{
    m_printHouseholdAction->setText(tr("&Print household file…"));
    m_printHouseholdAction->setToolTip(
        tr("Print the selected household's file with every tab's records, to be signed at a visit"));
    m_saveHouseholdAction->setText(tr("Save household file as P&DF…"));
    m_reportsMenu->setTitle(tr("&Reports"));
    m_stationReportAction->setText(tr("&Monthly station report…"));
    m_countySummaryAction->setText(tr("&County summary…"));
}

void PrintMenu::updateActions()
{
    const bool selected = !m_window.currentHouseholdId().isEmpty();
    m_printHouseholdAction->setEnabled(selected);
    m_saveHouseholdAction->setEnabled(selected);
    const Role role = m_window.session().role();
    m_reportsMenu->menuAction()->setVisible(role == Role::Supervisor || role == Role::County);
    m_countySummaryAction->setVisible(role == Role::County);
}

void PrintMenu::printHousehold(bool pdf)
{
    QString error;
    if (OnDemandParts* parts = OnDemandParts::get(&error))
        parts->printHousehold(m_db, m_window, pdf);
    else
        QMessageBox::warning(&m_window, tr("Print household file"), error);
}

void PrintMenu::printReport(bool county)
{
    QString error;
    if (OnDemandParts* parts = OnDemandParts::get(&error))
        parts->printReport(m_db, m_window, county);
    else
        QMessageBox::warning(&m_window, county ? tr("County summary") : tr("Monthly station report"), error);
}

} // namespace ff
