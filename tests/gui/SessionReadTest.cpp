// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Who is working, as the main window reads it: once per turn of the event loop (its construction
// and updates ask for it dozens of times), yet never stale: a change made through the window's own
// connection is seen at once, and one made through another connection (a sync's worker, another
// window) at the next turn.
#include "tests/support/TempDatabase.h"

#include "core/db/Database.h"
#include "ui/main/MainWindow.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

using namespace ff;

TEST_CASE("the main window reads who is working once a turn, and sees a change on its own connection at "
          "once and another connection's at the next turn",
          "[gui][start]")
{
    test::TempDatabase t;
    REQUIRE(MainWindow::setDemoRole(t.db(), Role::Caseworker));
    MainWindow window(t.db());
    CHECK(window.session().role() == Role::Caseworker);

    // Through the window's own connection: the next read sees it, in the same turn.
    REQUIRE(MainWindow::setDemoRole(t.db(), Role::Supervisor));
    CHECK(window.session().role() == Role::Supervisor);

    // Through another connection to the same file: this turn keeps what it read, the next reads it.
    Database other;
    REQUIRE(other.open(t.path()));
    REQUIRE(MainWindow::setDemoRole(other, Role::County));
    CHECK(window.session().role() == Role::Supervisor);
    QCoreApplication::sendPostedEvents();
    CHECK(window.session().role() == Role::County);

    // And back, both ways again: a turn that read nothing keeps nothing.
    REQUIRE(MainWindow::setDemoRole(other, Role::Caseworker));
    QCoreApplication::sendPostedEvents();
    CHECK(window.session().role() == Role::Caseworker);
    REQUIRE(MainWindow::setDemoRole(t.db(), Role::Supervisor));
    CHECK(window.session().role() == Role::Supervisor);
}
