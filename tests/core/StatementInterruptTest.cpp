// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Background work that is given up (a worker whose result is no longer wanted) stops its
// statements at once instead of reading to their end: StatementInterrupt.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/db/Query.h"
#include "core/db/StatementInterrupt.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace ff;

namespace {
/// A statement of many steps: counts to `n` through a recursive CTE.
bool countTo(Database& db, int n, qint64* result)
{
    Query q(db);
    if (!q.exec(QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < %1)"
                               " SELECT count(*) FROM c")
                    .arg(n)) ||
        !q.next())
        return false;
    *result = q.value(0).toLongLong();
    return true;
}
} // namespace

TEST_CASE("a connection's statements stop once the interrupt's check says so, and run again once it "
          "is gone",
          "[db][interrupt]")
{
    test::TempDatabase t;
    REQUIRE(t.isOpen());
    qint64 counted = 0;
    int asked = 0;

    SECTION("not asked to stop: statements run to their end")
    {
        const StatementInterrupt interrupt(t.db(), [&] {
            ++asked;
            return false;
        });
        REQUIRE(countTo(t.db(), 200'000, &counted));
        CHECK(counted == 200'000);
        CHECK(asked > 0);
    }
    SECTION("asked to stop while running: the statement ends with an error, and so do the next")
    {
        const StatementInterrupt interrupt(t.db(), [&] { return ++asked > 3; });
        CHECK_FALSE(countTo(t.db(), 10'000'000, &counted));
        CHECK(asked == 4); // stopped at the first check that said so, not at the end
        CHECK_FALSE(countTo(t.db(), 200'000, &counted));
    }
    SECTION("the interrupt gone: statements run again")
    {
        std::optional<StatementInterrupt> interrupt;
        interrupt.emplace(t.db(), [] { return true; });
        CHECK_FALSE(countTo(t.db(), 200'000, &counted));
        interrupt.reset();
        REQUIRE(countTo(t.db(), 200'000, &counted));
        CHECK(counted == 200'000);
    }
}
