// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoTimeline.h"

#include <algorithm>

namespace ff {

void DemoTimeline::add(const QDateTime& at, Write write)
{
    m_events.append({at.toMSecsSinceEpoch(), m_events.size(), std::move(write)});
}

Status DemoTimeline::run(ManualClock& clock, const std::function<bool(int)>& step)
{
    std::sort(m_events.begin(), m_events.end(), [](const Event& a, const Event& b) {
        return a.atMs != b.atMs ? a.atMs < b.atMs : a.order < b.order;
    });
    int done = 0;
    for (Event& e : m_events) {
        clock.setMs(e.atMs);
        if (Status s = e.write(); !s)
            return s;
        e.write = {}; // what it captured is no longer needed
        if (step && !step(++done))
            break;
    }
    return Status::ok();
}

} // namespace ff
