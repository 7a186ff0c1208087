// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/DemoDataTask.h"

#include "core/db/Database.h"
#include "core/demo/DemoGenerator.h"
#include "ui/widgets/BackgroundPool.h"

#include <QAtomicInt>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

namespace ff {

Status DemoDataTask::run(const QString& databasePath, int households, QWidget* parent)
{
    QProgressDialog progress(tr("Creating a demo caseload of %1 households…").arg(households), tr("Stop"), 0,
                             households, parent);
    progress.setWindowTitle(tr("Demo data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);

    QAtomicInt cancelled(0);
    QFutureWatcher<Status> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Status>::progressRangeChanged, &progress,
                     &QProgressDialog::setRange);
    QObject::connect(&watcher, &QFutureWatcher<Status>::progressValueChanged, &progress,
                     &QProgressDialog::setValue);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress,
                     [&cancelled] { cancelled.storeRelaxed(1); });

    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(
        BackgroundPool::instance(), [databasePath, households, &cancelled](QPromise<Status>& promise) {
            promise.setProgressRange(0, households);
            Database db;
            if (Status s = db.open(databasePath); !s) {
                promise.addResult(s);
                return;
            }
            DemoGenerator::Options options;
            options.households = households;
            options.batch = 100;
            // The households, then their casework: the generator counts steps of both.
            const Status s = DemoGenerator::generate(db, options, [&](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
                return cancelled.loadRelaxed() == 0;
            });
            promise.addResult(s);
        }));
    loop.exec();
    progress.setValue(progress.maximum());
    return watcher.future().resultCount() > 0 ? watcher.result() : Status::ok();
}

} // namespace ff
