// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/casework/TaskListPage.h"

#include <QEventLoop>
#include <QTimer>

namespace ff::test {

/// Waits until My tasks has shown the tasks of its newest refresh (they are gathered on a worker
/// thread): true once every worker has ended and the list holds tasks; false when they are not
/// there after `timeoutMs`.
inline bool waitForTasks(TaskListPage* page, int timeoutMs = 30000)
{
    if (page->isBusy()) {
        QEventLoop loop;
        QObject::connect(page, &TaskListPage::workEnded, &loop, [&loop, page] {
            if (!page->isBusy())
                loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !page->isBusy() && page->isLoaded();
}

} // namespace ff::test
