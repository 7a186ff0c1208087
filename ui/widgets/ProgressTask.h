// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/BackgroundPool.h"

#include <QAtomicInt>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QObject>
#include <QProgressDialog>
#include <QtConcurrent>

#include <functional>
#include <memory>

namespace ff {

/// Long work the user waits for behind a progress dialog (the demo's generation, a printed
/// report's count): run on BackgroundPool with a connection of its own while a nested event loop
/// keeps the window answering, and stopped by the dialog's Stop button.
///
/// The work never outlives the call: when the loop ends early because the app is told to quit (a
/// logout sends the quit), the work is stopped and waited for before run() returns. While any runs,
/// running() is above 0 and the lock keeps the keys the work reads with (MainWindow::setProfile);
/// ended() says when one is over.
class ProgressTask : public QObject
{
    Q_OBJECT

public:
    /// Says how far the work is, `done` of `total` steps; false once it should stop.
    using Report = std::function<bool(int done, int total)>;

    /// Runs `work` while `progress` shows its steps; returns what it returned, or T() if it
    /// returned nothing. `*stopped` (if given) says whether it was told to stop (Stop, or a quit).
    template <typename T>
    static T run(QProgressDialog& progress, std::function<T(const Report&)> work, bool* stopped = nullptr);

    /// How many run now, across the app and its module.
    static int running();
    /// The object that emits ended().
    static ProgressTask* notifier();

signals:
    /// A task's work has ended and run() is about to return.
    void ended();

private:
    using QObject::QObject;
    static void begin();
    static void end();
};

template <typename T>
T ProgressTask::run(QProgressDialog& progress, std::function<T(const Report&)> work, bool* stopped)
{
    // Shared with the worker, which may read it after an early return of the loop below.
    const auto cancelled = std::make_shared<QAtomicInt>(0);
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcher<T>::progressRangeChanged, &progress,
                     &QProgressDialog::setRange);
    QObject::connect(&watcher, &QFutureWatcher<T>::progressValueChanged, &progress,
                     &QProgressDialog::setValue);
    QObject::connect(&progress, &QProgressDialog::canceled, &watcher,
                     [cancelled] { cancelled->storeRelaxed(1); });
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    begin();
    watcher.setFuture(QtConcurrent::run(BackgroundPool::instance(),
                                        [work = std::move(work), cancelled](QPromise<T>& promise) {
                                            promise.addResult(work([&](int done, int total) {
                                                promise.setProgressRange(0, total);
                                                promise.setProgressValue(done);
                                                return cancelled->loadRelaxed() == 0;
                                            }));
                                        }));
    loop.exec();
    // The loop also ends, or does not start, when the app is told to quit: stop the work and wait.
    if (!watcher.isFinished()) {
        cancelled->storeRelaxed(1);
        watcher.waitForFinished();
    }
    end();
    if (stopped)
        *stopped = cancelled->loadRelaxed() != 0;
    return watcher.future().resultCount() > 0 ? watcher.result() : T();
}

} // namespace ff
