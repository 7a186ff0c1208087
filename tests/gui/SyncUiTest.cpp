// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync commands of the main window against the real county server.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestServer.h"

#include "core/forms/PublishedDocument.h"
#include "core/journal/JournalReader.h"
#include "core/model/AgencyList.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/StatusReviewRepository.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/SyncClient.h"
#include "ui/households/ConflictDialog.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdListPage.h"
#include "ui/main/LanguageMenu.h"
#include "ui/main/MainWindow.h"
#include "ui/sync/ImportReportDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ff;

namespace {
QString waitFor(SyncController* sync, const std::function<void()>& start)
{
    QSignalSpy spy(sync, &SyncController::finished);
    start();
    if (!spy.wait(30000))
        return QStringLiteral("timeout");
    const Status s = spy.first().first().value<Status>();
    return s.isOk() ? spy.first().at(1).toString() : s.error().message;
}
} // namespace

TEST_CASE("connect, sync now, indicator, export package and import receipt from the main window",
          "[gui][sync]")
{
    qRegisterMetaType<ff::Status>();
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.db"));
    test::admin(county, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    test::admin(county,
                {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
                 QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    test::RunningServer server(county);
    REQUIRE(server.url.isValid());

    test::TempDatabase laptop;
    MainWindow window(laptop.db());
    window.show();
    SyncController* sync = window.sync();
    auto* status = window.findChild<SyncStatusWidget*>(QStringLiteral("syncStatus"));
    REQUIRE(status != nullptr);
    CHECK(status->text().contains(QStringLiteral("Not connected")));
    CHECK(status->text().contains(QStringLiteral("never synced")));
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("syncNowAction"))->isEnabled());

    // Connect with the code (the dialog's fields go straight to enroll), which also syncs once.
    const QString code = test::enrollmentCode(county, QStringLiteral("王芳"));
    QSignalSpy both(sync, &SyncController::finished);
    CHECK(waitFor(sync, [&] { sync->enroll(server.url, code); }) == QStringLiteral("enroll"));
    // The sync that follows enrollment (it may already be done).
    QTRY_VERIFY_WITH_TIMEOUT(both.size() >= 2, 30000);
    CHECK(both.at(1).at(1).toString() == QStringLiteral("sync"));
    const Status first = both.at(1).at(0).value<Status>();
    INFO("first sync: " << (first.isOk() ? std::string("ok")
                                         : first.error().message.toStdString() + " / " +
                                               first.error().detail.toStdString()));
    CHECK(window.findChild<QAction*>(QStringLiteral("syncNowAction"))->isEnabled());
    CHECK(sync->connection() == SyncController::Connection::Online);
    CHECK(status->text().contains(QStringLiteral("Online")));
    // The periodic check of the connection agrees.
    sync->checkConnection();
    QSignalSpy checked(sync, &SyncController::stateChanged);
    REQUIRE(checked.wait(10000));
    CHECK(sync->connection() == SyncController::Connection::Online);

    // Offline work shows as unsent; Sync now sends it.
    HouseholdRepository repo(laptop.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile f = test::sampleHousehold();
    REQUIRE(repo.save(f));
    status->refresh();
    CHECK(status->text().contains(QStringLiteral("3 change(s) not yet sent")));
    CHECK(waitFor(sync, [&] { window.findChild<QAction*>(QStringLiteral("syncNowAction"))->trigger(); }) ==
          QStringLiteral("sync"));
    CHECK(status->text().contains(QStringLiteral("0 change(s) not yet sent")));
    CHECK_FALSE(status->text().contains(QStringLiteral("never synced")));
    CHECK(status->text().contains(QStringLiteral("last sync: ")));

    // The USB path: export a package, the county imports it, the receipt comes back.
    f.household.insert(QStringLiteral("phone"), QStringLiteral("13900000000"));
    REQUIRE(repo.save(f));
    const QString package = dir.filePath(QStringLiteral("usb.ffpkg"));
    CHECK(waitFor(sync, [&] { sync->exportPackage(package); }) == QStringLiteral("export:1"));
    REQUIRE(QFile::exists(package));
    const QString report = test::admin(county, {QStringLiteral("import"), package});
    CHECK(report.contains(QStringLiteral("applied 1")));
    int acknowledged = 0;
    REQUIRE(sync->importReceipt(dir.filePath(QStringLiteral("usb.ffrct")), &acknowledged));
    CHECK(acknowledged == 1);
    CHECK(DeviceSync(laptop.db()).unsentCount() == 0);
    CHECK(status->text().contains(QStringLiteral("0 change(s) not yet sent")));
}

TEST_CASE("a conflict shows in the list and is resolved side by side", "[gui][conflict]")
{
    test::TempDatabase a, b;
    HouseholdRepository repoA(a.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile file = test::sampleHousehold();
    REQUIRE(repoA.save(file));
    REQUIRE(ChangeImporter::apply(b.db(), JournalReader(a.db()).since(0)));
    const QString id = file.household.value(QStringLiteral("id")).toString();
    // Two county staff confirm different status reviews on their laptops while offline.
    const QByteArray key(32, 'k');
    const auto enrollAs = [&key](Database& db, const QString& user, const QString& role) {
        REQUIRE(DeviceSync(db).setCounty(QStringLiteral("371321"), key, key, QStringLiteral("https://county"),
                                         user, role));
    };
    enrollAs(a.db(), QStringLiteral("周科长"), QStringLiteral("county"));
    enrollAs(b.db(), QStringLiteral("李科长"), QStringLiteral("county"));
    const auto approve = [&id](Database& db, const QString& status) {
        StatusReview r{{}, id, {}, status, QStringLiteral("情况有变"), QStringLiteral("入户核查")};
        REQUIRE(StatusReviewRepository(db, DeviceSync(db).session()).propose(r));
        REQUIRE(StatusReviewRepository(db, DeviceSync(db).session())
                    .recommend(r.id, QStringLiteral("recommended"), {}));
        REQUIRE(StatusReviewRepository(db, DeviceSync(db).session())
                    .decide(r.id, QStringLiteral("approved"), {}));
    };
    approve(b.db(), QStringLiteral("tekun"));
    approve(a.db(), QStringLiteral("none"));
    REQUIRE(ChangeImporter::apply(a.db(), JournalReader(b.db()).since(0)));

    MainWindow window(a.db());
    window.show();
    HouseholdListModel* model = window.listPage()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(
        model->index(0, HouseholdListQuery::Head).data().toString().contains(QStringLiteral("in conflict")));
    window.listPage()->view()->setCurrentIndex(model->index(0, 0));
    CHECK(window.findChild<QAction*>(QStringLiteral("resolveConflictsAction"))->isEnabled());

    {
        // On a caseworker's laptop the assistance status is shown in conflict but not settled there.
        enrollAs(a.db(), QStringLiteral("王芳"), QStringLiteral("caseworker"));
        ConflictDialog caseworker(a.db(), DeviceSync(a.db()).session(), id);
        REQUIRE(caseworker.remaining() == 1);
        CHECK_FALSE(caseworker.findChild<QPushButton*>(QStringLiteral("keepButton0"))->isEnabled());
        CHECK_FALSE(caseworker.findChild<QPushButton*>(QStringLiteral("keepButton1"))->isEnabled());
        CHECK(caseworker.findChild<QPushButton*>(QStringLiteral("useNewButton")) == nullptr);
        CHECK(caseworker.findChild<QLabel*>(QStringLiteral("authorityNoteLabel"))
                  ->text()
                  .contains(QStringLiteral("the county confirms it")));
    }
    {
        // Nor on the station supervisor's: the status is the county's to settle.
        enrollAs(a.db(), QStringLiteral("李督导"), QStringLiteral("supervisor"));
        ConflictDialog supervisor(a.db(), DeviceSync(a.db()).session(), id);
        CHECK_FALSE(supervisor.findChild<QPushButton*>(QStringLiteral("keepButton0"))->isEnabled());
    }
    enrollAs(a.db(), QStringLiteral("周科长"), QStringLiteral("county"));
    ConflictDialog dialog(a.db(), DeviceSync(a.db()).session(), id);
    REQUIRE(dialog.remaining() == 1);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("authorityNoteLabel")) == nullptr);
    // Both values are there, each with its author.
    const QString first = dialog.findChild<QLabel*>(QStringLiteral("sideValue0"))->text();
    const QString second = dialog.findChild<QLabel*>(QStringLiteral("sideValue1"))->text();
    CHECK(QStringList{first, second}.contains(QStringLiteral("Extreme-poverty support")));
    CHECK(QStringList{first, second}.contains(QStringLiteral("No assistance")));
    const int keepIndex = first == QStringLiteral("No assistance") ? 0 : 1;
    dialog.findChild<QPushButton*>(QStringLiteral("keepButton%1").arg(keepIndex))->click();
    CHECK(dialog.remaining() == 0);
    CHECK(repoA.load(id)->household.value(QStringLiteral("status")).toString() == QStringLiteral("none"));
    // The resolution is a journaled change by the person who chose, ready to sync.
    const Change last = JournalReader(a.db()).since(0).last();
    CHECK(last.op == Change::Op::Resolve);
    CHECK(last.author == QStringLiteral("周科长"));
    CHECK(last.bases.value(QStringLiteral("status")).size() == 2);
}

TEST_CASE("county staff import packages from laptops in the app, with a report and receipts", "[gui][sync]")
{
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.db"));
    test::admin(county, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    test::admin(county,
                {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
                 QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    test::admin(county, {QStringLiteral("add-user"), QStringLiteral("县民政局"), QStringLiteral("--role"),
                         QStringLiteral("county")});
    test::RunningServer server(county);
    REQUIRE(server.url.isValid());

    // A caseworker's laptop that never gets a connection: it exports a package to a USB stick.
    test::TempDatabase field;
    SyncClient fieldClient(field.db());
    QSignalSpy enrolled(&fieldClient, &SyncClient::finished);
    fieldClient.enroll(server.url, test::enrollmentCode(county, QStringLiteral("王芳")));
    REQUIRE(enrolled.wait(30000));
    HouseholdRepository repo(field.db(), test::as(QStringLiteral("王芳")));
    HouseholdFile f = test::sampleHousehold();
    REQUIRE(repo.save(f));
    QByteArray bytes;
    REQUIRE(DeviceSync(field.db()).exportPackage(&bytes));
    const QString usb = dir.filePath(QStringLiteral("wangfang.ffpkg"));
    const QString junk = dir.filePath(QStringLiteral("photo.ffpkg"));
    for (const auto& [path, data] : {std::pair{usb, bytes}, std::pair{junk, QByteArray("not a package")}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(data);
    }

    // At the county, the county user's app imports both.
    test::TempDatabase office;
    MainWindow window(office.db());
    window.show();
    SyncController* sync = window.sync();
    CHECK(waitFor(sync, [&] {
              sync->enroll(server.url, test::enrollmentCode(county, QStringLiteral("县民政局")));
          }) == QStringLiteral("enroll"));
    QTRY_VERIFY_WITH_TIMEOUT(!sync->isBusy(), 30000);
    QAction* import = window.findChild<QAction*>(QStringLiteral("importPackagesAction"));
    CHECK(import->isVisible());
    CHECK(waitFor(sync, [&] { window.importPackages({usb, junk}); }) == QStringLiteral("import"));
    auto* report = window.findChild<ImportReportDialog*>();
    REQUIRE(report != nullptr);
    QTableWidget* table = report->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 1)->text() == QStringLiteral("imported"));
    CHECK(table->item(0, 2)->text().contains(QStringLiteral("applied 3")));
    // Whose package it was: the caseworker and station the county enrolled the laptop for, and
    // the laptop.
    CHECK(table->item(0, 2)->text().startsWith(QStringLiteral("from 王芳, 岸堤镇社工站 (device %1)")
                                                   .arg(DeviceSync(field.db()).deviceId().left(8))));
    CHECK(table->item(1, 1)->text() == QStringLiteral("refused"));
    CHECK(table->item(1, 2)->text().contains(QStringLiteral("not a Fieldfile sync package")));
    REQUIRE(QFile::exists(dir.filePath(QStringLiteral("wangfang.ffrct"))));
    // The same files again, in Chinese: "already imported", and the server's refusal in Chinese too.
    LanguageMenu::apply(QStringLiteral("zh_CN"));
    delete report;
    CHECK(waitFor(sync, [&] { window.importPackages({usb, junk}); }) == QStringLiteral("import"));
    auto* again = window.findChild<ImportReportDialog*>();
    REQUIRE(again != nullptr);
    REQUIRE(again->table()->rowCount() == 2);
    CHECK(again->table()->item(0, 1)->text() == QStringLiteral("此前已导入"));
    CHECK(again->table()->item(0, 2)->text().endsWith(QStringLiteral("此前已导入，未作任何更改")));
    CHECK(again->table()->item(0, 2)->text().contains(QStringLiteral("王芳")));
    CHECK(again->findChild<QProgressBar*>(QStringLiteral("importProgressBar"))->value() == 2);
    CHECK(again->table()->item(1, 2)->text().contains(QStringLiteral("这个文件不是一户一档的同步包")));
    LanguageMenu::apply(QStringLiteral("en"));

    // The receipt goes back on the stick and empties the caseworker's outbox.
    QFile receipt(dir.filePath(QStringLiteral("wangfang.ffrct")));
    REQUIRE(receipt.open(QIODevice::ReadOnly));
    int acknowledged = 0;
    REQUIRE(DeviceSync(field.db()).importReceipt(receipt.readAll(), &acknowledged));
    CHECK(acknowledged == 3);
}

TEST_CASE("a caseworker does not see the county's import command", "[gui][sync]")
{
    test::TempDatabase t;
    MainWindow window(t.db());
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("importPackagesAction"))->isVisible());
}

TEST_CASE("the demo caseload cannot be connected to a county: the app says how to start real work",
          "[gui][sync]")
{
    test::TempDatabase laptop;
    DeviceSync(laptop.db()).markDemo();
    MainWindow window(laptop.db());
    window.show();
    QString warning;
    bool connectDialogShown = false;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        warning = box->text();
        box->button(QMessageBox::Ok)->click();
        // Had it gone on, the connect dialog would be the next modal window.
        QTimer::singleShot(0, [&] {
            if (auto* next = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                connectDialogShown = true;
                next->reject();
            }
        });
    });
    window.findChild<QAction*>(QStringLiteral("connectAction"))->trigger();
    QApplication::processEvents();
    CHECK(warning.contains(QStringLiteral("never connected to a county")));
    CHECK(warning.contains(QStringLiteral("Connect another person")));
    CHECK_FALSE(connectDialogShown);
    CHECK_FALSE(DeviceSync(laptop.db()).hasCounty());
}

