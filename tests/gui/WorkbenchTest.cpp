// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's workbench: the home page of a supervisor (not of a caseworker), the review
// queue worked through from the keyboard, and the station overview's numbers opening what they
// count.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/records/HouseholdRepository.h"
#include "core/records/NoteReviewRepository.h"
#include "core/records/ServiceLogRepository.h"
#include "core/sync/DeviceSync.h"
#include "ui/casework/TaskListPage.h"
#include "ui/households/HouseholdDialog.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdListPage.h"
#include "ui/main/LanguageMenu.h"
#include "ui/main/MainWindow.h"
#include "ui/supervision/OverviewListDialog.h"
#include "ui/supervision/ReviewQueueModel.h"
#include "ui/supervision/ReviewQueuePage.h"
#include "ui/supervision/StationOverviewPage.h"
#include "ui/supervision/WorkbenchPage.h"
#include "ui/widgets/NoticeLabel.h"

#include <catch2/catch.hpp>

#include <functional>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace ff;

namespace {
constexpr qint64 kDay = 86'400'000;

void enroll(Database& db, const QString& user, const char* role)
{
    const auto key = QByteArray(32, 'k');
    REQUIRE(DeviceSync(db).setCounty(QStringLiteral("371321"), key, key, QStringLiteral("https://county"),
                                     user, QString::fromLatin1(role)));
}

QString addHousehold(Database& db, const QString& number, const QString& caseworker)
{
    HouseholdFile file = test::sampleHousehold();
    file.household.insert(QStringLiteral("household_no"), number);
    file.household.insert(QStringLiteral("caseworker"), caseworker);
    REQUIRE(HouseholdRepository(db, test::as(caseworker)).save(file));
    return file.household.value(QStringLiteral("id")).toString();
}

/// A service log 王芳 saved `daysAgo` days ago: a note in the supervisor's queue.
QString saveLog(Database& db, const QString& householdId, int daysAgo, const QString& activity)
{
    ManualClock clock(QDateTime::currentMSecsSinceEpoch() - daysAgo * kDay);
    ServiceSession s;
    s.servedOn = QDate::currentDate().addDays(-daysAgo);
    s.durationMin = 40;
    s.method = QStringLiteral("casework");
    s.category = QStringLiteral("psychological_counselling");
    s.caseworker = QStringLiteral("王芳");
    s.activity = activity;
    s.households.append({householdId, {}, {}});
    REQUIRE(ServiceLogRepository(db, test::as(QStringLiteral("王芳"), clock)).save(s));
    return s.households.first().recordId;
}

/// Types Chinese text as an input method does: it commits the composed text to the widget.
void typeChinese(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

QString stateOf(Database& db, const QString& id) { return NoteReviewRepository(db).load(id)->state; }

QWidget* homeOf(MainWindow& window)
{
    return qobject_cast<QStackedWidget*>(window.centralWidget())->currentWidget();
}
} // namespace

TEST_CASE("a caseworker's main window opens My tasks, a supervisor's the workbench", "[gui][workbench]")
{
    SECTION("the demo caseworker (never enrolled)")
    {
        test::TempDatabase t;
        MainWindow window(t.db());
        CHECK(homeOf(window) == window.taskListPage());
        CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("workbenchAction"))->isVisible());
        // The dashboard is in the View menu only: its icon is read when the menu opens, and there.
        auto* dashboard = window.findChild<QAction*>(QStringLiteral("dashboardAction"));
        CHECK(dashboard->icon().isNull());
        QMenu* viewMenu = nullptr;
        for (QObject* o : dashboard->associatedObjects())
            viewMenu = viewMenu ? viewMenu : qobject_cast<QMenu*>(o);
        REQUIRE(viewMenu != nullptr);
        window.show();
        viewMenu->popup(window.mapToGlobal(QPoint(0, 0)));
        CHECK_FALSE(dashboard->icon().isNull());
        viewMenu->close();
    }
    SECTION("an enrolled caseworker")
    {
        test::TempDatabase t;
        enroll(t.db(), QStringLiteral("王芳"), "caseworker");
        MainWindow window(t.db());
        CHECK(homeOf(window) == window.taskListPage());
        CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("workbenchAction"))->isVisible());
    }
    SECTION("a station supervisor and county staff")
    {
        for (const char* role : {"supervisor", "county"}) {
            test::TempDatabase t;
            enroll(t.db(), QStringLiteral("李强"), role);
            MainWindow window(t.db());
            CHECK(homeOf(window) == window.workbenchPage());
            auto* action = window.findChild<QAction*>(QStringLiteral("workbenchAction"));
            CHECK(action->isVisible());
            CHECK(action->isChecked());
            CHECK_FALSE(action->icon().isNull());
            CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("dashboardAction"))->icon().isNull());
            // The caseload is one click away, and the workbench one back.
            window.showDueVisits(false);
            CHECK(homeOf(window) == window.listPage());
            action->trigger();
            CHECK(homeOf(window) == window.workbenchPage());
        }
    }
}

