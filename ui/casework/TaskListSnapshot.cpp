// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/TaskListSnapshot.h"

#include "core/db/Database.h"
#include "core/db/StatementInterrupt.h"

namespace ff {

void TaskListSnapshot::gather(QPromise<TaskListSnapshot>& promise, const QString& databasePath, QDate today,
                              int withinDays)
{
    if (promise.isCanceled())
        return;
    TaskListSnapshot out;
    Database db;
    if (const Status s = db.open(databasePath); !s) {
        out.error = s.error().message;
        promise.addResult(out);
        return;
    }
    // A newer refresh, the lock or the window closing no longer wants what this gathers: the
    // statement running stops rather than reading every household to its end, and no other
    // kind of task is read after it.
    const StatementInterrupt interrupt(db, [&promise] { return promise.isCanceled(); });
    out.rules = VisitRules::forDatabase(databasePath);
    TaskList list(db, out.rules);
    list.setStopCheck([&promise] { return promise.isCanceled(); });
    out.tasks = list.tasks(today, withinDays);
    if (promise.isCanceled())
        return; // what was read may be cut short
    out.total = out.tasks.size();
    if (out.tasks.size() > kMaxShown)
        out.tasks.resize(kMaxShown);
    promise.addResult(out);
}

} // namespace ff
