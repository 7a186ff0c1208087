// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/SyncScreenshots.h"

#include "tests/support/ServerProcess.h"

#include "core/db/Database.h"
#include "core/demo/DemoGenerator.h"
#include "core/journal/JournalReader.h"
#include "core/journal/JournalWriter.h"
#include "core/records/HouseholdRepository.h"
#include "core/sync/ChangeImporter.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/SyncClient.h"
#include "ui/main/MainWindow.h"
#include "ui/sync/AutoSync.h"
#include "ui/sync/ClosingSync.h"
#include "ui/sync/ConnectDialog.h"
#include "ui/sync/ImportReportDialog.h"
#include "ui/sync/SyncController.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

namespace ff::shots {

namespace {
/// Waits for a client or controller's `finished`, at most a minute.
template <typename Sender, typename Signal>
void waitFor(Sender* sender, Signal signal, const std::function<void()>& start)
{
    QEventLoop loop;
    const auto connection = QObject::connect(sender, signal, &loop, [&loop] { loop.quit(); });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    start();
    loop.exec();
    QObject::disconnect(connection);
}

/// A laptop enrolled with the county through the real HTTP route (a client on this thread).
bool enroll(Database& db, const QUrl& server, const QString& code)
{
    SyncClient client(db);
    Status result = Error{QStringLiteral("timeout"), {}};
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::finished, &loop, [&](const Status& s) {
        result = s;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    client.enroll(server, code);
    loop.exec();
    return result.isOk();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString firstHousehold(Database& db)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT id FROM household ORDER BY household_no LIMIT 1"));
    return q.next() ? q.value(0).toString() : QString();
}

bool changePhone(Database& db, const QString& householdId, const QString& phone, const QString& author)
{
    HouseholdRepository repo(db, Session::of(author));
    auto file = repo.load(householdId);
    if (!file)
        return false;
    file->household.insert(QStringLiteral("phone"), phone);
    return repo.save(*file).isOk();
}
} // namespace

bool takeSyncScreenshots(const QDir& out, const QString& language, const Save& save)
{
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.db"));
    auto admin = [&](const QStringList& args) { return test::tryAdmin(county, args); };
    auto code = [&](const QString& user) {
        return QRegularExpression(QStringLiteral("([0-9A-Z]{5}-[0-9A-Z]{5})"))
            .match(admin({QStringLiteral("enroll-code"), user}).out)
            .captured(1);
    };
    if (admin({QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")}).exitCode != 0)
        return false;
    admin({QStringLiteral("add-user"), QStringLiteral("王芳"), QStringLiteral("--role"),
           QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("岸堤镇社工站")});
    admin({QStringLiteral("add-user"), QStringLiteral("李娜"), QStringLiteral("--role"),
           QStringLiteral("caseworker"), QStringLiteral("--station"), QStringLiteral("孙祖镇社工站")});
    admin({QStringLiteral("add-user"), QStringLiteral("县民政局"), QStringLiteral("--role"),
           QStringLiteral("county")});
    // Small pages, so that a first sync of a caseload takes several and its progress shows.
    test::RunningServer server(county, {QStringLiteral("--page-changes"), QStringLiteral("300")});
    if (!server.url.isValid())
        return false;
    const QDate today = QDate::currentDate();

    // 王芳's laptop, with the caseload she filed offline: connecting, the first sync, then online
    // with new work waiting to be sent.
    {
        Database laptop;
        if (!laptop.open(dir.filePath(QStringLiteral("laptop.db"))) ||
            !DemoGenerator::generate(laptop, {120, 7, 120, today}))
            return false;
        MainWindow window(laptop);
        window.resize(1366, 768);
        window.show();
        window.showDueVisits(false); // the caseload, as it arrives (her home page is My tasks)
        const QString enrollment = code(QStringLiteral("王芳"));
        {
            ConnectDialog connect(server.url.toString(), &window);
            connect.findChild<QLineEdit*>(QStringLiteral("codeLineEdit"))->setText(enrollment);
            connect.show();
            save(&connect, out.filePath(QStringLiteral("connect-%1.png").arg(language)));
        }
        SyncController* sync = window.sync();
        // The last step with something left to do: receiving the caseload back, page by page.
        const auto progress = QObject::connect(
            sync, &SyncController::progress, &window, [&](const QString&, int done, int total) {
                // Grabbed at once: handling other events first could let the sync finish before
                // the picture is taken.
                if (done > 0 && done < total)
                    window.grab().save(out.filePath(QStringLiteral("sync-progress-%1.png").arg(language)));
            });
        waitFor(sync, &SyncController::finished, [&] { sync->enroll(server.url, enrollment); });
        // The first sync follows the enrollment.
        QEventLoop settle;
        QTimer::singleShot(200, &settle, &QEventLoop::quit);
        settle.exec();
        if (sync->isBusy())
            waitFor(sync, &SyncController::finished, [] {});
        QObject::disconnect(progress);
        QSqlQuery q(laptop.sql());
        q.exec(QStringLiteral("SELECT id FROM household ORDER BY household_no LIMIT 2"));
        while (q.next())
            (void)changePhone(laptop, q.value(0).toString(), QStringLiteral("13905391234"),
                              QStringLiteral("王芳"));
        waitFor(sync, &SyncController::stateChanged, [sync] { sync->checkConnection(); });
        save(&window, out.filePath(QStringLiteral("sync-online-%1.png").arg(language)));
        // Automatic sync paused by her, as the status bar says.
        window.autoSync()->setPaused(true);
        save(&window, out.filePath(QStringLiteral("sync-paused-%1.png").arg(language)));
        window.autoSync()->setPaused(false);
        // Closing with changes waiting: the last sync before the window goes.
        if (window.closingSync()->holdsClose()) {
            if (auto* closing = window.findChild<QProgressDialog*>(QStringLiteral("closingSyncProgress")))
                save(closing, out.filePath(QStringLiteral("sync-on-close-%1.png").arg(language)));
            if (sync->isBusy())
                waitFor(sync, &SyncController::finished, [] {});
        }
    }

    // Packages carried in on USB sticks.
    // 王芳's second laptop files two households; the county imported its package before.
    Database a, b, c;
    if (!a.open(dir.filePath(QStringLiteral("a.db"))) || !b.open(dir.filePath(QStringLiteral("b.db"))) ||
        !c.open(dir.filePath(QStringLiteral("c.db"))) ||
        !enroll(a, server.url, code(QStringLiteral("王芳"))) ||
        !enroll(b, server.url, code(QStringLiteral("王芳"))) ||
        !enroll(c, server.url, code(QStringLiteral("李娜"))) ||
        !DemoGenerator::generate(a, {2, 11, 2, today}) || !DemoGenerator::generate(c, {6, 13, 6, today}))
        return false;
    const QString shared = firstHousehold(a);
    // Her third laptop had the same households, and both changed the same phone number offline;
    // the third one (an older version of Fieldfile) also changed the assistance status itself,
    // which only a status review may do: the county parks that change. Today's writer refuses it on
    // a caseworker's laptop, so the older version's change is written as if by county staff; the
    // county judges it by the role of the user the laptop is enrolled for.
    if (!ChangeImporter::apply(b, JournalReader(a).since(0)) ||
        !changePhone(a, shared, QStringLiteral("13905391234"), QStringLiteral("王芳")) ||
        !changePhone(b, shared, QStringLiteral("15853907788"), QStringLiteral("王芳")) ||
        !JournalWriter(b, Session::of(QStringLiteral("王芳"), Role::County))
             .commit({{QStringLiteral("household"),
                       shared,
                       shared,
                       Change::Op::Update,
                       {{QStringLiteral("status"), QStringLiteral("tekun")}}}}))
        return false;
    QByteArray bytes;
    const QString usbA = dir.filePath(QStringLiteral("王芳-笔记本2.ffpkg"));
    const QString usbB = dir.filePath(QStringLiteral("王芳-笔记本3.ffpkg"));
    const QString usbC = dir.filePath(QStringLiteral("李娜.ffpkg"));
    const QString junk = dir.filePath(QStringLiteral("照片.ffpkg"));
    if (!DeviceSync(a).exportPackage(&bytes) || !writeFile(usbA, bytes) ||
        !DeviceSync(b).exportPackage(&bytes) || !writeFile(usbB, bytes) ||
        !DeviceSync(c).exportPackage(&bytes) || !writeFile(usbC, bytes) ||
        !writeFile(junk, QByteArray("\xff\xd8\xff\xe0 a photo", 13)))
        return false;
    admin({QStringLiteral("import"), usbA});

    // At the county office, the county user's app imports them all.
    Database office;
    if (!office.open(dir.filePath(QStringLiteral("office.db"))))
        return false;
    MainWindow window(office);
    window.resize(1366, 768);
    window.show();
    SyncController* sync = window.sync();
    waitFor(sync, &SyncController::finished,
            [&] { sync->enroll(server.url, code(QStringLiteral("县民政局"))); });
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();
    if (sync->isBusy())
        waitFor(sync, &SyncController::finished, [] {});
    waitFor(sync, &SyncController::finished, [&] { window.importPackages({usbC, usbB, usbA, junk}); });
    auto* report = window.findChild<ImportReportDialog*>();
    if (!report)
        return false;
    save(report, out.filePath(QStringLiteral("import-report-%1.png").arg(language)));
    delete report;
    return true;
}

} // namespace ff::shots
