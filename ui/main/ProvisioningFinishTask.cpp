// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ProvisioningFinishTask.h"

#include "core/db/Database.h"
#include "core/sync/DeviceSync.h"
#include "ui/widgets/ProgressTask.h"

#include <QProgressDialog>

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

    const QString path = db.path();
    return ProgressTask::run<Status>(progress, [path](const ProgressTask::Report& report) {
        // Its own connection: the GUI's stays open, reading nothing meanwhile (the dialog is modal).
        Database worker;
        if (Status s = worker.open(path); !s)
            return s;
        // The pass counts refreshes (a household's summary, its notes' index…): scaled into an int.
        // It cannot stop part-way (a quit waits for it): stopping would leave the list incomplete.
        return DeviceSync(worker).finishProvisioning([&report](qint64 done, qint64 total) {
            const qint64 scale = std::max<qint64>(1, total / std::numeric_limits<int>::max() + 1);
            (void)report(int(done / scale), int(total / scale));
        });
    });
}

} // namespace ff
