// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/VisitRules.h"
#include "core/records/TaskList.h"

#include <QDate>
#include <QList>
#include <QPromise>
#include <QString>

namespace ff {

/// What "My tasks" shows, gathered by core's TaskList on a worker thread: a caseload of 10,000
/// households takes a good part of a second, which the window must not wait for (issue 15: the
/// app's start).
struct TaskListSnapshot
{
    /// The most tasks the page lists: the first villages in route order (a day's route cannot
    /// hold more).
    static constexpr qsizetype kMaxShown = 3000;

    QString error; ///< why nothing could be gathered (the file did not open); empty when gathered
    VisitRules rules;
    QList<Task> tasks;   ///< at most kMaxShown, in TaskList's route order
    qsizetype total = 0; ///< tasks before the cut to kMaxShown

    /// Gathers, on a connection of its own to `databasePath` (a connection belongs to its thread),
    /// the tasks late on `today` or due within `withinDays`, with the visit rules they were
    /// judged by, as one result handed to `promise`. Cancelled, it stops at once (the statement
    /// running is interrupted) and hands nothing.
    static void gather(QPromise<TaskListSnapshot>& promise, const QString& databasePath, QDate today,
                       int withinDays);
};

} // namespace ff
