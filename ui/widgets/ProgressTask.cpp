// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ProgressTask.h"

namespace ff {

namespace {
int g_running = 0; // the GUI thread's count; the module reaches this one (app/fieldfile.dynamic-list)
}

int ProgressTask::running() { return g_running; }

ProgressTask* ProgressTask::notifier()
{
    static ProgressTask* const object = new ProgressTask(nullptr);
    return object;
}

void ProgressTask::begin() { ++g_running; }

void ProgressTask::end()
{
    --g_running;
    emit notifier()->ended();
}

} // namespace ff