TEST_CASE("the caseload fits half of a 1366-pixel screen, and opening it first never widens the window",
          "[gui][workbench][start]")
{
    test::TempDatabase t;
    const auto restore = qScopeGuard([] { LanguageMenu::apply(QString()); });
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        LanguageMenu::apply(language);
        MainWindow window(t.db());
        window.resize(683, 560); // beside another window on a 1366×768 laptop
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.taskListPage()->isVisible());
        REQUIRE(window.width() == 683);
        // Made now, the caseload takes the room the window has: the window keeps its width.
        window.showDueVisits(false);
        REQUIRE(window.listPage()->isVisible());
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        INFO(language.toStdString() << ": the caseload needs "
                                    << window.listPage()->minimumSizeHint().width());
        CHECK(window.width() == 683);
        CHECK(window.listPage()->minimumSizeHint().width() <= window.centralWidget()->width());
    }
}

TEST_CASE("Ctrl+F on My tasks shows the caseload, its search box ready for typing", "[gui][workbench][start]")
{
    test::TempDatabase t;
    MainWindow window(t.db());
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(homeOf(window) == window.taskListPage());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(homeOf(window) == window.listPage());
    CHECK(window.findChild<QAction*>(QStringLiteral("caseloadAction"))->isChecked());
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    REQUIRE(search != nullptr);
    CHECK(search->isVisible());
    CHECK(QApplication::focusWidget() == search);
}

TEST_CASE("the household list is made and read when its page is first shown, not at a start that opens on "
          "another page",
          "[gui][workbench][start]")
{
    test::TempDatabase t;
    const Session caseworker = test::as(QStringLiteral("王芳"));
    int number = 0;
    for (const char* name : {"刘洋", "陈静"}) {
        HouseholdFile file = test::sampleHousehold(QString::fromUtf8(name));
        file.household[QStringLiteral("household_no")] = QStringLiteral("371321105-00002%1").arg(++number);
        REQUIRE(HouseholdRepository(t.db(), caseworker).save(file));
    }
    MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(homeOf(window) == window.taskListPage());
    // Not even made: a caseworker's start builds no page it does not show.
    CHECK(window.findChild<HouseholdListPage*>() == nullptr);
    CHECK(window.currentHouseholdId().isEmpty());
    HouseholdListPage* list = window.listPage();
    CHECK(window.findChild<HouseholdListPage*>() == list);
    CHECK_FALSE(list->isRead());
    auto* view = window.findChild<QTableView*>(QStringLiteral("householdTableView"));
    REQUIRE(view != nullptr);
    CHECK(view->model() == nullptr); // its columns not even measured
    // Shown: read before it is painted, the count below it right.
    window.findChild<QAction*>(QStringLiteral("caseloadAction"))->trigger();
    CHECK(homeOf(window) == list);
    CHECK(list->isRead());
    REQUIRE(view->model() != nullptr);
    CHECK(view->model()->rowCount() == 2);
    CHECK(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text() ==
          QStringLiteral("2 household(s) in the caseload"));

    // Asked for while hidden (an export, a test), the list is read then.
    {
        MainWindow other(t.db());
        other.show();
        CHECK_FALSE(other.listPage()->isRead());
        CHECK(other.listPage()->model()->rowCount() == 2);
        CHECK(other.listPage()->isRead());
    }

    // The columns as the person left them come back, whether the list was shown in between or not.
    const int head = HouseholdListQuery::Head;
    view->horizontalHeader()->resizeSection(head, 333);
    window.close();
    const QVariant saved = QSettings().value(QStringLiteral("mainWindow/householdColumns"));
    REQUIRE_FALSE(saved.toByteArray().isEmpty());
    {
        MainWindow notShown(t.db());
        notShown.show();
        REQUIRE(homeOf(notShown) == notShown.taskListPage());
        notShown.close();
    }
    CHECK(QSettings().value(QStringLiteral("mainWindow/householdColumns")) == saved);
    MainWindow again(t.db());
    again.show();
    again.findChild<QAction*>(QStringLiteral("caseloadAction"))->trigger();
    CHECK(again.findChild<QTableView*>(QStringLiteral("householdTableView"))
              ->horizontalHeader()
              ->sectionSize(head) == 333);
}

