// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Long work behind a progress dialog (the demo's generation, a printed report's count): it never
// outlives the call that waits for it, whether it ends, is stopped, or the app is told to quit.
#include "ui/widgets/ProgressTask.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>

using namespace ff;

namespace {

/// Work that counts steps until told to stop (or 20 s have passed, should the telling fail), then
/// takes a while longer to end: a caller that returned before it ended would see `ended` still
/// false.
struct SlowWork
{
    std::atomic<int> steps{0};
    std::atomic<bool> ended{false};

    int operator()(const ProgressTask::Report& report)
    {
        QElapsedTimer deadline;
        deadline.start();
        while (report(steps, 1'000'000) && deadline.elapsed() < 20000)
            ++steps, QThread::msleep(1);
        QThread::msleep(200);
        ended = true;
        return 7;
    }
};

/// Calls `act` once the work has taken its first step.
void onceStarted(QTimer& poll, const SlowWork& work, std::function<void()> act)
{
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&poll, &work, act = std::move(act)] {
        if (work.steps == 0)
            return;
        poll.stop();
        act();
    });
    poll.start();
}

/// Runs SlowWork behind a dialog and calls `stop` with the dialog once the work has started.
/// Checks that the call returned only after the work had ended, with its result, and no task left
/// running; gives how the task ended.
ProgressTask::Ending runStoppedBy(const std::function<void(QProgressDialog&)>& stop)
{
    QProgressDialog progress;
    SlowWork work;
    QTimer poll;
    onceStarted(poll, work, [&] { stop(progress); });
    ProgressTask::Ending ending = ProgressTask::Ending::Finished;
    const int result = ProgressTask::run<int>(progress, std::ref(work), &ending);
    CHECK(work.ended); // not left reading the caller's frame
    CHECK(result == 7);
    CHECK(ProgressTask::running() == 0);
    return ending;
}

} // namespace

TEST_CASE("a task's Stop button stops its work, and the call returns once the work has ended",
          "[gui][progress]")
{
    const ProgressTask::Ending ending = runStoppedBy([](QProgressDialog& progress) {
        CHECK(ProgressTask::running() == 1);
        if (auto* stop = progress.findChild<QPushButton*>()) {
            stop->click();
        } else {
            FAIL_CHECK("the dialog has no Stop button");
            emit progress.canceled();
        }
    });
    CHECK(ending == ProgressTask::Ending::Stopped);
}

TEST_CASE("stopping every task (the lock) stops a running task's work, which ends before the call returns",
          "[gui][progress]")
{
    CHECK(runStoppedBy([](QProgressDialog&) { ProgressTask::stopAll(); }) ==
          ProgressTask::Ending::Interrupted);
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
    int endedSignals = 0;
    const auto connection =
        QObject::connect(ProgressTask::notifier(), &ProgressTask::ended, [&] { ++endedSignals; });
    const ProgressTask::Ending ending = runStoppedBy([](QProgressDialog&) { QCoreApplication::exit(0); });
    QObject::disconnect(connection);
    CHECK(ending == ProgressTask::Ending::Interrupted);
    CHECK(endedSignals == 1);
}

TEST_CASE("a task that finishes returns its work's result", "[gui][progress]")
{
    QProgressDialog progress;
    ProgressTask::Ending ending = ProgressTask::Ending::Stopped;
    const QString result = ProgressTask::run<QString>(
        progress,
        [](const ProgressTask::Report& report) {
            for (int i = 0; i <= 3; ++i)
                report(i, 3);
            return QStringLiteral("王芳");
        },
        &ending);
    CHECK(ending == ProgressTask::Ending::Finished);
    CHECK(result == QStringLiteral("王芳"));
    CHECK(progress.maximum() == 3);
}
