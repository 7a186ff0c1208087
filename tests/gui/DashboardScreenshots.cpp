// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/DashboardScreenshots.h"

#include "core/db/Database.h"
#include "core/indicators/Indicators.h"
#include "core/model/CodeList.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/main/MainWindow.h"
#include "ui/supervision/OverviewListDialog.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QScrollArea>
#include <QTableWidget>
#include <QThread>

namespace ff::shots {

namespace {
bool counted(DashboardPage& page)
{
    QDeadlineTimer deadline(120000);
    QApplication::processEvents();
    while (page.isBusy() && !deadline.hasExpired()) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    QApplication::processEvents();
    return !page.isBusy() && page.figures().report.has_value();
}
} // namespace

bool takeDashboardScreenshots(Database& station, Database& county, const QDir& out, const QString& language,
                              const Save& save)
{
    {
        MainWindow bench(station);
        bench.resize(1366, 768);
        bench.show();
        bench.dashboardAction()->trigger();
        auto* page = static_cast<DashboardPage*>(bench.dashboardPage());
        if (!counted(*page))
            return false;
        save(&bench, out.filePath(QStringLiteral("dashboard-station-%1.png").arg(language)));
        // The services of resource linking last month: the list behind the top of the last bar.
        QStringList cells;
        for (const QString& method : CodeList::serviceMethods().codes())
            cells << method + QStringLiteral("/resource_linking");
        const auto list =
            page->listDialog(QStringLiteral("services.sessions"), cells, page->period(),
                             Indicators::name(QStringLiteral("services.sessions")) + QStringLiteral(" · ") +
                                 CodeList::serviceCategories().label(QStringLiteral("resource_linking")));
        list->show();
        save(list.get(), out.filePath(QStringLiteral("dashboard-list-%1.png").arg(language)));
        list->hide();
        // Scrolled down: the coverage and the referral funnel.
        if (auto* area = page->findChild<QScrollArea*>(QStringLiteral("dashboardScrollArea")))
            area->ensureWidgetVisible(page->referralsPanel(), 0, 0);
        save(&bench, out.filePath(QStringLiteral("dashboard-station-lower-%1.png").arg(language)));
        bench.hide();
    }
    const Role was = MainWindow::demoRole(county);
    if (!MainWindow::setDemoRole(county, Role::County))
        return false;
    bool ok = false;
    {
        MainWindow office(county);
        office.resize(1366, 768);
        office.show();
        office.dashboardAction()->trigger();
        if ((ok = counted(*static_cast<DashboardPage*>(office.dashboardPage()))))
            save(&office, out.filePath(QStringLiteral("dashboard-county-%1.png").arg(language)));
        office.hide();
    }
    return MainWindow::setDemoRole(county, was) && ok;
}

} // namespace ff::shots
