// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Gives a GUI test run a QApplication on the offscreen platform (unless a display is chosen).
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include "core/records/RecordProjections.h"
#include "core/storage/EncryptedVfs.h"

#include "ui/forms/AssessmentWindow.h"
#include "ui/main/ChineseFont.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

namespace {
class GuiListener : public Catch::TestEventListenerBase
{
public:
    using TestEventListenerBase::TestEventListenerBase;
    void testRunStarting(const Catch::TestRunInfo&) override
    {
        // SQLite set up as the app sets it up, before anything uses it (freed memory wiped).
        (void)ff::storage::EncryptedVfs::install();
        ff::RecordProjections::install();
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Settings go to a throwaway place, never the developer's own.
        QStandardPaths::setTestModeEnabled(true);
        static int argc = 1;
        static char name[] = "fieldfile-gui-tests";
        static char* argv[] = {name, nullptr};
        m_app = std::make_unique<QApplication>(argc, argv);
        ff::ChineseFont::install(); // the app's fonts (app/main.cpp)
        QCoreApplication::setOrganizationName(QStringLiteral("FieldfileTests"));
        // Settings of their own per process: ctest runs test cases in parallel processes.
        QCoreApplication::setApplicationName(
            QStringLiteral("fieldfile-gui-tests-%1").arg(QCoreApplication::applicationPid()));
        QSettings().clear();
    }

    void testCaseStarting(const Catch::TestCaseInfo&) override
    {
        // A person confirms each submission; a test that is about the question sets its own hook.
        ff::AssessmentWindow::setConfirmHook([](QWidget*) { return true; });
        // Each case starts from no settings, as it does when ctest runs it in a process of its own:
        // a window size or a language saved by an earlier case in the same run does not carry over.
        QSettings().clear();
    }

    void testRunEnded(const Catch::TestRunStats&) override
    {
        QSettings settings;
        const QString file = settings.fileName();
        settings.clear();
        settings.sync();
        QFile::remove(file);
    }

private:
    std::unique_ptr<QApplication> m_app;
};
} // namespace

CATCH_REGISTER_LISTENER(GuiListener)
