// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ProgressTask.h"

#include <QList>

namespace ff {

namespace {
/// The running tasks' flags, on the GUI thread; the module reaches this list through the app's
/// functions (app/fieldfile.dynamic-list).
QList<std::shared_ptr<QAtomicInt>>& runningFlags()
{
    static QList<std::shared_ptr<QAtomicInt>> flags;
    return flags;
}
} // namespace

int ProgressTask::running() { return int(runningFlags().size()); }

void ProgressTask::stopAll()
{
    for (const Flag& flag : std::as_const(runningFlags()))
        flag->testAndSetRelaxed(0, int(Ending::Interrupted));
}

ProgressTask* ProgressTask::notifier()
{
    static ProgressTask* const object = new ProgressTask(nullptr);
    return object;
}

void ProgressTask::begin(const Flag& flag) { runningFlags().append(flag); }

void ProgressTask::end(const Flag& flag)
{
    runningFlags().removeOne(flag);
    emit notifier()->ended();
}

} // namespace ff
