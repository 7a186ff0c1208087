// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/BackgroundPool.h"

#include <QAtomicInt>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QObject>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QtConcurrent>

#include <functional>
#include <memory>

namespace ff {

/// Long work the user waits for behind a progress dialog (the demo's generation, a printed
/// report's count, a provisioning's last pass): run on BackgroundPool while a nested event loop
/// keeps the window answering. The work opens its own connection if it reads the file; it is told
/// to stop when report() returns false: after the dialog's Stop, the lock (stopAll()) or a quit.
///
/// The work never outlives the call: when the loop ends early because the app is told to quit (a
/// logout sends the quit), the work is told to stop and waited for before run() returns. While any
/// runs, running() is above 0 and the lock keeps the keys until it has ended
/// (MainWindow::setProfile); ended() says when one is over.
class ProgressTask : public QObject
{
    Q_OBJECT

public:
    /// Says how far the work is, `done` of `total` steps; false once it should stop. Work that
    /// cannot stop part-way may go on to its end.
    using Report = std::function<bool(int done, int total)>;
    /// How a task ended: its work ran to the end, or it was told to stop by the user's Stop or by
    /// the lock or a quit (which may come just after the work's last step: told, not cut short).
    enum class Ending
    {
        Finished,
        Stopped,
        Interrupted
    };

    /// Runs `work` while `progress` shows its steps; returns what it returned (T() if it returned
    /// nothing, which only an exception out of the work does).
    template <typename T>
    static T run(QProgressDialog& progress, std::function<T(const Report&)> work, Ending* ending = nullptr);

    /// How many run now, across the app and its module.
    static int running();
    /// Tells the work of every running task to stop (the lock does, before the keys go).
    static void stopAll();
    /// The object that emits ended().
    static ProgressTask* notifier();

signals:
    /// A task's work has ended and run() is about to return.
    void ended();

private:
    /// What a task's work reads to know whether to stop: 0 go on, else an Ending.
    using Flag = std::shared_ptr<QAtomicInt>;
    using QObject::QObject;
    static void begin(const Flag& flag);
    static void end(const Flag& flag);
};

template <typename T>
T ProgressTask::run(QProgressDialog& progress, std::function<T(const Report&)> work, Ending* ending)
{
    const Flag flag = std::make_shared<QAtomicInt>(0);
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcher<T>::progressRangeChanged, &progress,
                     &QProgressDialog::setRange);
    QObject::connect(&watcher, &QFutureWatcher<T>::progressValueChanged, &progress,
                     &QProgressDialog::setValue);
    QObject::connect(&progress, &QProgressDialog::canceled, &watcher,
                     [flag] { flag->testAndSetRelaxed(0, int(Ending::Stopped)); });
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    begin(flag);
    const auto finish = qScopeGuard([&flag] { end(flag); });
    watcher.setFuture(
        QtConcurrent::run(BackgroundPool::instance(), [work = std::move(work), flag](QPromise<T>& promise) {
            promise.addResult(work([&](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
                return flag->loadRelaxed() == 0;
            }));
        }));
    loop.exec();
    // The loop also ends, or does not start, when the app is told to quit: stop the work and wait.
    if (!watcher.isFinished()) {
        flag->testAndSetRelaxed(0, int(Ending::Interrupted));
        watcher.waitForFinished();
    }
    if (ending)
        *ending = Ending(flag->loadRelaxed());
    return watcher.future().resultCount() > 0 ? watcher.result() : T();
}

} // namespace ff
