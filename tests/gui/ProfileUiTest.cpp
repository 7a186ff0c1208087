// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first start, connecting a person to the county, signing in and the lock, as a person meets
// them: the real county server, real profiles in a temporary folder, real encryption.
#include "tests/gui/TaskListWait.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestServer.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/profile/ProfileDirectory.h"
#include "core/profile/ProfileOpener.h"
#include "core/records/AttachmentRepository.h"
#include "core/records/CaseNoteRepository.h"
#include "core/records/FileOpenRepository.h"
#include "core/records/HouseholdListQuery.h"
#include "core/records/HouseholdRepository.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/PlainFileEncryptor.h"
#include "core/sync/DeviceSync.h"
#include "ui/casework/TaskListPage.h"
#include "ui/households/HouseholdDialog.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdListPage.h"
#include "ui/main/MainWindow.h"
#include "ui/profile/ConnectProfileDialog.h"
#include "ui/profile/LockController.h"
#include "ui/profile/LockDialog.h"
#include "ui/profile/ProfileGate.h"
#include "ui/profile/StartDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/widgets/ProgressTask.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace ff;

namespace {

QString statusText(const MainWindow& window)
{
    QStringList texts;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QLatin1Char('|'));
}

/// A new encrypted profile (password "correct horse") and its open database, as the start window
/// leaves them: its data key held by the app.
struct EncryptedProfile
{
    QTemporaryDir dir;
    ProfileDirectory profiles{dir.filePath(QStringLiteral("profiles"))};
    QString folder;
    Database db;
    crypto::SecretBytes key;

    EncryptedProfile()
    {
        REQUIRE(profiles.createFolder(&folder));
        REQUIRE(ProfileOpener::create(folder, QStringLiteral("correct horse"), &key, db,
                                      crypto::PasswordKey::testCost()));
    }
    QString path() const { return ProfileDirectory::databasePath(folder); }
};

/// Types the right password in the lock's window and waits until it has unlocked.
void unlockWithPassword(LockController& lock)
{
    LockDialog* dialog = lock.dialog();
    REQUIRE(dialog != nullptr);
    dialog->passwordEdit()->setText(QStringLiteral("correct horse"));
    QTest::mouseClick(dialog->unlockButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!lock.isLocked(), 10000);
}

/// How many files under folder hold needle (as UTF-8 bytes).
int filesHolding(const QString& folder, const QString& needle)
{
    int hits = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            ++hits;
    }
    return hits;
}

} // namespace

TEST_CASE("the first start offers the demo and the county, and the demo can never be connected",
          "[gui][profile]")
{
    QTemporaryDir dir;
    const ProfileDirectory profiles(dir.filePath(QStringLiteral("profiles")));
    StartDialog start(profiles);
    start.show();
    auto* demoButton = start.findChild<QCommandLinkButton*>(QStringLiteral("demoButton"));
    auto* connectButton = start.findChild<QCommandLinkButton*>(QStringLiteral("connectButton"));
    REQUIRE(demoButton != nullptr);
    REQUIRE(connectButton != nullptr);
    CHECK(demoButton->isVisible());
    CHECK(connectButton->isVisible());
    QTest::mouseClick(demoButton, Qt::LeftButton);
    CHECK(start.result() == QDialog::Accepted);
    CHECK(start.choice() == StartDialog::Choice::Demo);

    OpenedProfile opened;
    REQUIRE(ProfileGate::openDemo(profiles, 20, &opened));
    CHECK(opened.demo);
    CHECK(profiles.hasDemo());
    CHECK(DeviceSync(*opened.db).isDemo());
    MainWindow window(*opened.db);
    window.setProfile(opened.folder, true, nullptr);
    window.show();
    CHECK(statusText(window).contains(QStringLiteral("Demo")));
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("changePasswordAction"))->isVisible());
    QString said;
    QTimer::singleShot(0, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    window.findChild<QAction*>(QStringLiteral("connectAction"))->trigger();
    CHECK(said.contains(QStringLiteral("never connected to a county")));
    CHECK_FALSE(DeviceSync(*opened.db).hasCounty());

    // The demo is tried as a caseworker unless another role is chosen; the choice is kept with it.
    auto* demoRoles = window.findChild<QMenu*>(QStringLiteral("demoRoleMenu"));
    REQUIRE(demoRoles != nullptr);
    CHECK(demoRoles->menuAction()->isVisible());
    CHECK(window.session().role() == Role::Caseworker);
    CHECK(window.findChild<QAction*>(QStringLiteral("demoAs_caseworker"))->isChecked());
    REQUIRE(MainWindow::setDemoRole(*opened.db, Role::Supervisor));
    MainWindow asSupervisor(*opened.db);
    asSupervisor.setProfile(opened.folder, true, nullptr);
    CHECK(asSupervisor.session().role() == Role::Supervisor);
    CHECK(asSupervisor.session().author() == QStringLiteral("Demo station supervisor"));
    CHECK(statusText(asSupervisor).contains(QStringLiteral("Station supervisor")));
    CHECK(asSupervisor.findChild<QAction*>(QStringLiteral("demoAs_supervisor"))->isChecked());
    REQUIRE(MainWindow::setDemoRole(*opened.db, Role::Caseworker));

    // The start window's other choice.
    StartDialog again(profiles);
    again.show();
    QTest::mouseClick(again.findChild<QCommandLinkButton*>(QStringLiteral("connectButton")), Qt::LeftButton);
    CHECK(again.choice() == StartDialog::Choice::Connect);
}

