// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Long work behind a progress dialog (the demo's generation, a printed report's count): it never
// outlives the call that waits for it, whether it ends, is stopped, or the app is told to quit.
#include "ui/widgets/ProgressTask.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace ff;

namespace {

/// Work that counts steps until told to stop, then takes a while longer to end: a caller that
/// returned before it ended would see `ended` still false.
struct SlowWork
{
    std::atomic<int> steps{0};
    std::atomic<bool> ended{false};

    int operator()(const ProgressTask::Report& report)
    {
        while (report(steps, 1'000'000))
            ++steps, QThread::msleep(1);
        QThread::msleep(200);
        ended = true;
        return 7;
    }
};

} // namespace

TEST_CASE("a task's Stop button stops its work, and the call returns once the work has ended",
          "[gui][progress]")
{
    QProgressDialog progress;
    SlowWork work;
    QTimer::singleShot(100, &progress, [&] {
        CHECK(ProgressTask::running() == 1);
        QPushButton* stop = progress.findChild<QPushButton*>();
        REQUIRE(stop != nullptr);
        stop->click();
    });
    bool stopped = false;
    const int result = ProgressTask::run<int>(progress, std::ref(work), &stopped);
    CHECK(stopped);
    CHECK(work.ended);
    CHECK(work.steps > 0);
    CHECK(result == 7);
    CHECK(ProgressTask::running() == 0);
}

TEST_CASE("a task whose app is told to quit stops its work and waits for it to end before returning",
          "[gui][progress]")
{
    // What a logout does: the app's event loops all end, this task's nested one too.
    const auto reset = qScopeGuard([] {
        // QCoreApplication::exit() leaves every later event loop ending at once; a run of the
        // application's own loop puts that right for the test cases after this one.
        QTimer::singleShot(0, [] { QCoreApplication::exit(0); });
        QCoreApplication::exec();
    });
    QProgressDialog progress;
    SlowWork work;
    int endedSignals = 0;
    const auto connection =
        QObject::connect(ProgressTask::notifier(), &ProgressTask::ended, [&] { ++endedSignals; });
    QTimer::singleShot(100, [] { QCoreApplication::exit(0); });
    bool stopped = false;
    const int result = ProgressTask::run<int>(progress, std::ref(work), &stopped);
    QObject::disconnect(connection);
    CHECK(work.ended); // not left reading the caller's frame
    CHECK(stopped);
    CHECK(result == 7);
    CHECK(ProgressTask::running() == 0);
    CHECK(endedSignals == 1);
}

TEST_CASE("a task that finishes returns its work's result, not stopped", "[gui][progress]")
{
    QProgressDialog progress;
    bool stopped = true;
    const QString result = ProgressTask::run<QString>(
        progress,
        [](const ProgressTask::Report& report) {
            for (int i = 0; i <= 3; ++i)
                report(i, 3);
            return QStringLiteral("王芳");
        },
        &stopped);
    CHECK_FALSE(stopped);
    CHECK(result == QStringLiteral("王芳"));
    CHECK(progress.maximum() == 3);
}
