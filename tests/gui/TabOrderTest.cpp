// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Tab key goes through every dialog as a person reads it, top to bottom and left to right, and
// never stays in one field.
#include "tests/gui/EveryDialog.h"
#include "tests/gui/TabChain.h"
#include "tests/support/QtStringMaker.h"

#include "ui/households/MemberDialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

using namespace ff;

TEST_CASE("Tab goes through every dialog in reading order and leaves every field", "[gui][keyboard]")
{
    test::DialogCaseload caseload;
    for (const test::AppDialog& d : test::everyDialog(caseload)) {
        const std::unique_ptr<QDialog> dialog = d.make();
        dialog->resize(dialog->size().boundedTo(QSize(1366, 698)));
        QWidget* first = test::focusFirstField(dialog.get());
        INFO(d.name.toStdString());
        REQUIRE(first != nullptr);
        QWidget* stuck = nullptr;
        const QList<QWidget*> chain = test::tabChain(dialog.get(), &stuck);
        INFO("Tab visits " << chain.size() << " fields");
        if (stuck)
            FAIL_CHECK("Tab stays in " << test::describe(stuck).toStdString());
        CHECK(test::readingOrderProblem(dialog.get(), chain) == QString());
        dialog->hide();
    }
}

TEST_CASE("in the member dialog the ID number comes right after the name", "[gui][keyboard]")
{
    MemberDialog dialog({}, QDate(2026, 6, 1));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    auto* id = dialog.findChild<QLineEdit*>(QStringLiteral("idNumberLineEdit"));
    auto* birth = dialog.findChild<QDateEdit*>(QStringLiteral("birthDateEdit"));
    REQUIRE(test::focusFirstField(&dialog) == name);
    name->setText(QStringLiteral("李秀英")); // typed through an input method
    QTest::keyClick(name, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == id);
    // The ID card copied as it reads: its digits go into the ID number, and fill in the birth date.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("11010519491231002X"));
    CHECK(id->text() == QStringLiteral("11010519491231002X"));
    CHECK(birth->date() == QDate(1949, 12, 31));
    CHECK(dialog.member().value(QStringLiteral("name")) == QStringLiteral("李秀英"));
}
