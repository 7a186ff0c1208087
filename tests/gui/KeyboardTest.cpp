// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a new user does with the keyboard alone: tabs into an empty date and types it (or tabs on),
// and goes from the search box into the results with Enter or Down.
#include "tests/gui/TabChain.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/demo/DemoGenerator.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdListPage.h"
#include "ui/widgets/DateField.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace ff;

namespace {
/// A form of a name, an empty date and a place, as in the dialogs.
struct DateForm
{
    QWidget window;
    QLineEdit* before = new QLineEdit(&window);
    DateField* date = new DateField(QStringLiteral("(not set)"), &window);
    QLineEdit* after = new QLineEdit(&window);

    DateForm()
    {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(date);
        layout->addWidget(after);
        REQUIRE(test::focusFirstField(&window) == before);
        QTest::keyClick(before, Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() != nullptr);
        REQUIRE((QApplication::focusWidget() == date || date->isAncestorOf(QApplication::focusWidget())));
    }
};
} // namespace

TEST_CASE("an empty date field reached with Tab takes the date typed in", "[gui][keyboard]")
{
    DateForm form;
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("20261220"));
    CHECK(form.date->value() == QDate(2026, 12, 20));
    CHECK(form.date->text() == QStringLiteral("2026-12-20"));
}

TEST_CASE("Tab leaves an empty date field at once, and it stays empty", "[gui][keyboard]")
{
    DateForm form;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == form.after);
    CHECK_FALSE(form.date->value().isValid());
    // And back again with Shift+Tab.
    QTest::keyClick(form.after, Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == form.before);
}

TEST_CASE("Enter or Down in the search box moves into the results, on the first hit", "[gui][keyboard]")
{
    test::TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {60, 5, 60, QDate(2026, 6, 1), false}));
    HouseholdListPage page(t.db());
    page.resize(1200, 600);
    test::focusFirstField(&page);
    QLineEdit* search = page.searchEdit();
    QTableView* view = page.view();
    // The start of a village's name finds its households.
    const QString village = page.model()->villages().value(0).left(2);
    REQUIRE_FALSE(village.isEmpty());
    const auto check = [&](Qt::Key key) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->clear();
        search->insert(village); // typed through an input method
        QTest::keyClick(search, key);
        REQUIRE(page.model()->rowCount() > 0);
        CHECK(page.model()->filter().search == village); // searched at once, not after a pause
        CHECK(QApplication::focusWidget() == view);
        CHECK(view->currentIndex().row() == 0);
        CHECK(view->selectionModel()->isRowSelected(0, {}));
        CHECK(page.currentHouseholdId() == page.model()->householdId(0));
    };
    SECTION("Enter") { check(Qt::Key_Return); }
    SECTION("Down") { check(Qt::Key_Down); }
    SECTION("nothing found: the search box keeps the keyboard")
    {
        search->setFocus(Qt::ShortcutFocusReason);
        search->insert(QStringLiteral("zzzzqqq"));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(page.model()->rowCount() == 0);
        CHECK(QApplication::focusWidget() == search);
    }
}
