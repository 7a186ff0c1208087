// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"

#include "core/journal/HybridLogicalClock.h"

using ff::HybridLogicalClock;
using ff::ManualClock;

TEST_CASE("the clock follows the wall clock when it moves forward", "[clock]")
{
    ManualClock wall(1'700'000'000'000);
    HybridLogicalClock hlc(wall);
    const quint64 a = hlc.tick();
    CHECK(HybridLogicalClock::millis(a) == 1'700'000'000'000);
    CHECK(HybridLogicalClock::counter(a) == 0);
    wall.advance(5);
    const quint64 b = hlc.tick();
    CHECK(HybridLogicalClock::millis(b) == 1'700'000'000'005);
    CHECK(b > a);
}

TEST_CASE("same millisecond: the counter orders events", "[clock]")
{
    ManualClock wall(1'700'000'000'000);
    HybridLogicalClock hlc(wall);
    const quint64 a = hlc.tick();
    const quint64 b = hlc.tick();
    CHECK(HybridLogicalClock::millis(b) == HybridLogicalClock::millis(a));
    CHECK(HybridLogicalClock::counter(b) == 1);
}

TEST_CASE("a wall clock thrown back to 1970 never reorders events", "[clock]")
{
    ManualClock wall(1'700'000'000'000);
    HybridLogicalClock hlc(wall);
    const quint64 before = hlc.tick();
    wall.setMs(0);
    const quint64 after = hlc.tick();
    CHECK(after > before);
    CHECK(HybridLogicalClock::millis(after) == 1'700'000'000'000);
    wall.setMs(-5000);
    CHECK(hlc.tick() > after);
}

TEST_CASE("observing a remote timestamp moves the clock past it", "[clock]")
{
    ManualClock wall(1'000);
    HybridLogicalClock hlc(wall);
    const quint64 remote = HybridLogicalClock::pack(9'000'000, 7);
    hlc.observe(remote);
    const quint64 next = hlc.tick();
    CHECK(next > remote);
    CHECK(HybridLogicalClock::millis(next) == 9'000'000);
    CHECK(HybridLogicalClock::counter(next) == 8);
    // An older remote time changes nothing.
    hlc.observe(HybridLogicalClock::pack(5, 0));
    CHECK(hlc.tick() == next + 1);
}

TEST_CASE("counter overflow carries into the milliseconds", "[clock]")
{
    ManualClock wall(0);
    HybridLogicalClock hlc(wall, HybridLogicalClock::pack(42, 0xffff));
    const quint64 next = hlc.tick();
    CHECK(HybridLogicalClock::millis(next) == 43);
    CHECK(HybridLogicalClock::counter(next) == 0);
}

TEST_CASE("restart keeps the order through the persisted last value", "[clock]")
{
    ManualClock wall(2'000);
    HybridLogicalClock first(wall);
    (void)first.tick();
    const quint64 last = first.tick();
    wall.setMs(1'000);
    HybridLogicalClock second(wall, last);
    CHECK(second.tick() > last);
}
