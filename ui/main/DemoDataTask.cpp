// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/DemoDataTask.h"

#include "core/db/Database.h"
#include "core/demo/DemoGenerator.h"
#include "ui/widgets/ProgressTask.h"

#include <QProgressDialog>

namespace ff {

Status DemoDataTask::run(const QString& databasePath, int households, QWidget* parent)
{
    QProgressDialog progress(tr("Creating a demo caseload of %1 households…").arg(households), tr("Stop"), 0,
                             households, parent);
    progress.setWindowTitle(tr("Demo data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);

    return ProgressTask::run<Status>(progress,
                                     [databasePath, households](const ProgressTask::Report& report) {
                                         Database db;
                                         if (Status s = db.open(databasePath); !s)
                                             return s;
                                         DemoGenerator::Options options;
                                         options.households = households;
                                         options.batch = 100;
                                         // The households, then their casework: the generator counts steps of
                                         // both.
                                         return DemoGenerator::generate(db, options, report);
                                     });
}

} // namespace ff