TEST_CASE("a form or list from the county that is not signed by it is named in the status bar after a sync",
          "[gui][sync][publish]")
{
    qRegisterMetaType<ff::Status>();
    PublishedDocument::install({});
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.db"));
    test::admin(county, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    test::admin(county,
                {QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
                 QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    const QString list = dir.filePath(QStringLiteral("agencies.json"));
    {
        QFile f(list);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"agencies": [{"code": "village_clinic", "zh_CN": "村卫生室", "en": "Village clinic"}]})");
    }
    test::admin(county, {QStringLiteral("publish"), list});
    {
        // Changed behind the county's back: its signature no longer fits.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(county);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("UPDATE published_document SET signature = zeroblob(64)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    test::RunningServer server(county);
    REQUIRE(server.url.isValid());

    test::TempDatabase laptop;
    MainWindow window(laptop.db());
    window.show();
    SyncController* sync = window.sync();
    QSignalSpy both(sync, &SyncController::finished);
    CHECK(waitFor(sync, [&] {
              sync->enroll(server.url, test::enrollmentCode(county, QStringLiteral("王芳")));
          }) == QStringLiteral("enroll"));
    QTRY_VERIFY_WITH_TIMEOUT(both.size() >= 2, 30000);
    CHECK(waitFor(sync, [&] { window.findChild<QAction*>(QStringLiteral("syncNowAction"))->trigger(); }) ==
          QStringLiteral("sync"));
    REQUIRE(sync->refusedDocuments().size() == 1);
    const QString said = window.statusBar()->currentMessage();
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("were refused")));
    CHECK(said.contains(QStringLiteral("agencies.json: it is not signed by the county")));
    CHECK_FALSE(AgencyList::current().find(QStringLiteral("village_clinic")));
}
