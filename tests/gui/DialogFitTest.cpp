// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every dialog fits the laptops caseworkers have: a 1366×768 screen less a 40 px taskbar and a
// ~30 px title bar leaves 1366×698, and a dialog taller than that hides its Save button.
#include "tests/gui/EveryDialog.h"
#include "tests/support/QtStringMaker.h"

#include "ui/households/HouseholdDialog.h"
#include "ui/main/LanguageMenu.h"
#include "ui/main/MainWindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace ff;

namespace {
constexpr int kWidth = 1366;
constexpr int kHeight = 768 - 40 - 30;

void checkFits(QWidget* w, const QString& name)
{
    w->show();
    QApplication::processEvents();
    const QSize least = w->minimumSizeHint().expandedTo(w->minimumSize());
    INFO(name.toStdString() << ": least " << least.width() << "x" << least.height() << ", shown "
                            << w->width() << "x" << w->height());
    CHECK(least.height() <= kHeight);
    CHECK(least.width() <= kWidth);
    CHECK(w->height() <= kHeight);
    CHECK(w->width() <= kWidth);
    w->hide();
}
} // namespace

TEST_CASE("every dialog fits a 1366x768 screen under its title bar and above a taskbar", "[gui][fit]")
{
    test::DialogCaseload caseload;
    for (const test::AppDialog& d : test::everyDialog(caseload)) {
        const std::unique_ptr<QDialog> dialog = d.make();
        checkFits(dialog.get(), d.name);
    }
    MainWindow window(caseload.db());
    checkFits(&window, QStringLiteral("main window"));
}

TEST_CASE("the file of a household at risk keeps Save and Cancel on a 1366x768 screen", "[gui][fit]")
{
    test::DialogCaseload caseload;
    // In Chinese, the dialog's narrower width wraps the risk banner onto more lines.
    LanguageMenu::apply(QStringLiteral("zh_CN"));
    struct English
    {
        ~English() { LanguageMenu::apply(QStringLiteral("en")); }
    } english;
    HouseholdDialog dialog(caseload.db(), caseload.session(), caseload.riskyHousehold());
    dialog.show();
    QApplication::processEvents();
    auto* banner = dialog.findChild<QLabel*>(QStringLiteral("riskBanner"));
    REQUIRE(banner);
    REQUIRE(banner->isVisible()); // the three open flags are on it…
    CHECK(banner->text().contains(QStringLiteral("孩子独自在家三天")));
    CHECK(banner->text().contains(QStringLiteral("邻居听到争吵")));
    CHECK(banner->text().contains(QStringLiteral("老人摔倒后卧床")));
    // …and a save refused for a mistyped phone number says so above the tabs.
    dialog.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"))->setText(QStringLiteral("1390539"));
    dialog.save();
    QApplication::processEvents();
    REQUIRE_FALSE(dialog.errorText().isEmpty());
    INFO("the file is " << dialog.height() << " px high, at least " << dialog.minimumSizeHint().height());
    CHECK(dialog.minimumSizeHint().height() <= kHeight);
    CHECK(dialog.height() <= kHeight);
    // Save is inside the dialog, shown, not pushed under its edge.
    auto* save =
        dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
    CHECK(save->isVisible());
    CHECK(save->mapTo(&dialog, QPoint(0, save->height())).y() <= dialog.height());
}