TEST_CASE("connecting a person makes an encrypted profile with the county's identity, and sign-in opens it",
          "[gui][profile]")
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
    const ProfileDirectory profiles(dir.filePath(QStringLiteral("profiles")));

    QString folder;
    {
        ConnectProfileDialog connect(profiles);
        connect.show();
        connect.serverEdit()->setText(server.url.toString());
        connect.codeEdit()->setText(test::enrollmentCode(county, QStringLiteral("王芳")));
        connect.passwordEdit()->setText(QStringLiteral("short"));
        connect.repeatEdit()->setText(QStringLiteral("short"));
        connect.accept();
        CHECK(connect.errorText().contains(QStringLiteral("at least 8 characters")));
        connect.passwordEdit()->setText(QStringLiteral("correct horse"));
        connect.repeatEdit()->setText(QStringLiteral("correct hose"));
        connect.accept();
        CHECK(connect.errorText().contains(QStringLiteral("not the same")));
        CHECK(profiles.profiles().isEmpty()); // nothing made before the password is settled
        connect.repeatEdit()->setText(QStringLiteral("correct horse"));
        connect.accept();
        QTRY_VERIFY_WITH_TIMEOUT(connect.result() == QDialog::Accepted || !connect.errorText().isEmpty(),
                                 30000);
        INFO(connect.errorText().toStdString());
        REQUIRE(connect.result() == QDialog::Accepted);
        folder = connect.folder();
        std::unique_ptr<Database> db = connect.takeDatabase();
        MainWindow window(*db);
        window.setProfile(folder, false, nullptr);
        CHECK(window.session().author() == QStringLiteral("王芳"));
        CHECK(window.session().actor().station == QStringLiteral("岸堤镇社工站"));
        CHECK(statusText(window).contains(QStringLiteral("Signed in as 王芳")));
        CHECK(window.findChild<QAction*>(QStringLiteral("changePasswordAction"))->isVisible());

        // A household filed, synced to the county and back: nothing of it readable in the folder.
        HouseholdFile file = test::sampleHousehold(QStringLiteral("欧阳明远"));
        REQUIRE(HouseholdRepository(*db, window.session()).save(file));
        // A case note: its text is also in the notes' word index, which must be as unreadable.
        CaseNote note;
        note.householdId = file.household.value(QStringLiteral("id")).toString();
        note.writtenOn = window.session().today();
        note.text = QStringLiteral("孩子由祖母照看，父母在宁波打工");
        REQUIRE(CaseNoteRepository(*db, window.session()).add(note));
        // An attachment: a "photo" whose bytes hold a readable sentence, sent to the county.
        Attachment scan;
        scan.householdId = note.householdId;
        scan.category = QStringLiteral("income");
        scan.fileName = QStringLiteral("工资条.jpg");
        REQUIRE(
            AttachmentRepository(*db, window.session())
                .add(scan, QByteArray::fromHex("ffd8ffe0") + QStringLiteral("月收入一千二百元整").toUtf8()));
        // Opening the file is recorded, and the county learns it with the sync.
        REQUIRE(FileOpenRepository(*db, window.session())
                    .record(file.household.value(QStringLiteral("id")).toString()));
        QSignalSpy synced(window.sync(), &SyncController::finished);
        window.sync()->syncNow();
        REQUIRE(synced.wait(30000));
        CHECK(synced.first().first().value<Status>().isOk());
        CHECK(DeviceSync(*db).unsentCount() == 0);
        const QString id = file.members.first().value(QStringLiteral("id_number")).toString();
        CHECK(window.sync()->attachmentsWaiting() == 0);
        for (const QString& canary :
             {QStringLiteral("欧阳明远"), QStringLiteral("宁波打工"), id, QStringLiteral("一千二百元")})
            CHECK(filesHolding(folder, canary) == 0);
        WARN(test::admin(county, {QStringLiteral("households")}).toStdString());
        const QString opened =
            test::admin(county, {QStringLiteral("opened"),
                                 file.household.value(QStringLiteral("household_no")).toString()});
        CHECK(opened.contains(QStringLiteral("王芳")));
        CHECK(opened.contains(DeviceSync(*db).deviceId()));
    }
    // The profile: the county's record of the person, and a database no SQLite tool can read.
    const QList<ProfileDirectory::Entry> listed = profiles.profiles();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().keyFile.identity().displayName == QStringLiteral("王芳"));
    CHECK(listed.first().keyFile.identity().station == QStringLiteral("岸堤镇社工站"));
    CHECK(listed.first().keyFile.identity().county == QStringLiteral("371321"));
    CHECK(listed.first().keyFile.hasRecovery());
    CHECK_FALSE(storage::PlainFileEncryptor::isPlain(ProfileDirectory::databasePath(folder)));

    // Sign-in: the profile is listed by name; a wrong password is told, the right one opens it.
    StartDialog start(profiles);
    start.show();
    REQUIRE(start.profileBox()->count() == 1);
    CHECK(start.profileBox()->currentText().contains(QStringLiteral("王芳")));
    start.passwordEdit()->setText(QStringLiteral("wrong password"));
    QTest::mouseClick(start.signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!start.errorText().isEmpty(), 10000);
    CHECK(start.errorText().contains(QStringLiteral("not the password")));
    QTRY_VERIFY_WITH_TIMEOUT(start.signInButton()->isEnabled(), 10000);
    CHECK(start.result() != QDialog::Accepted);
    start.passwordEdit()->setText(QStringLiteral("correct horse"));
    QTest::mouseClick(start.signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(start.result() == QDialog::Accepted, 10000);
    REQUIRE(start.choice() == StartDialog::Choice::SignedIn);
    crypto::SecretBytes key = start.takeDataKey();
    REQUIRE_FALSE(key.isNull());
    Database db;
    REQUIRE(ProfileOpener::open(start.folder(), key, db));
    CHECK(DeviceSync(db).user() == QStringLiteral("王芳"));
}

