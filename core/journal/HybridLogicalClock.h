// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Clock.h"

#include <QtGlobal>

namespace ff {

/// Keeps a 64-bit hybrid logical clock: 48 bits of milliseconds and a 16-bit counter.
///
/// Every value it hands out is greater than every value it handed out or observed before, even when
/// the wall clock jumps backwards (field laptops have reported 1970), so the order of a device's own
/// edits, and of edits it has seen, survives a wrong clock.
class HybridLogicalClock
{
public:
    explicit HybridLogicalClock(const Clock& clock, quint64 last = 0);

    /// A new timestamp for a local event (an edit, or sending a package).
    [[nodiscard]] quint64 tick();
    /// Takes in a timestamp seen on a received change, so later local events order after it.
    void observe(quint64 remote);
    /// The greatest timestamp handed out or observed; persisted so restarts keep the order.
    quint64 last() const { return m_last; }

    static constexpr quint64 pack(quint64 ms, quint64 counter) { return (ms << 16) | (counter & 0xffff); }
    static constexpr qint64 millis(quint64 hlc) { return qint64(hlc >> 16); }
    static constexpr quint32 counter(quint64 hlc) { return quint32(hlc & 0xffff); }

private:
    const Clock& m_clock;
    quint64 m_last;
};

} // namespace ff