namespace {
/// Runs `trigger`, which asks whether to approve, and answers the question with `key` as a person
/// would (Enter approves, Escape does not); returns what the question said.
QString answerApproval(const std::function<void()>& trigger, Qt::Key key)
{
    QString said;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        said = box->text() + QLatin1Char('\n') + box->informativeText();
        QTest::keyClick(box, key);
    });
    trigger();
    return said;
}
} // namespace

TEST_CASE("a supervisor works through the review queue with the keyboard", "[gui][workbench]")
{
    test::TempDatabase t;
    const QString household =
        addHousehold(t.db(), QStringLiteral("371321105-000001"), QStringLiteral("王芳"));
    const QString first = saveLog(t.db(), household, 9, QStringLiteral("与奶奶谈孩子的学习"));
    const QString second = saveLog(t.db(), household, 5, QStringLiteral("家访"));
    const QString third = saveLog(t.db(), household, 2, QStringLiteral("电话随访"));
    enroll(t.db(), QStringLiteral("李强"), "supervisor");

    MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(homeOf(window) == window.workbenchPage());
    ReviewQueuePage* queue = window.workbenchPage()->queue();
    QTableView* view = queue->view();
    REQUIRE(queue->model()->rowCount() == 3);
    // Oldest first, the first selected, its text and an empty thread beside it; the focus on the list.
    CHECK(queue->currentReviewId() == first);
    CHECK(queue->findChild<QTextBrowser*>(QStringLiteral("noteBodyBrowser"))
              ->toPlainText()
              .contains(QStringLiteral("与奶奶谈孩子的学习")));
    CHECK(queue->model()
              ->index(0, ReviewQueueModel::Waiting)
              .data()
              .toString()
              .startsWith(QStringLiteral("9")));
    CHECK(QApplication::focusWidget() == view);

    // Ctrl+Enter asks first, naming the note and its caseworker; Escape approves nothing.
    const QString asked =
        answerApproval([&] { QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier); }, Qt::Key_Escape);
    CHECK(asked.contains(QStringLiteral("王芳")));
    CHECK(asked.contains(queue->model()->index(0, ReviewQueueModel::Note).data().toString()));
    CHECK(stateOf(t.db(), first) == QStringLiteral("pending"));
    CHECK(queue->model()->rowCount() == 3);
    // Back from the question (the window manager gives the window back its activation).
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(QApplication::focusWidget() == view);
    // Ctrl+Enter, Enter approves; the next note is selected, the focus stays on the list.
    CHECK_FALSE(
        answerApproval([&] { QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier); }, Qt::Key_Return)
            .isEmpty());
    CHECK(stateOf(t.db(), first) == QStringLiteral("approved"));
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(queue->model()->rowCount() == 2);
    CHECK(queue->currentReviewId() == second);
    CHECK(QApplication::focusWidget() == view);
    CHECK(window.workbenchPage()->tabs()->tabText(0).contains(QStringLiteral("2")));

    // J and K move through the queue.
    QTest::keyClick(view, Qt::Key_J);
    CHECK(queue->currentReviewId() == third);
    QTest::keyClick(view, Qt::Key_K);
    CHECK(queue->currentReviewId() == second);

    // Ctrl+R with no comment returns nothing and says why; the focus goes to the comment box.
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    CHECK(stateOf(t.db(), second) == QStringLiteral("pending"));
    CHECK_FALSE(queue->notice()->shownText().isEmpty());
    CHECK(queue->notice()->shownText().contains(QStringLiteral("comment")));
    CHECK(QApplication::focusWidget() == queue->commentEdit());

    // Typed, then Ctrl+R: returned with the comment; the next note selected, the list focused.
    typeChinese(queue->commentEdit(), QStringLiteral("请写明家访中见到了谁"));
    QTest::keyClick(queue->commentEdit(), Qt::Key_R, Qt::ControlModifier);
    CHECK(stateOf(t.db(), second) == QStringLiteral("returned"));
    const QList<ReviewComment> thread = NoteReviewRepository(t.db()).thread(second);
    REQUIRE(thread.size() == 1);
    CHECK(thread.first().kind == QStringLiteral("return"));
    CHECK(thread.first().text == QStringLiteral("请写明家访中见到了谁"));
    CHECK(thread.first().writtenBy == QStringLiteral("李强"));
    CHECK(queue->commentEdit()->toPlainText().isEmpty());
    REQUIRE(queue->model()->rowCount() == 1);
    CHECK(queue->currentReviewId() == third);
    CHECK(QApplication::focusWidget() == view);

    // Enter opens the household's file, on the tab of the note.
    QString opened;
    QWidget* tab = nullptr;
    QWidget* logsTab = nullptr;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog) {
            opened = QString::fromLatin1(dialog->metaObject()->className());
            if (auto* file = qobject_cast<HouseholdDialog*>(dialog)) {
                tab = file->currentTab();
                file->showRecordsOf(QStringLiteral("service_log"));
                logsTab = file->currentTab();
            }
            dialog->reject();
        }
    });
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(opened == QStringLiteral("ff::HouseholdDialog"));
    CHECK(tab != nullptr);
    CHECK(tab == logsTab);
    // Back from the file (the window manager gives the window back its activation): the keys
    // work on the list again.
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(QApplication::focusWidget() == view);

    // The "Returned" view shows the returned note with its thread.
    queue->stateBox()->setCurrentIndex(queue->stateBox()->findData(QStringLiteral("returned")));
    REQUIRE(queue->model()->rowCount() == 1);
    CHECK(queue->currentReviewId() == second);
    CHECK(queue->findChild<QTextBrowser*>(QStringLiteral("noteThreadBrowser"))
              ->toPlainText()
              .contains(QStringLiteral("请写明家访中见到了谁")));
    CHECK_FALSE(queue->approveButton()->isEnabled());
    queue->stateBox()->setCurrentIndex(queue->stateBox()->findData(QStringLiteral("pending")));

    // The last one approved from the comment box, with a comment: the queue is empty.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == queue->commentEdit());
    typeChinese(queue->commentEdit(), QStringLiteral("记录清楚"));
    CHECK(answerApproval([&] { QTest::keyClick(queue->commentEdit(), Qt::Key_Return, Qt::ControlModifier); },
                         Qt::Key_Enter)
              .contains(QStringLiteral("记录清楚")));
    CHECK(stateOf(t.db(), third) == QStringLiteral("approved"));
    const QList<ReviewComment> approval = NoteReviewRepository(t.db()).thread(third);
    REQUIRE(approval.size() == 1);
    CHECK(approval.first().kind == QStringLiteral("approve"));
    CHECK(queue->model()->rowCount() == 0);
    CHECK(queue->currentReviewId().isEmpty());
}

