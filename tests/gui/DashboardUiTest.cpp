// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard and the CSV exports, driven offscreen on the hand-built county of the indicator
// tests (tests/core/IndicatorsFixture.h), whose every number is known: the tables show core's
// numbers for the scope and period chosen, a click on a bar or a number lists exactly the
// households behind it, a chart saves as a picture, and every CSV file read back holds what the
// screen shows.
#include "tests/core/IndicatorsFixture.h"
#include "tests/gui/FindChild.h"
#include "tests/gui/TaskListWait.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/demo/DemoGenerator.h"
#include "core/indicators/CsvWriter.h"
#include "core/indicators/IndicatorReport.h"
#include "core/model/CodeList.h"
#include "core/sync/DeviceSync.h"
#include "ui/casework/DueVisitsPage.h"
#include "ui/casework/TaskListPage.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/exports/HouseholdListCsv.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdListPage.h"
#include "ui/main/MainWindow.h"
#include "ui/supervision/OverviewListDialog.h"
#include "ui/supervision/ReviewQueuePage.h"
#include "ui/supervision/WorkbenchPage.h"
#include "ui/widgets/SaveFileDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QJsonObject>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace ff;
using namespace ff::test;

namespace {
void enroll(Database& db, const QString& user, const char* role, const QString& station)
{
    const auto key = QByteArray(32, 'k');
    REQUIRE(DeviceSync(db).setCounty(QStringLiteral("371321"), key, key, QStringLiteral("https://county"),
                                     user, QString::fromLatin1(role), {},
                                     QJsonObject{{QStringLiteral("station"), station}}));
}

/// Turns the event loop until the dashboard has counted what is chosen.
void waitCounted(DashboardPage& page)
{
    QDeadlineTimer deadline(20000);
    QCoreApplication::processEvents();
    while (page.isBusy() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(5);
    }
    QCoreApplication::processEvents();
    REQUIRE_FALSE(page.isBusy());
    REQUIRE(page.figures().report.has_value());
}

/// A table of the dashboard holds, row by row, the figures core counts for the scope and period.
void checkTable(ChartPanel* panel, const IndicatorReport& expected,
                const std::function<bool(const IndicatorReport::Row&)>& keep)
{
    const IndicatorReport want = expected.filtered(keep);
    QTableWidget* table = panel->table();
    REQUIRE(table->rowCount() == want.rows().size());
    const auto shown = [](const std::optional<double>& v) {
        return v ? IndicatorReport::formatValue(v) : ChartPanel::unknownText();
    };
    for (int i = 0; i < table->rowCount(); ++i) {
        const IndicatorReport::Row& r = want.rows().at(i);
        INFO(r.indicator.toStdString() + " " + r.breakdown.toStdString());
        CHECK(table->item(i, 0)->text().trimmed() == (r.breakdown.isEmpty() ? r.name : r.breakdownLabel));
        CHECK(table->item(i, 1)->text() == shown(r.current));
        CHECK(table->item(i, 2)->text() == shown(r.previous));
    }
}

bool isServices(const IndicatorReport::Row& r) { return r.indicator == QLatin1String("services.sessions"); }
bool isReferrals(const IndicatorReport::Row& r)
{
    return r.indicator.startsWith(QLatin1String("referrals."));
}
bool isCoverage(const IndicatorReport::Row& r)
{
    return r.indicator == QLatin1String("households.on_file") &&
           (r.breakdown.isEmpty() || r.breakdown.startsWith(QLatin1String("status:")));
}
bool isVisits(const IndicatorReport::Row& r)
{
    return r.indicator.startsWith(QLatin1String("visits.")) ||
           r.indicator.startsWith(QLatin1String("guardianship."));
}

/// Runs `inspect` on the list dialog a click opens (modal), then closes it.
void onNextList(const std::function<void(OverviewListDialog&)>& inspect, bool* seen)
{
    *seen = false;
    QTimer::singleShot(0, [inspect, seen] {
        auto* dialog = qobject_cast<OverviewListDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *seen = true;
        inspect(*dialog);
        dialog->reject();
    });
}

QStringList column(const OverviewListDialog& dialog, int c)
{
    QStringList out;
    for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i)
        out << dialog.tree()->topLevelItem(i)->text(c);
    return out;
}

/// Clicks with the mouse at the middle of a bar of a chart.
void clickBar(QChartView* view, QAbstractSeries* series, QPointF middle)
{
    // As on a screen: the chart is drawn (its bars laid out) before it is clicked.
    (void)view->grab();
    const QPointF scene = view->chart()->mapToScene(view->chart()->mapToPosition(middle, series));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scene));
}

