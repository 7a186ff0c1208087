// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's style reads Qt's PNG icons with their format told (no image-format plugin loaded for
// them): the icons are the same pictures as the style's own, at every size and in every mode, and
// an icon the desktop's icon theme has is left to the style.
#include "ui/main/PngIconStyle.h"

#include "ui/main/PngIconEngine.h"

#include "tests/support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTemporaryDir>

using namespace ff;

namespace {

QString sizesOf(const QIcon& icon)
{
    QStringList sizes;
    for (const QSize& s : icon.availableSizes())
        sizes << QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
    return sizes.join(QLatin1Char(' '));
}

QImage pictureOf(const QIcon& icon, int size, QIcon::Mode mode, QIcon::State state = QIcon::Off)
{
    return icon.pixmap(QSize(size, size), mode, state).toImage().convertToFormat(QImage::Format_ARGB32);
}

/// The icon painted into a rectangle of `size` pixels and a wider one (centred).
QImage paintedOf(const QIcon& icon, int size, QIcon::Mode mode)
{
    QImage image(size + 10, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    icon.paint(&painter, QRect(0, 0, size, size), Qt::AlignCenter, mode);
    icon.paint(&painter, QRect(0, 0, size + 10, size), Qt::AlignCenter, mode);
    painter.end();
    return image;
}

} // namespace

TEST_CASE("the app's style gives the same standard icons as the style it wraps", "[gui][start]")
{
    const QString key = QApplication::style()->name();
    PngIconStyle style(QStyleFactory::create(key));
    std::unique_ptr<QStyle> plain(QStyleFactory::create(key));
    REQUIRE(plain);

    // The toolbar's icons, the menus' and the toolbar's extension button: read from the files.
    for (const QStyle::StandardPixmap which :
         {QStyle::SP_FileDialogListView, QStyle::SP_FileDialogContentsView, QStyle::SP_FileDialogDetailedView,
          QStyle::SP_FileDialogInfoView, QStyle::SP_FileDialogNewFolder, QStyle::SP_DialogOpenButton,
          QStyle::SP_BrowserReload, QStyle::SP_ToolBarHorizontalExtensionButton}) {
        INFO("standard pixmap " << int(which));
        CHECK_FALSE(style.iconFromFiles(which).isNull());
        const QIcon mine = style.standardIcon(which);
        const QIcon theirs = plain->standardIcon(which);
        CHECK(sizesOf(mine) == sizesOf(theirs));
        for (const int size : {8, 16, 20, 22, 24, 32, 48, 64, 128, 256}) {
            for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Active, QIcon::Selected}) {
                INFO("size " << size << ", mode " << int(mode));
                CHECK(pictureOf(mine, size, mode) == pictureOf(theirs, size, mode));
                CHECK(mine.actualSize(QSize(size, size), mode) == theirs.actualSize(QSize(size, size), mode));
                CHECK(paintedOf(mine, size, mode) == paintedOf(theirs, size, mode));
                // On a screen of twice the pixels.
                CHECK(mine.pixmap(QSize(size, size), 2.0, mode).toImage() ==
                      theirs.pixmap(QSize(size, size), 2.0, mode).toImage());
            }
            CHECK(mine.actualSize(QSize(size, size / 2 + 3)) == theirs.actualSize(QSize(size, size / 2 + 3)));
            CHECK(pictureOf(mine, size, QIcon::Normal, QIcon::On) ==
                  pictureOf(theirs, size, QIcon::Normal, QIcon::On));
        }
    }
    // Icons not drawn from such files are the wrapped style's.
    CHECK(style.iconFromFiles(QStyle::SP_MessageBoxWarning).isNull());
    // Nor those whose files are not of the size the style gives them (the apply button's).
    CHECK(style.iconFromFiles(QStyle::SP_DialogApplyButton).isNull());
    CHECK(pictureOf(style.standardIcon(QStyle::SP_MessageBoxWarning), 32, QIcon::Normal) ==
          pictureOf(plain->standardIcon(QStyle::SP_MessageBoxWarning), 32, QIcon::Normal));
    // Right to left: the wrapped style's (its mirrored files).
    QStyleOption rightToLeft;
    rightToLeft.direction = Qt::RightToLeft;
    CHECK(pictureOf(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &rightToLeft), 16,
                    QIcon::Normal) ==
          pictureOf(plain->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &rightToLeft), 16,
                    QIcon::Normal));
}

