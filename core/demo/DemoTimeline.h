// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <functional>
#include <QDateTime>
#include <QList>

namespace ff {

/// The demo's casework as writes waiting for their moment: each is run with the clock set to the
/// time it happened, earliest first, so every record is dated as a caseworker would have entered it
/// and the journal's clock (the history's "when") runs forward as it would have.
///
/// Writes planned for the same moment run in the order they were added, so a write may use what an
/// earlier one of the same household created (a goal's id for its actions, a referral's id for its
/// next step) as long as it is not planned before it.
class DemoTimeline
{
public:
    using Write = std::function<Status()>;

    void add(const QDateTime& at, Write write);
    int size() const { return int(m_events.size()); }

    /// Runs every write in time order with `clock` set to its moment; stops at the first failure.
    /// `step` is called after each write with how many have run; returning false stops early.
    [[nodiscard]] Status run(ManualClock& clock, const std::function<bool(int)>& step);

private:
    struct Event
    {
        qint64 atMs = 0;
        qsizetype order = 0;
        Write write;
    };
    QList<Event> m_events;
};

} // namespace ff
