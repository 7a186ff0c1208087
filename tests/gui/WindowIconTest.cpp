// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's window icon is set once the first window is painted (on X11 the platform then reads
// every size of it for the window manager, which nothing inside the first window needs), and every
// window shows it.
#include "ui/main/PngIconEngine.h"
#include "ui/main/WindowIconAfterFirstPaint.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialog>
#include <QIcon>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace ff;

TEST_CASE("the window icon comes once the first window is painted, and every window has it", "[gui][start]")
{
    const QIcon before = QApplication::windowIcon();
    QApplication::setWindowIcon(QIcon());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("icon-32.png"));
    QImage picture(32, 32, QImage::Format_ARGB32);
    picture.fill(Qt::darkGreen);
    REQUIRE(picture.save(path));

    auto* engine = new PngIconEngine({{32, path}});
    WindowIconAfterFirstPaint::install(QIcon(engine));
    QWidget window;
    window.resize(320, 200);
    window.show();
    // Shown, not yet painted: no icon set yet.
    CHECK(QApplication::windowIcon().isNull());
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!QApplication::windowIcon().isNull());
    CHECK_FALSE(window.windowIcon().isNull());
    CHECK(window.windowIcon().pixmap(32, 32).toImage().pixelColor(16, 16) == QColor(Qt::darkGreen));
    // A window opened later has it as well.
    QDialog dialog(&window);
    CHECK_FALSE(dialog.windowIcon().isNull());

    QApplication::setWindowIcon(before);
}
