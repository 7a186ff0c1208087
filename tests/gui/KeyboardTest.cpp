// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a new user does with the keyboard alone: tabs into an empty date and types it (or tabs on),
// goes from the search box into the results with Enter or Down, and tabs on out of the results.
#include "tests/gui/TabChain.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/demo/DemoGenerator.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdListPage.h"
#include "ui/main/MainWindow.h"
#include "ui/widgets/DateField.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
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

TEST_CASE("Tab leaves the household list for the next field, the arrows move within it", "[gui][keyboard]")
{
    test::TempDatabase t;
    REQUIRE(DemoGenerator::generate(t.db(), {30, 5, 30, QDate(2026, 6, 1), false}));
    SECTION("on the list page")
    {
        HouseholdListPage page(t.db());
        page.resize(1200, 600);
        REQUIRE(test::focusFirstField(&page) != nullptr);
        QLineEdit* search = page.searchEdit();
        QTableView* view = page.view();
        auto* risk = page.findChild<QComboBox*>(QStringLiteral("riskComboBox"));
        REQUIRE(risk != nullptr);
        search->setFocus(Qt::TabFocusReason);
        QTest::keyClick(search, Qt::Key_Down); // into the results, on the first household
        REQUIRE(QApplication::focusWidget() == view);
        REQUIRE(view->currentIndex().row() == 0);

        // The arrows go from household to household, and along a row, in the list.
        QTest::keyClick(view, Qt::Key_Down);
        CHECK(view->currentIndex().row() == 1);
        QTest::keyClick(view, Qt::Key_Right);
        CHECK(view->currentIndex().row() == 1);
        CHECK(QApplication::focusWidget() == view);
        const QModelIndex current = view->currentIndex();

        // Tab goes on, round to the search box, the household still chosen; Shift+Tab comes
        // back, and once more goes on back to the risk filter before the list.
        QTest::keyClick(view, Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == search);
        CHECK(view->currentIndex() == current);
        CHECK(page.currentHouseholdId() == page.model()->householdId(1));
        QTest::keyClick(search, Qt::Key_Backtab, Qt::ShiftModifier);
        CHECK(QApplication::focusWidget() == view);
        QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
        CHECK(QApplication::focusWidget() == risk);

        // Tab walks the page round once, visiting the list once, and never stays in it.
        search->setFocus(Qt::TabFocusReason);
        QWidget* stuck = nullptr;
        const QList<QWidget*> chain = test::tabChain(&page, &stuck);
        if (stuck)
            FAIL_CHECK("Tab stays in " << test::describe(stuck).toStdString());
        CHECK(chain.count(view) == 1);
        CHECK(chain.size() == 6); // the search box, four filters, the list
    }
    SECTION("in the main window")
    {
        MainWindow window(t.db());
        window.resize(1366, 698);
        window.showDueVisits(false); // the caseload list
        test::focusFirstField(&window);
        QTableView* view = window.listPage()->view();
        REQUIRE(view->isVisible());
        view->setFocus(Qt::TabFocusReason);
        view->setCurrentIndex(view->model()->index(2, 0));
        QTest::keyClick(view, Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        INFO((focus ? test::describe(focus) : QStringLiteral("nothing")).toStdString());
        CHECK(focus != nullptr);
        CHECK(focus != view);
        CHECK_FALSE(view->isAncestorOf(focus));
        CHECK(view->currentIndex().row() == 2);
    }
}