TEST_CASE("the station overview's numbers open the queue and the lists behind them", "[gui][workbench]")
{
    test::TempDatabase t;
    const QString a = addHousehold(t.db(), QStringLiteral("371321105-000001"), QStringLiteral("王芳"));
    addHousehold(t.db(), QStringLiteral("371321105-000002"), QStringLiteral("王芳"));
    addHousehold(t.db(), QStringLiteral("371321105-000003"), QStringLiteral("李娜"));
    const QString talk = saveLog(t.db(), a, 3, QStringLiteral("谈心"));
    saveLog(t.db(), a, 1, QStringLiteral("家访"));
    // One approved, then changed by the caseworker: back in the queue, marked.
    REQUIRE(NoteReviewRepository(t.db(), test::supervisor(QStringLiteral("李强"))).approve(talk));
    {
        ServiceLogRepository logs(t.db(), test::as(QStringLiteral("王芳")));
        QString sessionId;
        for (const ServiceLog& log : logs.forHousehold(a))
            sessionId = log.id == talk ? log.sessionId : sessionId;
        std::optional<ServiceSession> session = logs.loadSession(sessionId);
        REQUIRE(session);
        session->outcome = QStringLiteral("愿意继续上学");
        REQUIRE(logs.save(*session));
    }
    REQUIRE(NoteReviewRepository(t.db()).load(talk)->reopened);
    enroll(t.db(), QStringLiteral("李强"), "supervisor");

    MainWindow window(t.db());
    window.show();
    WorkbenchPage* bench = window.workbenchPage();
    bench->showOverview();
    StationOverviewPage* overview = bench->overview();
    REQUIRE(overview->rows().size() == 2);
    int wang = -1;
    for (int r = 0; r < overview->rows().size(); ++r)
        wang = overview->rows().at(r).caseworker == QStringLiteral("王芳") ? r : wang;
    REQUIRE(wang >= 0);
    QTableWidget* table = overview->table();
    CHECK(table->item(wang, StationOverviewPage::Households)->text() == QStringLiteral("2"));
    CHECK(table->item(wang, StationOverviewPage::NotesPending)->text() == QStringLiteral("2"));
    // The last row is the station's total.
    CHECK(table->item(table->rowCount() - 1, StationOverviewPage::Households)->text() == QStringLiteral("3"));

    // The caseload number lists the households; double-click would open one.
    int listed = -1;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<OverviewListDialog*>(QApplication::activeModalWidget());
        if (dialog) {
            listed = dialog->tree()->topLevelItemCount();
            dialog->reject();
        }
    });
    overview->openCell(wang, StationOverviewPage::Households);
    CHECK(listed == 2);

    // The notes number opens the queue, filtered to that caseworker.
    overview->openCell(wang, StationOverviewPage::NotesPending);
    CHECK(bench->tabs()->currentWidget() == bench->queue());
    CHECK(bench->queue()->caseworkerBox()->currentData().toString() == QStringLiteral("王芳"));
    REQUIRE(bench->queue()->model()->rowCount() == 2);
    const int marked = bench->queue()->model()->rowOf(talk);
    REQUIRE(marked >= 0);
    CHECK(bench->queue()
              ->model()
              ->index(marked, ReviewQueueModel::Note)
              .data()
              .toString()
              .contains(QStringLiteral("changed after approval")));
    bench->queue()->view()->setCurrentIndex(bench->queue()->model()->index(marked, 0));
    CHECK(bench->queue()
              ->findChild<QLabel*>(QStringLiteral("changedAfterApprovalLabel"))
              ->isVisibleTo(bench->queue()));
}
