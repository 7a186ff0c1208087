// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/HybridLogicalClock.h"

#include <algorithm>

namespace ff {

namespace {
constexpr quint64 kMaxMillis = (quint64(1) << 48) - 1;

quint64 wallMillis(const Clock& clock)
{
    const qint64 ms = clock.nowMs();
    return ms < 0 ? 0 : std::min<quint64>(quint64(ms), kMaxMillis);
}
} // namespace

HybridLogicalClock::HybridLogicalClock(const Clock& clock, quint64 last) : m_clock(clock), m_last(last) {}

quint64 HybridLogicalClock::tick()
{
    const quint64 wall = pack(wallMillis(m_clock), 0);
    // Counter overflow carries into the milliseconds, which keeps the value strictly increasing.
    m_last = std::max(wall, m_last + 1);
    return m_last;
}

void HybridLogicalClock::observe(quint64 remote) { m_last = std::max(m_last, remote); }

} // namespace ff
