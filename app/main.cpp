// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point of the caseworker's desktop app; also generates demo data from the command line.

#include "core/crypto/SecretBytes.h"
#include "core/db/Database.h"
#include "core/demo/DemoGenerator.h"
#include "core/forms/BuiltInForms.h"
#include "core/journal/JournalReplayer.h"
#include "core/profile/ProfileDirectory.h"
#include "core/profile/ProfileOpener.h"
#include "core/records/PublishedDocumentStore.h"
#include "core/records/RecordProjections.h"
#include "core/storage/EncryptedVfs.h"
#include "core/sync/DeviceSync.h"
#include "core/util/PrivateFiles.h"
#include "ui/main/ChineseFont.h"
#include "ui/main/DemoDataTask.h"
#include "ui/main/HeadlessReport.h"
#include "ui/main/LanguageMenu.h"
#include "ui/main/MainWindow.h"
#include "ui/main/PngIconEngine.h"
#include "ui/main/PngIconStyle.h"
#include "ui/main/ProvisioningFinishTask.h"
#include "ui/main/WindowIconAfterFirstPaint.h"
#include "ui/profile/LegacyDatabase.h"
#include "ui/profile/LockController.h"
#include "ui/profile/ProfileGate.h"
#include "ui/sync/SyncController.h"
#include "ui/widgets/WheelGuard.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <unistd.h>

#include <cstring>
#include <memory>

namespace {

void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Fieldfile: one file per household for social-assistance caseworkers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"),
                      QCoreApplication::translate(
                          "main", "Open the unencrypted database file at <path> instead of a profile "
                                  "(for county IT and for trying things out)."),
                      QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("generate-demo"),
         QCoreApplication::translate("main", "Add <n> invented households to the database and exit."),
         QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("seed"),
         QCoreApplication::translate("main", "Seed for --generate-demo (the same seed gives the same data)."),
         QStringLiteral("number"), QStringLiteral("20261122")});
    parser.addOption({QStringLiteral("no-demo"),
                      QCoreApplication::translate(
                          "main", "With --database: do not create demo data when the file is new.")});
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate(
                          "main", "Open the demo profile (invented households) without the start window.")});
    parser.addOption({QStringLiteral("demo-role"),
                      QCoreApplication::translate(
                          "main", "With --demo: try the demo as caseworker, supervisor or county."),
                      QStringLiteral("role")});
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate("main", "Language of the interface: zh_CN or en."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("quit-after-start"),
                      QCoreApplication::translate("main", "Show the main window, print its title and quit "
                                                          "(checks that an installed Fieldfile starts).")});
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Fieldfile"));
    QCoreApplication::setApplicationName(QStringLiteral("fieldfile"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDFILE_VERSION));
}

int generateDemo(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    QTextStream err(stderr);
    bool ok = false;
    const int households = parser.value(QStringLiteral("generate-demo")).toInt(&ok);
    if (!ok || households < 1 || households > 1'000'000) {
        err << QCoreApplication::translate("main",
                                           "--generate-demo needs a number of households from 1 to 1000000.")
            << '\n';
        return 2;
    }
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        err << QCoreApplication::translate("main", "--seed needs a whole number.") << '\n';
        return 2;
    }
    // Without --database: into the demo profile, which the start window's "Try" then opens.
    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : ff::ProfileDirectory::databasePath(ff::ProfileDirectory().demoFolder());
    ff::Database db;
    const ff::Status opened = parser.isSet(QStringLiteral("database"))
                                  ? db.open(path)
                                  : ff::ProfileOpener::createDemo(ff::ProfileDirectory().demoFolder(), db);
    if (!parser.isSet(QStringLiteral("database")) && opened && !ff::DeviceSync(db).isDemo())
        (void)ff::DeviceSync(db).markDemo();
    if (ff::Status s = opened; !s) {
        err << s.error().message << '\n' << s.error().detail << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    ff::DemoGenerator::Options options;
    options.households = households;
    options.seed = seed;
    options.batch = 1000;
    // On a terminal the percentage is rewritten in place; into a file, a line every tenth.
    const bool terminal = isatty(fileno(stderr)) != 0;
    qint64 shown = -1;
    const ff::Status s = ff::DemoGenerator::generate(db, options, [&](int done, int total) {
        const qint64 percent = qint64(done) * 100 / total; // households, then their casework
        if (terminal) {
            err << QStringLiteral("\r%1 %").arg(percent);
        } else if (percent / 10 != shown / 10) {
            err << QStringLiteral("%1 %").arg(percent) << '\n';
            shown = percent;
        }
        err.flush();
        return true;
    });
    if (terminal)
        err << '\n';
    if (!s) {
        err << s.error().message << '\n' << s.error().detail << '\n';
        return 1;
    }
    err << QCoreApplication::translate("main", "%1 households written to %2 in %3 s.")
               .arg(households)
               .arg(path)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << '\n';
    return 0;
}

