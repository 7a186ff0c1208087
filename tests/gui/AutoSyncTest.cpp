// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync without thinking about it (issue 16): every N minutes while the county answers, paused by
// the user, on closing; against the real county server.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestServer.h"

#include "core/records/HouseholdRepository.h"
#include "core/sync/DeviceSync.h"
#include "ui/main/MainWindow.h"
#include "ui/sync/AutoSync.h"
#include "ui/sync/ClosingSync.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QAction>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ff;
using namespace std::chrono_literals;

namespace {
struct EnrolledWindow
{
    QTemporaryDir dir;
    QString county = dir.filePath(QStringLiteral("county.db"));
    std::unique_ptr<test::RunningServer> server;
    test::TempDatabase laptop;
    std::unique_ptr<MainWindow> window;

    EnrolledWindow()
    {
        test::admin(county, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
        test::admin(county, {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
                             QStringLiteral("caseworker"), QStringLiteral("--station"),
                             QStringLiteral("岸堤镇社工站")});
        server = std::make_unique<test::RunningServer>(county);
        REQUIRE(server->url.isValid());
        window = std::make_unique<MainWindow>(laptop.db());
        window->show();
        QSignalSpy done(window->sync(), &SyncController::finished);
        window->sync()->enroll(server->url, test::enrollmentCode(county, QStringLiteral("王芳")));
        // The enrollment, then the sync that follows it.
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window->sync()->isBusy(), 30000);
        REQUIRE(window->sync()->connection() == SyncController::Connection::Online);
    }

    void addHousehold(const QString& head)
    {
        HouseholdFile f = test::sampleHousehold(head);
        REQUIRE(HouseholdRepository(laptop.db(), DeviceSync(laptop.db()).session()).save(f));
        REQUIRE(unsent() > 0);
    }
    int unsent() { return DeviceSync(laptop.db()).unsentCount(); }
};
} // namespace

TEST_CASE("a laptop syncs by itself while the county answers, and not while its user has paused it",
          "[gui][sync][autosync]")
{
    qRegisterMetaType<ff::Status>();
    EnrolledWindow e;
    AutoSync* autoSync = e.window->autoSync();
    QAction* pause = e.window->findChild<QAction*>(QStringLiteral("pauseAutoSyncAction"));
    REQUIRE(pause != nullptr);
    // The county's default: every 15 minutes, which the pause action says.
    CHECK(autoSync->interval() == 15min);
    CHECK(pause->isEnabled());
    CHECK_FALSE(pause->isChecked());
    CHECK(pause->toolTip().contains(QStringLiteral("every 15 minute(s)")));
    // Just synced: the next one is about 15 minutes away, and the status bar's tooltip says when.
    CHECK(autoSync->nextSync() > QDateTime::currentDateTimeUtc().addSecs(14 * 60));
    auto* status = e.window->findChild<SyncStatusWidget*>(QStringLiteral("syncStatus"));
    REQUIRE(status != nullptr);

    // A short interval for the test: the change reaches the county without anyone asking.
    autoSync->setIntervalForTesting(300ms);
    autoSync->setCheckEvery(50ms);
    e.addHousehold(QStringLiteral("张伟"));
    QTRY_COMPARE_WITH_TIMEOUT(e.unsent(), 0, 20000);
    CHECK(e.window->sync()->isAutomatic());

    // Paused: nothing goes, whatever waits; the status bar says so; the pause is kept with the profile.
    pause->trigger();
    CHECK(pause->isChecked());
    CHECK(DeviceSync(e.laptop.db()).isAutoSyncPaused());
    CHECK(autoSync->isPaused());
    CHECK_FALSE(autoSync->nextSync().isValid());
    // A sync that had started before the pause runs to its end.
    QTRY_VERIFY_WITH_TIMEOUT(!e.window->sync()->isBusy(), 20000);
    e.addHousehold(QStringLiteral("李娜"));
    status->refresh();
    CHECK(status->text().contains(QStringLiteral("automatic sync paused")));
    QTest::qWait(1500);
    CHECK(e.unsent() > 0);
    CHECK_FALSE(e.window->sync()->isBusy());

    // Resumed: it goes at once (an interval has passed).
    pause->trigger();
    CHECK_FALSE(DeviceSync(e.laptop.db()).isAutoSyncPaused());
    QTRY_COMPARE_WITH_TIMEOUT(e.unsent(), 0, 20000);
    status->refresh();
    CHECK_FALSE(status->text().contains(QStringLiteral("automatic sync paused")));
}

TEST_CASE("the county sets how often laptops sync by themselves, and can turn it off",
          "[gui][sync][autosync]")
{
    qRegisterMetaType<ff::Status>();
    EnrolledWindow e;
    test::admin(e.county, {QStringLiteral("policy"), QStringLiteral("--sync-minutes"), QStringLiteral("5")});
    QSignalSpy done(e.window->sync(), &SyncController::finished);
    e.window->sync()->syncNow();
    REQUIRE(done.wait(30000));
    CHECK(e.window->autoSync()->interval() == 5min);
    QAction* pause = e.window->autoSync()->pauseAction();
    CHECK(pause->toolTip().contains(QStringLiteral("every 5 minute(s)")));

    test::admin(e.county, {QStringLiteral("policy"), QStringLiteral("--sync-minutes"), QStringLiteral("0")});
    e.window->sync()->syncNow();
    REQUIRE(done.wait(30000));
    CHECK(e.window->autoSync()->interval() == 0min);
    CHECK_FALSE(pause->isEnabled());
    CHECK(pause->toolTip().contains(QStringLiteral("turned automatic sync off")));
    CHECK_FALSE(e.window->autoSync()->nextSync().isValid());
    // Off means off, closing too: the window closes at once with its change still in the outbox.
    e.addHousehold(QStringLiteral("张伟"));
    CHECK(e.window->close());
    CHECK(e.unsent() > 0);
}

TEST_CASE("closing the app sends what waits to the county first, and Close now does not wait",
          "[gui][sync][autosync]")
{
    qRegisterMetaType<ff::Status>();
    EnrolledWindow e;
    e.addHousehold(QStringLiteral("张伟"));
    // The window stays while the last sync runs, with a progress dialog; then it closes by itself.
    CHECK_FALSE(e.window->close());
    auto* progress = e.window->findChild<QProgressDialog*>(QStringLiteral("closingSyncProgress"));
    REQUIRE(progress != nullptr);
    CHECK(progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!e.window->isVisible(), 30000);
    CHECK(e.unsent() == 0);

    // Offline (the county does not answer): nothing to wait for.
    EnrolledWindow offline;
    offline.addHousehold(QStringLiteral("李娜"));
    offline.server.reset();
    QSignalSpy state(offline.window->sync(), &SyncController::stateChanged);
    offline.window->sync()->checkConnection();
    QTRY_COMPARE_WITH_TIMEOUT(offline.window->sync()->connection(), SyncController::Connection::Offline,
                              20000);
    CHECK(offline.window->close());
    CHECK(offline.unsent() > 0);

    // Close now: the window closes without waiting for the sync's end.
    EnrolledWindow hurried;
    hurried.addHousehold(QStringLiteral("王强"));
    CHECK_FALSE(hurried.window->close());
    auto* hurry = hurried.window->findChild<QProgressDialog*>(QStringLiteral("closingSyncProgress"));
    REQUIRE(hurry != nullptr);
    hurry->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!hurried.window->isVisible(), 5000);
}
