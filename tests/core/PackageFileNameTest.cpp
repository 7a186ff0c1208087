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

TEST_CASE("a package's receipt is written beside it under the name the protocol gives", "[sync][package]")
{
    const QString folder = QStringLiteral("/media/usb/收件");
    const auto receipt = [&](const QString& name) {
        const QString path = PackageFileName::receiptFor(folder + QLatin1Char('/') + name);
        CHECK(QFileInfo(path).absolutePath() == folder);
        return nameIn(path);
    };
    // The name up to its last '.', or the whole name without one, then .ffrct.
    CHECK(receipt(QStringLiteral("fieldfile-王芳-2026-12-06.ffpkg")) ==
          QStringLiteral("fieldfile-王芳-2026-12-06.ffrct"));
    CHECK(receipt(QStringLiteral("fieldfile-王芳-2026-12-06-2.ffpkg")) ==
          QStringLiteral("fieldfile-王芳-2026-12-06-2.ffrct"));
    CHECK(receipt(QStringLiteral("one.FFPKG")) == QStringLiteral("one.ffrct"));
    CHECK(receipt(QStringLiteral("a.b.ffpkg")) == QStringLiteral("a.b.ffrct"));
    CHECK(receipt(QStringLiteral("outbox")) == QStringLiteral("outbox.ffrct"));
    CHECK(receipt(QStringLiteral("outbox.zip")) == QStringLiteral("outbox.ffrct"));
    CHECK(receipt(QStringLiteral("outbox.")) == QStringLiteral("outbox.ffrct"));
    CHECK(receipt(QStringLiteral(".ffpkg")) == QStringLiteral(".ffrct"));
    // Never the package's own name, whatever its case.
    CHECK(receipt(QStringLiteral("x.ffrct")) == QStringLiteral("x.ffrct.ffrct"));
    CHECK(receipt(QStringLiteral("x.FFRCT")) == QStringLiteral("x.FFRCT.ffrct"));
}