/// Quits the app right after the main window's first paint: a queued quit runs once the whole
/// window (its children are painted in the same flush) is on screen.
class QuitAfterFirstPaint : public QObject
{
public:
    static void watch(QWidget& window) { window.installEventFilter(new QuitAfterFirstPaint(&window)); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, watched, [window = static_cast<QWidget*>(watched)] {
                QTextStream(stdout) << window->windowTitle() << '\n';
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    using QObject::QObject;
    bool m_painted = false;
};

} // namespace

int main(int argc, char** argv)
{
    ff::PrivateFiles::restrictNewFiles();
    // A core dump would hold the data key and decrypted pages.
    ff::crypto::disableCoreDumps();
    // Before SQLite is first used: it then wipes what it frees (the pages released on lock).
    if (ff::Status s = ff::storage::EncryptedVfs::install(); !s)
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message + QStringLiteral(" ") + s.error().detail));
    ff::RecordProjections::install();
    // Headless: a report written to a file, without a window.
    if (ff::HeadlessReport::isRequested(argc, argv))
        return ff::HeadlessReport::run(argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--generate-demo", 15) == 0)
            return generateDemo(argc, argv);
    }

    QApplication app(argc, argv);
    setIdentity();
    // Households' names in the Simplified Chinese forms, whatever the system's language.
    ff::ChineseFont::install();
    // Its PNG files, rendered from the SVG at build time (resources/CMakeLists.txt): none read yet.
    ff::WindowIconAfterFirstPaint::install(
        ff::PngIconEngine::fromResources(QStringLiteral(":/icons/"), QLatin1StringView("fieldfile")));
    // Qt's PNG icons read without loading every image-format plugin first (PngIconStyle.h).
    QApplication::setStyle(new ff::PngIconStyle(QApplication::style()));
    ff::WheelGuard::install();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    ff::LanguageMenu::apply(parser.isSet(QStringLiteral("language"))
                                ? parser.value(QStringLiteral("language"))
                                : ff::LanguageMenu::saved());

    ff::OpenedProfile profile;
    if (parser.isSet(QStringLiteral("database"))) {
        // A file named on the command line: opened as it is, without a profile or a password.
        const QString path = parser.value(QStringLiteral("database"));
        const bool firstRun = !QFile::exists(path);
        profile.db = std::make_unique<ff::Database>();
        if (ff::Status s = profile.db->open(path); !s) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Fieldfile"),
                                  s.error().message + QStringLiteral("\n\n") + s.error().detail);
            return 1;
        }
        if (firstRun && !parser.isSet(QStringLiteral("no-demo"))) {
            if (ff::Status s = ff::DemoDataTask::run(path, 2000, nullptr); !s)
                QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Fieldfile"),
                                     s.error().message);
        }
    } else {
        const ff::ProfileDirectory profiles;
        if (ff::Status s = ff::LegacyDatabase::adopt(ff::Database::defaultPath(), profiles, nullptr); !s) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Fieldfile"),
                                  s.error().message + QStringLiteral("\n\n") + s.error().detail);
            return 1;
        }
        if (parser.isSet(QStringLiteral("demo"))) {
            if (ff::Status s = ff::ProfileGate::openDemo(profiles, 2000, &profile); !s) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Fieldfile"),
                                      s.error().message);
                return 1;
            }
        } else if (!ff::ProfileGate::run(profiles, &profile)) {
            return 0;
        }
    }
    ff::Database* db = profile.db.get();
    if (parser.isSet(QStringLiteral("demo-role")) && !ff::DeviceSync(*db).hasCounty()) {
        const std::optional<ff::Role> role = ff::roleFromName(parser.value(QStringLiteral("demo-role")));
        if (!role || !ff::MainWindow::setDemoRole(*db, *role)) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Fieldfile"),
                QCoreApplication::translate("main", "--demo-role is caseworker, supervisor or county."));
            return 1;
        }
    }
    // Form versions the county published, kept with the data.
    ff::BuiltInForms::setPublishedFolder(QFileInfo(db->path()).dir().filePath(QStringLiteral("forms")));
    // And the forms and lists received through sync, kept in the database with the county's signature.
    if (ff::Status s = ff::PublishedDocumentStore(*db).install(); !s)
        qWarning("%s", qPrintable(s.error().message + QLatin1Char(' ') + s.error().detail));

    // A county server's database opened in the app: build the list data the server does not keep.
    // A laptop whose provisioning was cut: compute the list data of what arrived (the pull then
    // resumes page by page).
    if (ff::Status s = ff::JournalReplayer::rebuildIfStale(*db); !s) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Fieldfile"),
                              s.error().message + QStringLiteral("\n\n") + s.error().detail);
        return 1;
    }
    // Not finishing it keeps what arrived (the next sync resumes the provisioning and finishes
    // it): the profile opens, saying that the list is incomplete until then.
    // For a county staff laptop that is every household's list data: on a worker, with progress.
    if (ff::Status s = ff::ProvisioningFinishTask::run(*db, nullptr); !s)
        QMessageBox::warning(
            nullptr, QCoreApplication::translate("main", "Fieldfile"),
            QCoreApplication::translate("main", "The household list could not be prepared from what the "
                                                "first sync received: %1\n\nIt will be prepared when the "
                                                "next sync ends; until then households may be missing "
                                                "from the list and from search.")
                .arg(s.error().message));

    std::unique_ptr<ff::LockController> lock;
    if (!profile.demo && !profile.folder.isEmpty()) {
        ff::ProfileKeyFile keyFile;
        const bool read =
            ff::ProfileKeyFile::read(ff::ProfileDirectory::keyFilePath(profile.folder), &keyFile).isOk();
        const ff::ProfileIdentity who = read ? keyFile.identity() : ff::ProfileIdentity{};
        lock = std::make_unique<ff::LockController>(profile.folder, who.displayName,
                                                    read ? keyFile.policy().lockMinutes
                                                         : ff::ProfilePolicy::kDefaultLockMinutes,
                                                    profile.dataKey.fingerprint());
        // Locking wipes the database's cached pages, the VFS's keys and this copy of the data key.
        lock->setSecrets(db, &profile.dataKey);
    }
    ff::MainWindow window(*db);
    window.setProfile(profile.folder, profile.demo, lock.get());
    // What the county sends with each sync (its policy, its recovery key for a profile made before
    // recovery keys) goes into the profile's key file.
    if (!profile.demo && !profile.folder.isEmpty()) {
        QObject::connect(window.sync(), &ff::SyncController::finished, &window,
                         [&profile](const ff::Status& s, const QString& what) {
                             if (s && what == QStringLiteral("sync"))
                                 ff::ProfileGate::refreshFromCounty(profile.folder, profile.dataKey,
                                                                    *profile.db);
                         });
    }
    window.show();
    // The installed packages' check (packaging/check-packages.sh): the window is shown, in the
    // language asked for, once the event loop runs; its title says which language that is.
    // It quits once the window's first paint is done (its pages filled: what a person sees first),
    // which the start benchmark (tests/bench/StartBench.cpp) times.
    if (parser.isSet(QStringLiteral("quit-after-start")))
        QuitAfterFirstPaint::watch(window);
    return app.exec();
}