TEST_CASE("the lock covers every window, keeps a half-typed note, and opens only with the password",
          "[gui][profile]")
{
    QTemporaryDir dir;
    const ProfileDirectory profiles(dir.filePath(QStringLiteral("profiles")));
    QString folder;
    REQUIRE(profiles.createFolder(&folder));
    Database db;
    crypto::SecretBytes key;
    REQUIRE(ProfileOpener::create(folder, QStringLiteral("correct horse"), &key, db,
                                  crypto::PasswordKey::testCost()));
    const QString path = ProfileDirectory::databasePath(folder);
    const QByteArray fingerprint = key.fingerprint();
    MainWindow window(db);
    LockController lock(folder, QStringLiteral("王芳"), 10, fingerprint);
    lock.setSecrets(&db, &key); // as the app does: the database's keys and the app's copy
    window.setProfile(folder, false, &lock);
    window.show();
    // A household on the list before the lock.
    HouseholdFile filed = test::sampleHousehold(QStringLiteral("欧阳明远"));
    REQUIRE(HouseholdRepository(db, window.session()).save(filed));
    window.listPage()->refresh();
    REQUIRE(window.listPage()->model()->rowCount() == 1);
    CHECK(storage::EncryptedVfs::keyInMemory(path));
    auto* file = new HouseholdDialog(db, window.session(), {}, &window);
    file->setAttribute(Qt::WA_DeleteOnClose);
    file->show();
    auto* notes = file->findChild<QPlainTextEdit*>();
    REQUIRE(notes != nullptr);
    notes->insertPlainText(QStringLiteral("mother: 下月去县医院复查")); // half typed, not saved
    const QString title = file->windowTitle();

    // Idle long enough: locked.
    lock.setIdleInterval(200);
    QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 5000);
    for (QWidget* w : {static_cast<QWidget*>(&window), static_cast<QWidget*>(file)}) {
        auto* curtain = w->findChild<QWidget*>(QStringLiteral("lockCurtain"), Qt::FindDirectChildrenOnly);
        REQUIRE(curtain != nullptr);
        CHECK(curtain->isVisible());
        CHECK(curtain->geometry() == w->rect());
        CHECK(w->windowTitle().contains(QStringLiteral("locked")));
    }
    LockDialog* dialog = lock.dialog();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    dialog->reject(); // Escape does not unlock
    CHECK(lock.isLocked());
    // The keys are gone: the VFS holds none for the profile's database, the app's copy is wiped,
    // and a read of the open connection is the locked error, never rows.
    CHECK(lock.keysWiped());
    CHECK(storage::EncryptedVfs::isLocked(path));
    CHECK_FALSE(storage::EncryptedVfs::keyInMemory(path));
    CHECK(key.isNull());
    // A window that opens while locked (a progress dialog whose delay ran out) is covered as it
    // appears; the lock's own window is not.
    CHECK(dialog->findChild<QWidget*>(QStringLiteral("lockCurtain"), Qt::FindDirectChildrenOnly) == nullptr);
    auto* late = new QProgressDialog(QStringLiteral("Counting the indicators…"), QString(), 0, 0, &window);
    late->setAttribute(Qt::WA_DeleteOnClose);
    late->show();
    {
        auto* curtain = late->findChild<QWidget*>(QStringLiteral("lockCurtain"), Qt::FindDirectChildrenOnly);
        REQUIRE(curtain != nullptr);
        CHECK(curtain->isVisible());
        CHECK(late->windowTitle().contains(QStringLiteral("locked")));
    }
    {
        Query read(db);
        CHECK_FALSE(read.exec(QStringLiteral("SELECT count(*) FROM household")));
        CHECK(db.storageError().detail.startsWith(QStringLiteral("locked")));
    }
    // Sync is refused while locked, and the connection is not probed.
    CHECK(window.sync()->isPaused());
    {
        QSignalSpy refused(window.sync(), &SyncController::finished);
        window.sync()->syncNow();
        REQUIRE(refused.wait(5000));
        CHECK(refused.first().first().value<Status>().error().detail ==
              QLatin1String(SyncController::kLocked));
    }
    // A colleague's key file put in place of this one: their password opens their key, not this
    // profile's, and does not unlock.
    {
        QString other;
        REQUIRE(profiles.createFolder(&other));
        Database otherDb;
        crypto::SecretBytes otherKey;
        REQUIRE(ProfileOpener::create(other, QStringLiteral("colleague pw"), &otherKey, otherDb,
                                      crypto::PasswordKey::testCost()));
        const QString mine = ProfileDirectory::keyFilePath(folder);
        REQUIRE(QFile::rename(mine, mine + QStringLiteral(".kept")));
        REQUIRE(QFile::copy(ProfileDirectory::keyFilePath(other), mine));
        dialog->passwordEdit()->setText(QStringLiteral("colleague pw"));
        QTest::mouseClick(dialog->unlockButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking() && !dialog->errorText().isEmpty(), 10000);
        CHECK(lock.isLocked());
        REQUIRE(QFile::remove(mine));
        REQUIRE(QFile::rename(mine + QStringLiteral(".kept"), mine));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->unlockButton()->isEnabled(), 10000);
    }
    dialog->passwordEdit()->setText(QStringLiteral("not it"));
    QTest::mouseClick(dialog->unlockButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking() && !dialog->errorText().isEmpty(), 10000);
    CHECK(lock.isLocked());
    CHECK(dialog->errorText().contains(QStringLiteral("not the password")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->unlockButton()->isEnabled(), 10000);
    dialog->passwordEdit()->setText(QStringLiteral("correct horse"));
    QTest::mouseClick(dialog->unlockButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!lock.isLocked(), 10000);

    // Where the person was: the file still open, the note as typed, the titles back.
    CHECK(file->isVisible());
    CHECK(notes->toPlainText() == QStringLiteral("mother: 下月去县医院复查"));
    CHECK(file->windowTitle() == title);
    CHECK(file->findChild<QWidget*>(QStringLiteral("lockCurtain"), Qt::FindDirectChildrenOnly) == nullptr);
    CHECK(late->findChild<QWidget*>(QStringLiteral("lockCurtain"), Qt::FindDirectChildrenOnly) == nullptr);
    late->close();
    // The key is back where it was: the VFS, the app's copy; the list reads, a save works.
    CHECK_FALSE(lock.keysWiped());
    CHECK_FALSE(storage::EncryptedVfs::isLocked(path));
    CHECK(storage::EncryptedVfs::keyInMemory(path));
    CHECK(key.fingerprint() == fingerprint);
    CHECK_FALSE(window.sync()->isPaused());
    REQUIRE(window.listPage()->model()->rowCount() == 1);
    CHECK(window.listPage()->model()->householdId(0) ==
          filed.household.value(QStringLiteral("id")).toString());
    CHECK(window.listPage()
              ->model()
              ->index(0, HouseholdListQuery::Head)
              .data()
              .toString()
              .contains(QStringLiteral("欧阳明远")));
    HouseholdFile another = test::sampleHousehold(QStringLiteral("李秀英"));
    REQUIRE(HouseholdRepository(db, window.session()).save(another));
    window.listPage()->refresh();
    CHECK(window.listPage()->model()->rowCount() == 2);
    CHECK(db.storageError().message.isEmpty());
    // The Lock command locks at once, and wipes the keys again: at once, or as soon as a worker
    // still reading (My tasks gathered again after the unlock and the save) has stopped.
    window.findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
    CHECK(lock.isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(lock.keysWiped(), 10000);
    CHECK_FALSE(storage::EncryptedVfs::keyInMemory(path));
}

TEST_CASE("my tasks being gathered when the lock comes: their worker is cancelled and ends before the "
          "keys are wiped, and once unlocked they are gathered again",
          "[gui][profile][tasks]")
{
    EncryptedProfile profile;
    Database& db = profile.db;
    const QString path = profile.path();
    MainWindow window(db);
    LockController lock(profile.folder, QStringLiteral("王芳"), 10, profile.key.fingerprint());
    lock.setSecrets(&db, &profile.key);
    window.setProfile(profile.folder, false, &lock);
    // A household never visited: a task.
    HouseholdFile never = test::sampleHousehold(QStringLiteral("欧阳明远"));
    REQUIRE(HouseholdRepository(db, window.session()).save(never));
    window.show();
    TaskListPage* page = window.taskListPage();
    REQUIRE(page->isVisible());
    // At the start the worker waits for the page's first paint; a refresh starts it now.
    page->refresh();
    REQUIRE(page->isBusy()); // gathering on its own connection to the encrypted file

    lock.lockNow();
    CHECK(lock.isLocked());
    CHECK_FALSE(lock.keysWiped()); // the worker has not ended yet
    CHECK(storage::EncryptedVfs::keyInMemory(path));
    QTRY_VERIFY_WITH_TIMEOUT(lock.keysWiped(), 10000);
    CHECK_FALSE(page->isBusy());
    CHECK_FALSE(storage::EncryptedVfs::keyInMemory(path));

    unlockWithPassword(lock);
    REQUIRE(test::waitForTasks(page));
    REQUIRE(page->tasks().size() == 1);
    CHECK(page->tasks().first().headName == QStringLiteral("欧阳明远"));
}

TEST_CASE("a printed report being counted when the lock comes is stopped, and the keys are wiped once its "
          "count has ended",
          "[gui][profile][print]")
{
    EncryptedProfile profile;
    Database& db = profile.db;
    const QString path = profile.path();
    MainWindow window(db);
    LockController lock(profile.folder, QStringLiteral("王芳"), 10, profile.key.fingerprint());
    lock.setSecrets(&db, &profile.key);
    window.setProfile(profile.folder, false, &lock);
    HouseholdFile household = test::sampleHousehold(QStringLiteral("欧阳明远"));
    REQUIRE(HouseholdRepository(db, window.session()).save(household));
    window.show();

    // The count reads the encrypted file on a connection of its own, as PrintJobs' does. Told to
    // stop, it reads on a while, as a station's count finishes before it looks again.
    std::atomic<int> reads{0};
    std::atomic<int> readsAfterStop{0};
    std::atomic<int> failedReads{0};
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (reads == 0)
            return;
        poll.stop();
        lock.lockNow();
    });
    poll.start();
    QProgressDialog progress(&window);
    // Should the lock not stop it, the test stops it (as Stop would) rather than wait for ever.
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, [&progress] {
        FAIL_CHECK("the lock did not stop the count");
        emit progress.canceled();
    });
    guard.start(20000);
    ProgressTask::Ending ending = ProgressTask::Ending::Finished;
    const int households = ProgressTask::run<int>(
        progress,
        [&](const ProgressTask::Report& report) {
            Database own;
            if (!own.open(path))
                return -1;
            int count = -1;
            const auto read = [&] {
                Query q(own);
                if (q.exec(QStringLiteral("SELECT count(*) FROM household")) && q.next())
                    count = q.value(0).toInt();
                else
                    ++failedReads;
            };
            for (; report(0, 1); ++reads) {
                read();
                QThread::msleep(5);
            }
            for (QElapsedTimer tail; !tail.isValid() || tail.elapsed() < 300; ++readsAfterStop) {
                if (!tail.isValid())
                    tail.start();
                read();
                QThread::msleep(5);
            }
            return count;
        },
        &ending);
    guard.stop();
    CHECK(ending == ProgressTask::Ending::Interrupted); // the lock stopped it
    CHECK(lock.isLocked());
    CHECK(households == 1);
    CHECK(readsAfterStop > 0);
    CHECK(failedReads == 0); // the keys stayed until the count had ended
    // Once it has, the lock wipes the keys.
    QTRY_VERIFY_WITH_TIMEOUT(lock.keysWiped(), 10000);
    CHECK_FALSE(storage::EncryptedVfs::keyInMemory(path));

    // What PrintJobs then says waits for the unlock: nothing opens over the lock.
    window.tellOnceUnlocked(QStringLiteral("Monthly station report"), QStringLiteral("It was not finished."));
    QCoreApplication::processEvents();
    CHECK(window.findChildren<QMessageBox*>().isEmpty());
    // Once unlocked it is said in a message box, which this reads and closes.
    QString told;
    QTimer answer;
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            told = box->text();
            answer.stop();
            box->accept();
        }
    });
    answer.start();
    unlockWithPassword(lock);
    QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 10000);
    CHECK(told == QStringLiteral("It was not finished."));
}

