// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/QtStringMaker.h"

#include "core/sync/PackageFileName.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using ff::PackageFileName;

namespace {
QString nameIn(const QString& path) { return QFileInfo(path).fileName(); }

void touch(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
}
} // namespace

TEST_CASE("an exported package is named by its person and day, and a second one that day gets a number",
          "[sync][package]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir folder(dir.path());
    const QDate day(2026, 12, 6);
    const QString first = PackageFileName::suggest(QStringLiteral("王芳"), day, folder);
    CHECK(nameIn(first) == QStringLiteral("fieldfile-王芳-2026-12-06.ffpkg"));
    CHECK(QFileInfo(first).absolutePath() == QFileInfo(dir.path()).absoluteFilePath());
    touch(first);
    const QString second = PackageFileName::suggest(QStringLiteral("王芳"), day, folder);
    CHECK(nameIn(second) == QStringLiteral("fieldfile-王芳-2026-12-06-2.ffpkg"));
    touch(second);
    CHECK(nameIn(PackageFileName::suggest(QStringLiteral("王芳"), day, folder)) ==
          QStringLiteral("fieldfile-王芳-2026-12-06-3.ffpkg"));
    // Another person, another day: their own names.
    CHECK(nameIn(PackageFileName::suggest(QStringLiteral("李强"), day, folder)) ==
          QStringLiteral("fieldfile-李强-2026-12-06.ffpkg"));
    CHECK(nameIn(PackageFileName::suggest(QStringLiteral("王芳"), day.addDays(1), folder)) ==
          QStringLiteral("fieldfile-王芳-2026-12-07.ffpkg"));
}

TEST_CASE("a person's name is made safe for a file name", "[sync][package]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir folder(dir.path());
    const QDate day(2026, 12, 6);
    CHECK(nameIn(PackageFileName::suggest(QStringLiteral("Wang Fang"), day, folder)) ==
          QStringLiteral("fieldfile-Wang_Fang-2026-12-06.ffpkg"));
    CHECK(nameIn(PackageFileName::suggest(QStringLiteral("../a/b:c"), day, folder)) ==
          QStringLiteral("fieldfile-..abc-2026-12-06.ffpkg"));
    CHECK(nameIn(PackageFileName::suggest(QStringLiteral(".."), day, folder)) ==
          QStringLiteral("fieldfile-2026-12-06.ffpkg"));
    CHECK(nameIn(PackageFileName::suggest(QString(), day, folder)) ==
          QStringLiteral("fieldfile-2026-12-06.ffpkg"));
}