QList<QStringList> parsed(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    REQUIRE(data.startsWith(CsvWriter::byteOrderMark()));
    return CsvWriter::parse(data);
}
} // namespace

TEST_CASE("The dashboard shows core's figures for the scope and period chosen, beside the previous period's",
          "[gui][dashboard]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    enroll(t.db(), QStringLiteral("县民政局张"), "county", {});

    MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    window.dashboardAction()->trigger();
    auto* page = static_cast<DashboardPage*>(window.dashboardPage());
    REQUIRE(page->isVisible());
    waitCounted(*page);
    // County staff choose the county, each township and each station.
    CHECK(page->scopeBox()->findData(QStringLiteral("county")) >= 0);
    CHECK(page->scopeBox()->findData(QStringLiteral("township:城关镇")) >= 0);
    CHECK(page->scopeBox()->findData(QStringLiteral("station:") + kHillStation) >= 0);

    REQUIRE(page->selectPeriod(QStringLiteral("2026-11")));
    REQUIRE(page->selectScope(QStringLiteral("station:") + kCityStation));
    CHECK(page->busyIndicator()->isVisible());
    waitCounted(*page);
    CHECK_FALSE(page->busyIndicator()->isVisible());
    const ReportPeriod nov = ReportPeriod::month(2026, 11);
    {
        const IndicatorReport city =
            IndicatorReport::compute(t.db(), IndicatorScope::station(kCityStation), nov);
        checkTable(page->servicesPanel(), city, isServices);
        checkTable(page->visitsPanel(), city, isVisits);
        checkTable(page->coveragePanel(), city, isCoverage);
        checkTable(page->referralsPanel(), city, isReferrals);
        // The station's November: S1, S2 and S3; R2 and R4 sent (R3 is the other station's).
        CHECK(page->servicesPanel()->table()->item(0, 1)->text() == QStringLiteral("3"));
        CHECK(page->referralsPanel()->table()->item(0, 1)->text() == QStringLiteral("2"));
    }

    // The county, a quarter: every table follows.
    REQUIRE(page->selectScope(QStringLiteral("county")));
    REQUIRE(page->selectPeriod(QStringLiteral("2026-Q4")));
    waitCounted(*page);
    {
        const IndicatorReport county =
            IndicatorReport::compute(t.db(), IndicatorScope::county(), ReportPeriod::quarter(2026, 4));
        checkTable(page->servicesPanel(), county, isServices);
        checkTable(page->visitsPanel(), county, isVisits);
        checkTable(page->coveragePanel(), county, isCoverage);
        checkTable(page->referralsPanel(), county, isReferrals);
    }
    // The stacked bars of the last month add up to core's figure for that month.
    auto* services =
        qobject_cast<QStackedBarSeries*>(page->servicesPanel()->chartView()->chart()->series().at(0));
    REQUIRE(services);
    REQUIRE(page->figures().months.size() == 6);
    CHECK(page->figures().months.last() == QStringLiteral("2026-12"));
    double november = 0;
    for (QBarSet* set : services->barSets())
        november += set->at(4);
    CHECK(november == 3); // S1, S2, S3
    // Group work only: S2.
    page->serviceMethodBox()->setCurrentIndex(page->serviceMethodBox()->findData(QStringLiteral("group")));
    services = qobject_cast<QStackedBarSeries*>(page->servicesPanel()->chartView()->chart()->series().at(0));
    november = 0;
    for (QBarSet* set : services->barSets())
        november += set->at(4);
    CHECK(november == 1);
}

TEST_CASE("The charts over time come before the period's report, which takes longest", "[gui][dashboard]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    QFuture<DashboardFigures> future = QtConcurrent::run(
        &DashboardFigures::count, t.db().path(), IndicatorScope::county(), ReportPeriod::quarter(2026, 4), 6);
    future.waitForFinished();
    REQUIRE(future.resultCount() == 2);
    const DashboardFigures months = future.resultAt(0);
    const DashboardFigures all = future.resultAt(1);
    CHECK(months.error.isEmpty());
    CHECK_FALSE(months.report.has_value()); // drawn while the report is counted
    REQUIRE(all.report.has_value());
    CHECK(months.months == all.months);
    REQUIRE(months.months.size() == 6);
    CHECK(months.months.last() == QStringLiteral("2026-12"));
    CHECK(months.monthlyValue(4, QStringLiteral("services.sessions")) == 3); // November: S1, S2, S3
    // A file that does not open (its folder is a file): one result, saying why.
    QTemporaryFile notAFolder;
    REQUIRE(notAFolder.open());
    QFuture<DashboardFigures> missing =
        QtConcurrent::run(&DashboardFigures::count, notAFolder.fileName() + QStringLiteral("/f.db"),
                          IndicatorScope::county(), ReportPeriod::quarter(2026, 4), 6);
    missing.waitForFinished();
    REQUIRE(missing.resultCount() == 1);
    CHECK_FALSE(missing.resultAt(0).error.isEmpty());
    CHECK_FALSE(missing.resultAt(0).report.has_value());
}