TEST_CASE("a sync running when the lock comes ends before the keys are wiped, and syncs on after unlocking",
          "[gui][profile][sync]")
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
    const ProfileDirectory profiles(dir.filePath(QStringLiteral("profiles")));
    ConnectProfileDialog connect(profiles);
    connect.show();
    connect.serverEdit()->setText(server.url.toString());
    connect.codeEdit()->setText(test::enrollmentCode(county, QStringLiteral("王芳")));
    connect.passwordEdit()->setText(QStringLiteral("correct horse"));
    connect.repeatEdit()->setText(QStringLiteral("correct horse"));
    connect.accept();
    QTRY_VERIFY_WITH_TIMEOUT(connect.result() == QDialog::Accepted || !connect.errorText().isEmpty(), 30000);
    REQUIRE(connect.result() == QDialog::Accepted);
    const QString folder = connect.folder();
    const QString path = ProfileDirectory::databasePath(folder);
    std::unique_ptr<Database> db = connect.takeDatabase();
    crypto::SecretBytes key = connect.takeDataKey();
    REQUIRE_FALSE(key.isNull());
    MainWindow window(*db);
    LockController lock(folder, QStringLiteral("王芳"), 10, key.fingerprint());
    lock.setSecrets(db.get(), &key);
    window.setProfile(folder, false, &lock);
    HouseholdFile file = test::sampleHousehold(QStringLiteral("欧阳明远"));
    REQUIRE(HouseholdRepository(*db, window.session()).save(file));

    // Locked while the sync runs: it goes on with the key and ends well; then the keys go.
    QSignalSpy synced(window.sync(), &SyncController::finished);
    window.sync()->syncNow();
    REQUIRE(window.sync()->isBusy());
    lock.lockNow();
    CHECK(lock.isLocked());
    CHECK_FALSE(lock.keysWiped());
    CHECK(storage::EncryptedVfs::keyInMemory(path));
    REQUIRE(synced.wait(30000));
    INFO(synced.first().first().value<Status>().error().detail.toStdString());
    CHECK(synced.first().first().value<Status>().isOk());
    QTRY_VERIFY_WITH_TIMEOUT(lock.keysWiped(), 5000);
    CHECK_FALSE(storage::EncryptedVfs::keyInMemory(path));
    CHECK(key.isNull());

    unlockWithPassword(lock);
    CHECK(DeviceSync(*db).unsentCount() == 0);
    CHECK(window.listPage()->model()->rowCount() == 1);
    // The sync thread's connection works again too.
    synced.clear();
    window.sync()->syncNow();
    REQUIRE(synced.wait(30000));
    CHECK(synced.first().first().value<Status>().isOk());
}
