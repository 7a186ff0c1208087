// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ProvisioningFinishTask.h"

#include "core/db/Database.h"
#include "core/sync/DeviceSync.h"
#include "ui/widgets/BackgroundPool.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

#include <limits>

namespace ff {

Status ProvisioningFinishTask::run(Database& db, QWidget* parent)
{
    if (!DeviceSync(db).isProvisioning())
        return Status::ok();

    QProgressDialog progress(tr("Preparing the household list and its search from what the first sync "
                                "received…"),
                             QString(), 0, 0, parent);
    progress.setWindowTitle(tr("Preparing the household list"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setCancelButton(nullptr); // stopping it would leave the list incomplete until the next sync
    progress.setValue(0);

    QFutureWatcher<Status> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Status>::progressRangeChanged, &progress,
                     &QProgressDialog::setRange);
    QObject::connect(&watcher, &QFutureWatcher<Status>::progressValueChanged, &progress,
                     &QProgressDialog::setValue);
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    const QString path = db.path();
    watcher.setFuture(QtConcurrent::run(BackgroundPool::instance(), [path](QPromise<Status>& promise) {
        // Its own connection: the GUI's stays open, reading nothing meanwhile (the dialog is modal).
        Database worker;
        if (Status s = worker.open(path); !s) {
            promise.addResult(s);
            return;
        }
        // The pass counts refreshes (a household's summary, its notes' index…): scaled into an int.
        promise.addResult(DeviceSync(worker).finishProvisioning([&promise](qint64 done, qint64 total) {
            const qint64 scale = std::max<qint64>(1, total / std::numeric_limits<int>::max() + 1);
            promise.setProgressRange(0, int(total / scale));
            promise.setProgressValue(int(done / scale));
        }));
    }));
    loop.exec();
    progress.setValue(progress.maximum());
    return watcher.future().resultCount() > 0 ? watcher.result()
                                              : Status(Error{tr("The household list could not be prepared."),
                                                             QStringLiteral("no result from the worker")});
}

} // namespace ff
