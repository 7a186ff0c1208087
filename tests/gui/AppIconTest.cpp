// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's icon: PNG files rendered from resources/icons/fieldfile.svg at build time, compiled into
// the app as :/icons/fieldfile-<size>.png and read one size at a time, without Qt's SVG library.
#include "ui/main/PngIconEngine.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QList>

using namespace ff;

namespace {

/// Whether the process has loaded a library whose file name holds `part`.
bool libraryLoaded(const QByteArray& part)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(part);
}

} // namespace

TEST_CASE("the app's icon comes in every size a desktop asks for, drawn from its SVG",
          "[gui][start][app-icon]")
{
    const QList<PngIconEngine::File> files =
        PngIconEngine::filesOf(QLatin1StringView("fieldfile"), QStringLiteral(":/icons/"),
                               PngIconEngine::resourceNames(QStringLiteral(":/icons/")));
    QList<int> sizes;
    for (const PngIconEngine::File& file : files)
        sizes.append(file.size);
    CHECK(sizes == QList<int>{16, 22, 24, 32, 48, 64, 128, 256});

    for (const PngIconEngine::File& file : files) {
        INFO(file.path.toStdString());
        QImageReader reader(file.path, "png");
        reader.setAutoDetectImageFormat(false); // (else it loads every image-format plugin to ask)
        const QImage image = reader.read();
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == QSize(file.size, file.size));
        CHECK(image.hasAlphaChannel());
        // The SVG's picture: a green folder with a white house on it, in a transparent square.
        const auto at = [&](double x, double y) {
            return image.pixelColor(int(x * file.size), int(y * file.size));
        };
        CHECK(at(0.02, 0.02).alpha() == 0);                   // above the folder
        CHECK(at(0.2, 0.6) == QColor(0x43, 0xa0, 0x47));      // the folder's front
        CHECK(at(0.5, 0.58) == QColor(Qt::white));            // the house's wall
        CHECK(at(0.2, 0.3).green() > at(0.2, 0.3).red() * 2); // the folder's back, darker green
    }

    const QIcon icon =
        PngIconEngine::fromResources(QStringLiteral(":/icons/"), QLatin1StringView("fieldfile"));
    REQUIRE_FALSE(icon.isNull());
    CHECK(icon.pixmap(48, 48).size() == QSize(48, 48));
    CHECK(icon.availableSizes().size() == 8);
}

// Hidden: run in a process of its own (tests/gui/CMakeLists.txt), as other cases load Qt's SVG
// library for pictures of their own.
TEST_CASE("the app's icon is drawn at every size without Qt's SVG library", "[.][app-icon-without-svg]")
{
    INFO("this case needs a process of its own: test_gui \"[app-icon-without-svg]\"");
    REQUIRE_FALSE(libraryLoaded("libQt6Svg"));
    const QIcon icon =
        PngIconEngine::fromResources(QStringLiteral(":/icons/"), QLatin1StringView("fieldfile"));
    // As the window manager's icon on X11 is read: every size.
    for (const QSize& size : icon.availableSizes())
        CHECK(icon.pixmap(size).size() == size);
    CHECK(icon.availableSizes().size() == 8);
    CHECK_FALSE(libraryLoaded("libqsvgicon"));
    CHECK_FALSE(libraryLoaded("libqsvg.so"));
    CHECK_FALSE(libraryLoaded("libQt6Svg"));
}

TEST_CASE("an icon's PNG files are found by their names' sizes, smallest first", "[gui][start][app-icon]")
{
    const QStringList names = {QStringLiteral("app-64.png"), QStringLiteral("app-16.png"),
                               QStringLiteral("app-x.png"),  QStringLiteral("apple-16.png"),
                               QStringLiteral("app-32.svg"), QStringLiteral("app-128.png")};
    const QList<PngIconEngine::File> files =
        PngIconEngine::filesOf(QLatin1StringView("app"), QStringLiteral("/f/"), names);
    REQUIRE(files.size() == 3);
    CHECK(files.at(0).size == 16);
    CHECK(files.at(0).path == QStringLiteral("/f/app-16.png"));
    CHECK(files.at(1).size == 64);
    CHECK(files.at(2).size == 128);
    CHECK(
        PngIconEngine::fromResources(QStringLiteral(":/no-such-folder/"), QLatin1StringView("app")).isNull());
}
