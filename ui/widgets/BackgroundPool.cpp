// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/BackgroundPool.h"

#include <QThreadPool>

namespace ff {

QThreadPool* BackgroundPool::instance()
{
    // A function's static, not a global: the app's module calls this function of the app's, and
    // holds no object of its own to construct again (CONTRIBUTING.md, "What the app loads when
    // first used").
    static QThreadPool pool;
    return &pool;
}

} // namespace ff