TEST_CASE("A click on a bar or a number lists the households behind it, and Enter opens one",
          "[gui][dashboard]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    const Session county(Actor{QStringLiteral("县民政局张"), QStringLiteral("县民政局张"), Role::County, {}},
                         w.clock);
    DashboardPage page(t.db(), county);
    page.resize(1366, 700);
    page.show();
    REQUIRE(page.selectPeriod(QStringLiteral("2026-11")));
    REQUIRE(page.selectScope(QStringLiteral("county")));
    waitCounted(page);
    QSignalSpy opened(&page, &DashboardPage::openRequested);

    // The services bar of November (the last of six months), its resource-linking part: S3 only
    // (social integration S2 from 0 to 1, counselling S1 from 1 to 2, resource linking above).
    bool seen = false;
    QChartView* view = page.servicesPanel()->chartView();
    onNextList(
        [&](OverviewListDialog& list) {
            REQUIRE(list.tree()->topLevelItemCount() == 1);
            CHECK(list.tree()->topLevelItem(0)->text(0) == QStringLiteral("371321-H3"));
        },
        &seen);
    clickBar(view, view->chart()->series().at(0), QPointF(5, 2.5));
    CHECK(seen);
    // A point of the visits line, November's 50 %: its planned visits, V1 to V4, done or not.
    // (The line's own signal: offscreen, a synthesized click misses the thin line.)
    auto* line = qobject_cast<QLineSeries*>(page.visitsPanel()->chartView()->chart()->series().at(0));
    REQUIRE(line);
    onNextList([&](OverviewListDialog& list) { CHECK(list.tree()->topLevelItemCount() == 4); }, &seen);
    emit line->clicked(QPointF(5, 50));
    CHECK(seen);

    // The coverage bar of 低保 (dibao): H1 and H4, clicked with the mouse.
    view = page.coveragePanel()->chartView();
    auto* bars = qobject_cast<QHorizontalBarSeries*>(view->chart()->series().at(0));
    REQUIRE(bars);
    const QStringList statuses = CodeList::assistanceStatus().codes();
    const qsizetype dibao = statuses.size() - 1 - statuses.indexOf(QStringLiteral("dibao")); // bottom up
    REQUIRE(bars->barSets().at(0)->at(int(dibao)) == 2);
    onNextList(
        [&](OverviewListDialog& list) {
            CHECK(list.tree()->topLevelItemCount() == 2);
            CHECK(column(list, 0) == QStringList{QStringLiteral("371321-H1"), QStringLiteral("371321-H4")});
            // Enter on the current line asks for the household's file.
            list.tree()->setFocus();
            QTest::keyClick(list.tree(), Qt::Key_Return);
        },
        &seen);
    QSignalSpy recounted(&page, &DashboardPage::countEnded);
    clickBar(view, bars, QPointF(1, qreal(dibao)));
    CHECK(seen);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == built.h1);
    // A file opened from the list may have changed what it counts: the page counts again (on a
    // worker, which may already have ended).
    CHECK((!recounted.isEmpty() || page.isBusy()));
    waitCounted(page);
    CHECK(recounted.size() == 1);

    // The referral funnel's "completed" bar of November: R1, R2, R4 — as many as the figure.
    view = page.referralsPanel()->chartView();
    QAbstractSeries* funnel = view->chart()->series().at(0);
    onNextList([&](OverviewListDialog& list) { CHECK(list.tree()->topLevelItemCount() == 3); }, &seen);
    clickBar(view, funnel, QPointF(2 - 0.2, 1.5)); // the first set (this period) is left of the middle
    CHECK(seen);

    // A number of a table: the group sessions of social integration in November, S2 once.
    QTableWidget* table = page.servicesPanel()->table();
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i)
        if (table->item(i, 0)->text().trimmed() ==
            CodeList::serviceMethods().label(QStringLiteral("group")) + QStringLiteral(" · ") +
                CodeList::serviceCategories().label(QStringLiteral("social_integration")))
            row = i;
    REQUIRE(row >= 0);
    REQUIRE(table->item(row, 1)->text() == QStringLiteral("1"));
    table->scrollToItem(table->item(row, 1));
    onNextList(
        [&](OverviewListDialog& list) {
            REQUIRE(list.tree()->topLevelItemCount() == 1);
            CHECK(list.tree()->topLevelItem(0)->text(4).contains(QStringLiteral("2026-11-10")));
        },
        &seen);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, 1)).center());
    CHECK(seen);
}