TEST_CASE("where the desktop's icon theme has an icon, the app's style leaves it to the theme",
          "[gui][start]")
{
    const QString themeBefore = QIcon::themeName();
    const QStringList pathsBefore = QIcon::themeSearchPaths();
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("fieldfiletest/16x16/actions"));
    QFile index(dir.filePath(QStringLiteral("fieldfiletest/index.theme")));
    REQUIRE(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=fieldfiletest\nDirectories=16x16/actions\n\n"
                "[16x16/actions]\nSize=16\nType=Fixed\n");
    index.close();
    QImage red(16, 16, QImage::Format_ARGB32);
    red.fill(Qt::red);
    REQUIRE(red.save(dir.filePath(QStringLiteral("fieldfiletest/16x16/actions/view-refresh.png"))));
    QImage green(16, 16, QImage::Format_ARGB32);
    green.fill(Qt::green);
    REQUIRE(green.save(dir.filePath(QStringLiteral("fieldfiletest/16x16/actions/folder-open.png"))));
    QIcon::setThemeSearchPaths({dir.path()});
    QIcon::setThemeName(QStringLiteral("fieldfiletest"));

    const QString key = QApplication::style()->name();
    PngIconStyle style(QStyleFactory::create(key));
    std::unique_ptr<QStyle> plain(QStyleFactory::create(key));
    // The theme has the reload icon: the wrapped style's, which is the theme's.
    CHECK(style.iconFromFiles(QStyle::SP_BrowserReload).isNull());
    CHECK(pictureOf(style.standardIcon(QStyle::SP_BrowserReload), 16, QIcon::Normal).pixelColor(8, 8) ==
          QColor(Qt::red));
    CHECK(pictureOf(style.standardIcon(QStyle::SP_BrowserReload), 16, QIcon::Normal) ==
          pictureOf(plain->standardIcon(QStyle::SP_BrowserReload), 16, QIcon::Normal));
    // And the open icon, which the style asks the theme for as "folder-open".
    CHECK(style.iconFromFiles(QStyle::SP_DialogOpenButton).isNull());
    CHECK(pictureOf(style.standardIcon(QStyle::SP_DialogOpenButton), 16, QIcon::Normal).pixelColor(8, 8) ==
          QColor(Qt::green));
    CHECK(pictureOf(style.standardIcon(QStyle::SP_DialogOpenButton), 16, QIcon::Normal) ==
          pictureOf(plain->standardIcon(QStyle::SP_DialogOpenButton), 16, QIcon::Normal));
    // Not the others: still read from Qt's files, the same pictures.
    CHECK_FALSE(style.iconFromFiles(QStyle::SP_FileDialogContentsView).isNull());
    CHECK(pictureOf(style.standardIcon(QStyle::SP_FileDialogNewFolder), 32, QIcon::Normal) ==
          pictureOf(plain->standardIcon(QStyle::SP_FileDialogNewFolder), 32, QIcon::Normal));

    QIcon::setThemeName(themeBefore);
    QIcon::setThemeSearchPaths(pathsBefore);
}

TEST_CASE("an icon of PNG files reads a file only when a size it is the best picture for is drawn",
          "[gui][start]")
{
    const QString folder = QStringLiteral(":/qt-project.org/styles/commonstyle/images/");
    auto* engine = new PngIconEngine({{16, folder + QStringLiteral("filecontents-16.png")},
                                      {32, folder + QStringLiteral("filecontents-32.png")},
                                      {128, folder + QStringLiteral("filecontents-128.png")}});
    const QIcon icon(engine); // the icon owns the engine; asking it for pictures does not copy it
    CHECK_FALSE(icon.isNull());
    CHECK(engine->decodedSizes().isEmpty());
    // Sizes known without reading a file.
    CHECK(icon.actualSize(QSize(24, 24)) == QSize(24, 24));
    CHECK(icon.actualSize(QSize(200, 200)) == QSize(128, 128));
    CHECK(engine->decodedSizes().isEmpty());
    // A toolbar's 16 and 24 pixels: the 16- and 32-pixel files, not the 128-pixel one.
    CHECK(icon.pixmap(QSize(16, 16)).size() == QSize(16, 16));
    CHECK(engine->decodedSizes() == QList<int>{16});
    QImage image(24, 24, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    icon.paint(&painter, QRect(0, 0, 24, 24));
    painter.end();
    CHECK(engine->decodedSizes() == (QList<int>{16, 32}));
    // Larger than every file: the largest.
    CHECK(icon.pixmap(QSize(256, 256)).size() == QSize(128, 128));
    CHECK(engine->decodedSizes() == (QList<int>{16, 32, 128}));
    CHECK(icon.availableSizes() == (QList<QSize>{QSize(16, 16), QSize(32, 32), QSize(128, 128)}));
}
