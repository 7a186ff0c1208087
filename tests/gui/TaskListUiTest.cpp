// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "My tasks / 我的待办", the caseworker's home page: a note returned by the station supervisor with
// its comment and a status review confirmed by the county show on it; the note is answered and
// sent back from the page; after a sync a notice says what the station and the county decided,
// from snapshots and through the real county server.
#include "tests/gui/TaskListWait.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestLaptop.h"
#include "tests/support/TestServer.h"

#include "core/records/HouseholdRepository.h"
#include "core/records/NoteReviewRepository.h"
#include "core/records/ReviewArrivals.h"
#include "core/records/ServiceLogRepository.h"
#include "core/records/StatusReviewRepository.h"
#include "core/sync/DeviceSync.h"
#include "ui/casework/TaskListPage.h"
#include "ui/households/HouseholdDialog.h"
#include "ui/households/StatusReviewTab.h"
#include "ui/main/LanguageMenu.h"
#include "ui/main/MainWindow.h"
#include "ui/sync/SyncController.h"
#include "ui/widgets/BackgroundPool.h"
#include "ui/widgets/NoticeLabel.h"

#include <atomic>
#include <QAction>
#include <QApplication>
#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFuture>
#include <QImage>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace ff;

namespace {
template <typename T>
T* named(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

/// Runs `body` on the modal dialog that `trigger` opens, once it is showing.
template <typename Dialog>
bool onModal(const std::function<void()>& trigger, const std::function<void(Dialog*)>& body)
{
    bool ran = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        body(dialog);
        ran = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    trigger();
    return ran;
}

QString addHousehold(Database& db, const Session& who, const QString& number, const QString& head)
{
    HouseholdFile file = test::sampleHousehold(head);
    file.household.insert(QStringLiteral("household_no"), number);
    file.household.insert(QStringLiteral("last_visit"), who.today()); // no visit due
    REQUIRE(HouseholdRepository(db, who).save(file));
    return file.household.value(QStringLiteral("id")).toString();
}

QString saveLog(Database& db, const Session& who, const QString& householdId, const QString& activity)
{
    ServiceSession s;
    s.servedOn = who.today();
    s.durationMin = 45;
    s.method = QStringLiteral("casework");
    s.category = QStringLiteral("psychological_counselling");
    s.caseworker = who.author();
    s.activity = activity;
    s.outcome = QStringLiteral("情绪稳定");
    s.households.append({householdId, {}, {}});
    REQUIRE(ServiceLogRepository(db, who).save(s));
    return s.households.first().recordId;
}

QString propose(Database& db, const Session& who, const QString& householdId)
{
    StatusReview r;
    r.householdId = householdId;
    r.proposedStatus = QStringLiteral("tekun");
    r.reasons = QStringLiteral("老人无劳动能力，无赡养人");
    r.evidence = QStringLiteral("残疾证、村委会证明");
    REQUIRE(StatusReviewRepository(db, who).propose(r));
    return r.id;
}

/// The row of the task about `recordId`.
QTreeWidgetItem* rowOf(TaskListPage* page, const QString& recordId)
{
    QTreeWidget* tree = page->tree();
    for (int v = 0; v < tree->topLevelItemCount(); ++v) {
        for (int i = 0; i < tree->topLevelItem(v)->childCount(); ++i) {
            QTreeWidgetItem* item = tree->topLevelItem(v)->child(i);
            const int index = item->data(0, Qt::UserRole).toInt();
            if (index >= 0 && page->tasks().at(index).recordId == recordId)
                return item;
        }
    }
    return nullptr;
}

const QString kComment =
    QStringLiteral("请写明家访中见到了谁，孩子的学习情况如何，以及下一步打算怎么帮助这一家。");

/// A household of the caseworker's with one service log, which the station supervisor returned
/// with kComment; the log's id.
QString returnedNote(Database& db, const Session& caseworker, const QString& number, const QString& head,
                     const QString& activity)
{
    const QString hh = addHousehold(db, caseworker, number, head);
    const QString note = saveLog(db, caseworker, hh, activity);
    REQUIRE(NoteReviewRepository(db, Session::of(QStringLiteral("李强"), Role::Supervisor))
                .returnNote(note, kComment));
    return note;
}
} // namespace

TEST_CASE("my tasks: a note returned by the supervisor and a review confirmed by the county, answered "
          "and sent back from the page",
          "[gui][tasks]")
{
    test::TempDatabase t;
    const Session caseworker = test::as(QStringLiteral("王芳"));
    const QString hh =
        addHousehold(t.db(), caseworker, QStringLiteral("371321105-000007"), QStringLiteral("张伟"));
    const QString note = saveLog(t.db(), caseworker, hh, QStringLiteral("与奶奶谈孩子的学习"));
    const QString review = propose(t.db(), caseworker, hh);
    // The station supervisor and the county, each as themselves.
    const Session supervisor = Session::of(QStringLiteral("李强"), Role::Supervisor);
    const Session county = Session::of(QStringLiteral("赵敏"), Role::County);
    REQUIRE(NoteReviewRepository(t.db(), supervisor).returnNote(note, kComment));
    REQUIRE(StatusReviewRepository(t.db(), supervisor).recommend(review, QStringLiteral("recommended"), {}));
    REQUIRE(StatusReviewRepository(t.db(), county)
                .decide(review, QStringLiteral("approved"), QStringLiteral("同意纳入特困供养")));

    MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    // The caseworker's home page.
    TaskListPage* page = window.taskListPage();
    REQUIRE(page->isVisible());
    CHECK(named<QAction>(&window, "tasksAction")->isChecked());
    REQUIRE(test::waitForTasks(page));

    QTreeWidgetItem* returned = rowOf(page, note);
    REQUIRE(returned != nullptr);
    CHECK(returned->text(0) == QStringLiteral("371321105-000007 · 张伟"));
    CHECK(returned->text(1).startsWith(QStringLiteral("Returned: Service log")));
    CHECK(returned->text(1).contains(QStringLiteral("李强")));
    CHECK(returned->toolTip(1).contains(kComment));
    CHECK(returned->text(3) == QStringLiteral("today"));
    QTreeWidgetItem* decided = rowOf(page, review);
    REQUIRE(decided != nullptr);
    CHECK(decided->text(1).startsWith(QStringLiteral("Status review confirmed")));
    CHECK(decided->text(1).contains(QStringLiteral("同意纳入特困供养")));
    CHECK(decided->text(0).isEmpty()); // the same household as the row above
    CHECK(named<QLabel>(page, "taskSummaryLabel")->text().startsWith(QStringLiteral("2 task(s)")));

    // The note in full, with the supervisor's comment, beside the list.
    page->tree()->setCurrentItem(returned);
    auto* detail = named<QTextBrowser>(page, "taskDetailBrowser");
    CHECK(detail->toPlainText().contains(kComment));
    CHECK(detail->toPlainText().contains(QStringLiteral("与奶奶谈孩子的学习")));
    auto* answer = named<QPlainTextEdit>(page, "answerTextEdit");
    auto* resubmit = named<QPushButton>(page, "resubmitButton");
    REQUIRE(answer->isVisible());
    REQUIRE(resubmit->isVisible());

    // Without an answer nothing is sent.
    resubmit->click();
    CHECK(named<NoticeLabel>(page, "taskResultLabel")->shownText().contains(QStringLiteral("answer")));
    CHECK(NoteReviewRepository(t.db()).load(note)->isReturned());
    // With one, the note is back in the supervisor's queue and off the list.
    answer->setPlainText(QStringLiteral("见到了奶奶和孩子，已补充学习情况"));
    resubmit->click();
    REQUIRE(test::waitForTasks(page));
    CHECK(NoteReviewRepository(t.db()).load(note)->isPending());
    const QList<ReviewComment> thread = NoteReviewRepository(t.db()).thread(note);
    REQUIRE(thread.size() == 2);
    QStringList answers;
    for (const ReviewComment& c : thread) {
        if (c.kind == QStringLiteral("answer"))
            answers << c.text;
    }
    CHECK(answers == QStringList{QStringLiteral("见到了奶奶和孩子，已补充学习情况")});
    CHECK(rowOf(page, note) == nullptr);
    CHECK(named<NoticeLabel>(page, "taskResultLabel")->shownText().startsWith(QStringLiteral("Sent back")));
    CHECK(named<QLabel>(page, "taskSummaryLabel")->text().startsWith(QStringLiteral("1 task(s)")));

    // Enter (or a double-click) on the decision opens the household file on its status reviews.
    decided = rowOf(page, review);
    REQUIRE(decided != nullptr);
    page->tree()->setCurrentItem(decided);
    bool onStatusReviews = false;
    CHECK(onModal<HouseholdDialog>([&] { QTest::keyClick(page->tree(), Qt::Key_Return); },
                                   [&](HouseholdDialog* d) {
                                       CHECK(d->householdId() == hh);
                                       onStatusReviews =
                                           qobject_cast<StatusReviewTab*>(d->currentTab()) != nullptr;
                                   }));
    CHECK(onStatusReviews);

    // The other pages are a click away, and back.
    named<QAction>(&window, "caseloadAction")->trigger();
    CHECK_FALSE(page->isVisible());
    named<QAction>(&window, "tasksAction")->trigger();
    CHECK(page->isVisible());
}

TEST_CASE("my tasks paint at once saying they are being gathered, then fill in, and the newest refresh's "
          "tasks are the ones shown",
          "[gui][tasks][start]")
{
    test::TempDatabase t;
    const Session caseworker = test::as(QStringLiteral("王芳"));
    const QString note = returnedNote(t.db(), caseworker, QStringLiteral("371321105-000011"),
                                      QStringLiteral("刘洋"), QStringLiteral("入户了解就医情况"));

    MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    TaskListPage* page = window.taskListPage();
    REQUIRE(page->isVisible());
    // The window is shown without waiting for the tasks: gathered on a worker, they come later.
    auto* summary = named<QLabel>(page, "taskSummaryLabel");
    CHECK_FALSE(page->isLoaded());
    CHECK(page->isBusy());
    CHECK(page->tasks().isEmpty());
    REQUIRE(page->tree()->topLevelItemCount() == 1);
    CHECK(page->tree()->topLevelItem(0)->text(0) == QStringLiteral("Gathering your tasks…"));
    // In the placeholder's colour, upright (Chinese type has no italics).
    CHECK_FALSE(page->tree()->topLevelItem(0)->font(0).italic());
    CHECK(page->tree()->topLevelItem(0)->foreground(0).color() ==
          page->palette().color(QPalette::PlaceholderText));
    CHECK(summary->text() == QStringLiteral("Gathering your tasks…"));
    // The household column is as wide as an ID and a name of four Chinese characters from the start
    // (a Chinese character counted as one em: the width they take), and stays so when tasks come.
    const int sampleWidth =
        page->tree()->fontMetrics().horizontalAdvance(QStringLiteral("371321105-000123 · 欧阳小明")) + 40;
    const int widthBefore = page->tree()->columnWidth(0);
    CHECK(std::abs(widthBefore - sampleWidth) <= 4);
    QSignalSpy shown(page, &TaskListPage::tasksShown);
    REQUIRE(test::waitForTasks(page));
    CHECK(shown.count() == 1);
    REQUIRE(page->tasks().size() == 1); // the returned note; the household was visited today
    CHECK(rowOf(page, note) != nullptr);
    CHECK(summary->text().startsWith(QStringLiteral("1 task(s)")));
    CHECK(page->tree()->columnWidth(0) == widthBefore);
    // A width the caseworker drags it to stays through the refreshes below.
    page->tree()->setColumnWidth(0, widthBefore + 57);

    // A year on, the household is due for a visit too. Asked for one after the other, only the
    // second refresh's tasks are shown, whichever worker ends first; the list stays meanwhile.
    const QDate today = caseworker.today();
    const QDate yearOn = today.addDays(365);
    shown.clear();
    page->setToday(today);
    page->setToday(yearOn);
    CHECK(summary->text() == QStringLiteral("Updating the list…"));
    CHECK(rowOf(page, note) != nullptr);
    REQUIRE(test::waitForTasks(page));
    CHECK(shown.count() == 1);
    CHECK(page->tasks().size() == 2);
    CHECK(summary->text().startsWith(QStringLiteral("2 task(s)")));

    shown.clear();
    page->setToday(yearOn);
    page->setToday(today);
    REQUIRE(test::waitForTasks(page));
    CHECK(shown.count() == 1);
    CHECK(page->tasks().size() == 1);
    CHECK(summary->text().startsWith(QStringLiteral("1 task(s)")));
    CHECK(page->tree()->columnWidth(0) == widthBefore + 57);
}

TEST_CASE("my tasks' worker starts once the page is painted, not before the window's first paint, and a "
          "page never painted still fills",
          "[gui][tasks][start]")
{
    test::TempDatabase t;
    const Session caseworker = test::as(QStringLiteral("王芳"));
    const QString note = returnedNote(t.db(), caseworker, QStringLiteral("371321105-000012"),
                                      QStringLiteral("赵磊"), QStringLiteral("入户核对家庭人口"));

    {
        MainWindow window(t.db());
        window.resize(1366, 768);
        window.show();
        TaskListPage* page = window.taskListPage();
        REQUIRE(page->isVisible());
        // Shown, not yet painted: the page says it gathers, and no worker competes with the paint.
        CHECK(page->isBusy());
        CHECK_FALSE(page->isLoaded());
        REQUIRE(page->tree()->topLevelItemCount() == 1);
        CHECK(page->tree()->topLevelItem(0)->text(0) == QStringLiteral("Gathering your tasks…"));
        CHECK(named<QLabel>(page, "taskSummaryLabel")->text() == QStringLiteral("Gathering your tasks…"));
        CHECK(BackgroundPool::instance()->activeThreadCount() == 0);
        // Painted: the worker starts, and the tasks are there as before.
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(test::waitForTasks(page));
        CHECK(rowOf(page, note) != nullptr);
        // Shown again later, the page gathers at once (the caseload may have changed meanwhile).
        named<QAction>(&window, "caseloadAction")->trigger();
        named<QAction>(&window, "tasksAction")->trigger();
        CHECK(page->isBusy());
        REQUIRE(test::waitForTasks(page));
        CHECK(rowOf(page, note) != nullptr);
    }

    // A window closed before the gathering put off until its paint has started: nothing is read.
    {
        MainWindow closed(t.db());
        closed.show();
        TaskListPage* page = closed.taskListPage();
        CHECK(page->isBusy());
        closed.close();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        CHECK_FALSE(page->isLoaded());
        CHECK(BackgroundPool::instance()->activeThreadCount() == 0);
    }

    // A window shown but never painted (as one shown minimized): the tasks are gathered anyway.
    MainWindow hidden(t.db());
    hidden.setUpdatesEnabled(false);
    hidden.show();
    TaskListPage* page = hidden.taskListPage();
    REQUIRE(page->isVisible());
    CHECK(page->isBusy());
    REQUIRE(test::waitForTasks(page, 10000));
    CHECK(rowOf(page, note) != nullptr);
}

TEST_CASE("a supervisor's window does not open on the caseworker's tasks", "[gui][tasks]")
{
    test::TempDatabase t;
    const QByteArray key(32, 'k');
    REQUIRE(DeviceSync(t.db()).setCounty(QStringLiteral("371321"), key, key, QStringLiteral("https://county"),
                                         QStringLiteral("李强"), QStringLiteral("supervisor")));
    MainWindow window(t.db());
    window.show();
    CHECK_FALSE(window.taskListPage()->isVisible());
    CHECK_FALSE(named<QAction>(&window, "tasksAction")->isChecked());
}

TEST_CASE("after a sync a notice says what the station and the county decided, until it is read",
          "[gui][tasks]")
{
    test::TempDatabase t;
    const Session caseworker = test::as(QStringLiteral("王芳"));
    const Session supervisor = Session::of(QStringLiteral("李强"), Role::Supervisor);
    const QString hh =
        addHousehold(t.db(), caseworker, QStringLiteral("371321105-000008"), QStringLiteral("李明"));
    QStringList notes;
    for (int i = 0; i < 3; ++i)
        notes << saveLog(t.db(), caseworker, hh, QStringLiteral("服务 %1").arg(i));
    const QString review = propose(t.db(), caseworker, hh);

    MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    TaskListPage* page = window.taskListPage();
    auto* notice = named<NoticeLabel>(page, "arrivalsNoticeLabel");
    auto* button = named<QToolButton>(&window, "arrivalsButton");
    CHECK(notice->shownText().isEmpty());
    CHECK_FALSE(button->isVisible());

    // What a sync would bring: three notes returned, the review recommended and confirmed.
    const ReviewSnapshot before = ReviewSnapshot::take(t.db());
    for (const QString& n : notes)
        REQUIRE(NoteReviewRepository(t.db(), supervisor).returnNote(n, QStringLiteral("请补充")));
    REQUIRE(StatusReviewRepository(t.db(), supervisor).recommend(review, QStringLiteral("recommended"), {}));
    REQUIRE(StatusReviewRepository(t.db(), Session::of(QStringLiteral("赵敏"), Role::County))
                .decide(review, QStringLiteral("approved"), {}));
    page->addArrivals(ReviewArrivals::between(before, ReviewSnapshot::take(t.db())));
    const QString english =
        QStringLiteral("New since the last sync: 3 note(s) returned, 1 status review(s) confirmed.");
    CHECK(notice->shownText() == english);
    CHECK(button->isVisible());
    CHECK(button->text() == QStringLiteral("3 note(s) returned, 1 status review(s) confirmed"));

    // In Chinese, as the caseworker reads it.
    LanguageMenu::apply(QStringLiteral("zh_CN"));
    QApplication::processEvents(); // the change of language is posted to every window
    const QString chinese = notice->shownText();
    const QString chineseButton = button->text();
    LanguageMenu::apply(QStringLiteral("en"));
    QApplication::processEvents();
    CHECK(chinese == QStringLiteral("上次同步以来：3 条记录被退回，1 项动态调整已确认。"));
    CHECK(chineseButton == QStringLiteral("3 条记录被退回，1 项动态调整已确认"));
    CHECK(notice->shownText() == english);

    // It stays while the caseworker is elsewhere; the status bar's button brings the page back.
    named<QAction>(&window, "caseloadAction")->trigger();
    CHECK(button->isVisible());
    button->click();
    CHECK(page->isVisible());
    CHECK(notice->shownText() == english);

    // News of a later sync adds up until read.
    ReviewArrivals later;
    later.notesReturned = 1;
    page->addArrivals(later);
    CHECK(notice->shownText().contains(QStringLiteral("4 note(s) returned")));
    named<QPushButton>(page, "markReadButton")->click();
    CHECK(notice->shownText().isEmpty());
    CHECK_FALSE(button->isVisible());
    // Nothing new is no notice.
    page->addArrivals({});
    CHECK(notice->shownText().isEmpty());
}

TEST_CASE("after a real sync the caseworker reads what the station supervisor returned", "[gui][tasks][sync]")
{
    qRegisterMetaType<ff::Status>();
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.db"));
    test::admin(county, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    for (const auto& [name, role] : {std::pair{u"王芳", "caseworker"}, std::pair{u"李强", "supervisor"}})
        test::admin(county,
                    {QStringLiteral("add-user"), QString::fromUtf16(name), QStringLiteral("--role"),
                     QString::fromLatin1(role), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    test::RunningServer server(county);
    REQUIRE(server.url.isValid());

    test::TempDatabase laptop;
    MainWindow window(laptop.db());
    window.show();
    SyncController* sync = window.sync();
    // Until a sync has finished (enrolling is followed by one of its own): "ok" or what went wrong.
    const auto syncs = [&](const std::function<void()>& start) -> QString {
        QSignalSpy spy(sync, &SyncController::finished);
        start();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            for (const QList<QVariant>& args : std::as_const(spy)) {
                if (args.at(1).toString() == QStringLiteral("sync"))
                    return test::message(args.at(0).value<Status>());
            }
            spy.wait(200);
        }
        return QStringLiteral("timeout");
    };
    REQUIRE(syncs([&] { sync->enroll(server.url, test::enrollmentCode(county, QStringLiteral("王芳"))); }) ==
            QStringLiteral("ok"));
    const Session caseworker = DeviceSync(laptop.db()).session();
    const QString hh =
        addHousehold(laptop.db(), caseworker, QStringLiteral("371321105-000009"), QStringLiteral("王强"));
    const QString note = saveLog(laptop.db(), caseworker, hh, QStringLiteral("入户了解孩子上学情况"));
    REQUIRE(syncs([&] { sync->syncNow(); }) == QStringLiteral("ok"));
    TaskListPage* page = window.taskListPage();
    CHECK(named<NoticeLabel>(page, "arrivalsNoticeLabel")->shownText().isEmpty());

    // The station supervisor, on their own laptop, returns the note.
    test::Laptop station;
    REQUIRE(test::message(station.enroll(server.url, test::enrollmentCode(county, QStringLiteral("李强")))) ==
            QStringLiteral("ok"));
    REQUIRE(test::message(station.sync()) == QStringLiteral("ok"));
    REQUIRE(NoteReviewRepository(station.data.db()).load(note));
    REQUIRE(NoteReviewRepository(station.data.db(), DeviceSync(station.data.db()).session())
                .returnNote(note, kComment));
    REQUIRE(test::message(station.sync()) == QStringLiteral("ok"));

    REQUIRE(syncs([&] { named<QAction>(&window, "syncNowAction")->trigger(); }) == QStringLiteral("ok"));
    CHECK(named<NoticeLabel>(page, "arrivalsNoticeLabel")->shownText() ==
          QStringLiteral("New since the last sync: 1 note(s) returned."));
    CHECK(named<QToolButton>(&window, "arrivalsButton")->isVisible());
    REQUIRE(test::waitForTasks(page));
    QTreeWidgetItem* returned = rowOf(page, note);
    REQUIRE(returned != nullptr);
    CHECK(returned->toolTip(1).contains(kComment));
}

TEST_CASE("my tasks are gathered on the app's own threads, and painting never waits for the app's work",
          "[gui][tasks]")
{
    test::TempDatabase t;
    const Session caseworker = test::as(QStringLiteral("王芳"));
    const QString note = returnedNote(t.db(), caseworker, QStringLiteral("371321105-000013"),
                                      QStringLiteral("孙丽"), QStringLiteral("入户核实低保材料"));
    MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    TaskListPage* page = window.taskListPage();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(test::waitForTasks(page));

    // Every thread of the app's pool taken by work that waits for the test.
    QThreadPool* pool = BackgroundPool::instance();
    const int threads = pool->maxThreadCount();
    QSemaphore release;
    QAtomicInt holding;
    QList<QFuture<void>> held;
    for (int i = 0; i < threads; ++i) {
        held << QtConcurrent::run(pool, [&release, &holding] {
            holding.fetchAndAddOrdered(1);
            release.acquire();
        });
    }
    // Released however the test ends, so that a failed check cannot leave the pool waiting forever.
    bool released = false;
    const auto releaseHeld = qScopeGuard([&] {
        if (!released)
            release.release(threads);
        for (QFuture<void>& f : held)
            f.waitForFinished();
    });
    QTRY_COMPARE(holding.loadAcquire(), threads);
    // Qt's pool done with the window's last paint.
    QTRY_COMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);

    // A refresh's gathering waits for a thread of the app's pool, and takes none of Qt's.
    page->setToday(caseworker.today().addDays(1));
    CHECK(page->isBusy());
    CHECK(QThreadPool::globalInstance()->activeThreadCount() == 0);

    // A translucent line longer than 96 pixels, as a table header draws: Qt 6.4 hands the pieces of
    // its fill to its own global pool and waits for them. It is painted with the app's threads all
    // taken. (Were the app's work on Qt's pool, the paint would wait for it; a guard releases the
    // work after 30 s so that such a failure ends.)
    QSemaphore guardStop;
    std::atomic<bool> releasedByGuard = false;
    QThread* guard = QThread::create([&] {
        if (!guardStop.tryAcquire(1, 30000)) {
            releasedByGuard = true;
            release.release(threads);
        }
    });
    guard->start();
    QImage header(1000, 24, QImage::Format_ARGB32_Premultiplied);
    header.fill(Qt::transparent);
    {
        QPainter painter(&header);
        painter.setPen(QColor(0, 0, 0, 40));
        for (int y = 0; y < 24; y += 6)
            painter.drawLine(0, y, 999, y);
    }
    guardStop.release();
    guard->wait();
    delete guard;
    CHECK_FALSE(releasedByGuard.load());
    CHECK(qAlpha(header.pixel(500, 6)) > 0);
    CHECK(page->isBusy());

    // The work released, the gathering runs and the tasks are there.
    if (!releasedByGuard.load())
        release.release(threads);
    released = true;
    for (QFuture<void>& f : held)
        f.waitForFinished();
    REQUIRE(test::waitForTasks(page));
    CHECK(rowOf(page, note) != nullptr);
}