TEST_CASE("A chart saves as a PNG picture and every table of the dashboard as CSV", "[gui][dashboard][csv]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    const Session chief(
        Actor{QStringLiteral("周督导"), QStringLiteral("周督导"), Role::Supervisor, kCityStation});
    DashboardPage page(t.db(), chief);
    page.resize(1366, 700);
    page.show();
    // A supervisor chooses their station or one of its caseworkers, not another station.
    CHECK(page.scopeBox()->findData(QStringLiteral("station:") + kHillStation) < 0);
    CHECK(page.scopeBox()->findData(QStringLiteral("caseworker:") + kWang) >= 0);
    REQUIRE(page.selectPeriod(QStringLiteral("2026-11")));
    waitCounted(page);
    CHECK(page.scope() == IndicatorScope::station(kCityStation));

    QTemporaryDir dir;
    const QString picture = dir.filePath(QStringLiteral("services.png"));
    SaveFileDialog::setNextFileName(picture);
    page.servicesPanel()->savePictureButton()->click();
    const QImage image(picture);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 300);
    CHECK(image.height() >= 200);

    for (ChartPanel* panel :
         {page.servicesPanel(), page.visitsPanel(), page.coveragePanel(), page.referralsPanel()}) {
        INFO(panel->objectName().toStdString());
        const QString path = dir.filePath(panel->objectName() + QStringLiteral(".csv"));
        SaveFileDialog::setNextFileName(path);
        panel->exportButton()->click();
        const QList<QStringList> rows = parsed(path);
        QTableWidget* table = panel->table();
        REQUIRE(rows.size() == table->rowCount() + 1);
        for (int i = 0; i < table->rowCount(); ++i) {
            const QStringList& r = rows.at(i + 1);
            REQUIRE(r.size() == 6);
            // The figure's name (a total) or its breakdown, then this period and the one before.
            CHECK(table->item(i, 0)->text().trimmed() == (r.at(5).isEmpty() ? r.at(0) : r.at(1)));
            const auto cell = [&](int c) {
                const QString s = table->item(i, c)->text();
                return s == ChartPanel::unknownText() ? QString() : s;
            };
            CHECK(cell(1) == r.at(2));
            CHECK(cell(2) == r.at(3));
        }
    }
}

TEST_CASE("Export list as CSV writes the household list as filtered and every worklist as shown",
          "[gui][csv]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    enroll(t.db(), QStringLiteral("周督导"), "supervisor", kCityStation);
    MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    QTemporaryDir dir;

    const auto exportShown = [&](const QAbstractItemView* view, const QString& name) {
        const QString path = dir.filePath(name);
        SaveFileDialog::setNextFileName(path);
        QSignalSpy exported(&window, &MainWindow::listExported);
        window.exportListAction()->trigger();
        // The household list is written on a worker thread; a worklist at once.
        REQUIRE((exported.size() == 1 || exported.wait(20000)));
        CHECK(exported.at(0).at(0).toString() == path);
        const QList<QStringList> rows = parsed(path);
        const QAbstractItemModel* model = view->model();
        // What the screen shows: the headings and cells of the visible columns.
        QList<int> columns;
        const QHeaderView* header = qobject_cast<const QTableView*>(view)
                                        ? qobject_cast<const QTableView*>(view)->horizontalHeader()
                                        : qobject_cast<const QTreeView*>(view)->header();
        for (int v = 0; v < header->count(); ++v)
            if (!header->isSectionHidden(header->logicalIndex(v)))
                columns << header->logicalIndex(v);
        REQUIRE(rows.size() >= 1);
        QStringList headings;
        for (int c : columns)
            headings << model->headerData(c, Qt::Horizontal).toString();
        CHECK(rows.at(0) == headings);
        int shown = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            QStringList cells;
            for (int c : columns)
                cells << model->index(r, c).data().toString();
            REQUIRE(shown + 1 < rows.size());
            CHECK(rows.at(shown + 1) == cells);
            shown += 1 + (model->hasChildren(model->index(r, 0)) ? model->rowCount(model->index(r, 0)) : 0);
        }
        CHECK(rows.size() == shown + 1);
        return rows;
    };

    // The caseload, filtered to 低保: H1 only in this station (H5 is removed).
    window.dashboardAction()->trigger();
    window.findChild<QAction*>(QStringLiteral("caseloadAction"))->trigger();
    HouseholdListPage* list = window.listPage();
    auto* status = child<QComboBox>(list, "statusComboBox");
    const int dibao = status->findData(QStringLiteral("dibao"));
    REQUIRE(dibao >= 0);
    status->setCurrentIndex(dibao);
    QCoreApplication::processEvents();
    const QList<QStringList> households = exportShown(list->view(), QStringLiteral("households.csv"));
    REQUIRE(households.size() == list->model()->rowCount() + 1);
    bool h1 = false;
    for (const QStringList& r : households)
        h1 = h1 || r.contains(QStringLiteral("371321-H1"));
    CHECK(h1);

    // My tasks, the due visits, the review queue.
    window.findChild<QAction*>(QStringLiteral("tasksAction"))->trigger();
    REQUIRE(test::waitForTasks(window.taskListPage()));
    exportShown(window.taskListPage()->tree(), QStringLiteral("tasks.csv"));
    window.findChild<QAction*>(QStringLiteral("dueVisitsAction"))->trigger();
    const auto due = exportShown(window.dueVisitsPage()->tree(), QStringLiteral("due-visits.csv"));
    CHECK(due.size() > 1);
    window.showWorkbench();
    window.workbenchPage()->showQueue();
    exportShown(window.workbenchPage()->queue()->view(), QStringLiteral("review-queue.csv"));

    // The dashboard has no list of its own: nothing is written.
    window.dashboardAction()->trigger();
    QTimer::singleShot(0, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            box->close();
    });
    SaveFileDialog::setNextFileName(dir.filePath(QStringLiteral("none.csv")));
    window.exportListAction()->trigger();
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.csv"))));
    SaveFileDialog::setNextFileName({}); // leaves no scripted answer behind
    SaveFileDialog::ask(nullptr, {}, {}, {});
}

TEST_CASE("The household list's export reads a large list in chunks on a worker, in the list's order",
          "[gui][csv]")
{
    TempDatabase t;
    DemoGenerator::Options options;
    options.households = HouseholdListCsv::kChunk + 150; // more than one chunk
    options.casework = false;
    options.today = QDate(2026, 12, 1);
    REQUIRE(DemoGenerator::generate(t.db(), options));
    QTemporaryDir dir;
    HouseholdListCsv::Request request;
    request.databasePath = t.db().path();
    request.sortColumn = HouseholdListQuery::Head;
    request.sortOrder = Qt::DescendingOrder;
    request.columns = {HouseholdListQuery::Number, HouseholdListQuery::Head, HouseholdListQuery::LastVisit};
    request.headings = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    request.path = dir.filePath(QStringLiteral("all.csv"));
    QFuture<QString> done = QtConcurrent::run(&HouseholdListCsv::write, request);
    done.waitForFinished();
    REQUIRE(done.resultCount() == 1);
    CHECK(done.result().isEmpty());
    CHECK(done.progressValue() == options.households);
    const QList<QStringList> rows = parsed(request.path);
    REQUIRE(rows.size() == options.households + 1);
    CHECK(rows.at(0) == request.headings);
    // Row by row what the list shows in that order.
    HouseholdListQuery query(t.db());
    query.setSort(HouseholdListQuery::Head, Qt::DescendingOrder);
    const QList<HouseholdRow> shown = query.page(0, options.households);
    REQUIRE(shown.size() == options.households);
    for (const int i : {0, HouseholdListCsv::kChunk - 1, HouseholdListCsv::kChunk, options.households - 1})
        CHECK(rows.at(i + 1) ==
              QStringList{shown.at(i).number,
                          HouseholdListModel::displayText(shown.at(i), HouseholdListQuery::Head),
                          HouseholdListModel::displayText(shown.at(i), HouseholdListQuery::LastVisit)});
    // A file that cannot be written: the reason, nothing else.
    request.path = dir.filePath(QStringLiteral("no/such/folder/x.csv"));
    QFile blocker(dir.filePath(QStringLiteral("no")));
    REQUIRE(blocker.open(QIODevice::WriteOnly)); // "no" is a file, so the folder cannot be made
    blocker.close();
    QFuture<QString> refused = QtConcurrent::run(&HouseholdListCsv::write, request);
    refused.waitForFinished();
    REQUIRE(refused.resultCount() == 1);
    CHECK_FALSE(refused.result().isEmpty());
}
