// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Chinese text on screen in its Simplified Chinese forms whatever the system's language (a laptop
// set to English otherwise draws households' names in the Japanese forms of Noto Sans CJK JP), and
// Latin text still in the system's own font. tests/gui/CMakeLists.txt also runs this with fontconfig
// told the system is English, whatever the machine's locale.
#include "ui/main/ChineseFont.h"
#include "ui/main/LanguageMenu.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QRawFont>
#include <QScopeGuard>
#include <QTextLayout>

using namespace ff;

namespace {

/// The families of the fonts Qt draws `text` in with `font`, one for each run of glyphs.
QStringList drawnFamilies(const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList families;
    for (const QGlyphRun& run : layout.glyphRuns())
        families << run.rawFont().familyName();
    return families;
}

/// What fontconfig's own command chooses for `pattern`.
QString fcMatch(const QString& pattern)
{
    QProcess process;
    process.start(QStringLiteral("fc-match"),
                  {QStringLiteral("-f"), QStringLiteral("%{family[0]}"), pattern});
    return process.waitForFinished(30000) ? QString::fromUtf8(process.readAllStandardOutput()) : QString();
}

/// Checks that `font`, DejaVu Serif as a desktop would set it, draws Chinese in `simplified` and
/// Latin in DejaVu Serif itself.
void checkDejaVuSerifWithSimplified(const QFont& font, const QString& simplified)
{
    REQUIRE(font.families().constFirst() == QStringLiteral("DejaVu Serif"));
    const QStringList chinese = drawnFamilies(QStringLiteral("王秀英直骨角"), font);
    REQUIRE_FALSE(chinese.isEmpty());
    for (const QString& family : chinese)
        CHECK(family.compare(simplified, Qt::CaseInsensitive) == 0);
    CHECK(drawnFamilies(QStringLiteral("Sync now"), font) == QStringList{QStringLiteral("DejaVu Serif")});
}

} // namespace

TEST_CASE("Chinese text is drawn in the Simplified Chinese font in both languages, Latin text in the "
          "system's font",
          "[gui][chinese-font]")
{
    const QString simplified = fcMatch(QStringLiteral("sans-serif:lang=zh-cn"));
    REQUIRE_FALSE(simplified.isEmpty());
    CHECK(ChineseFont::simplifiedFamily() == simplified);
    // The test program sets up its fonts as the app does (GuiListener). The application's font is
    // still the platform's (an alias, offscreen), and Latin text takes the family it stands for;
    // unless that font has Chinese of its own (a Japanese or Traditional Chinese system's), when
    // the Simplified Chinese font draws it all.
    const QString system = fcMatch(QApplication::font().families().constFirst());
    REQUIRE_FALSE(system.isEmpty());
    const QString latin = QFontDatabase::writingSystems(system).contains(QFontDatabase::SimplifiedChinese)
                              ? simplified
                              : system;

    const auto restore = qScopeGuard([] { LanguageMenu::apply(QString()); });
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        LanguageMenu::apply(language);
        QLabel label; // a widget's font, as every screen has it
        QFont title = label.font();
        title.setBold(true);
        title.setPointSizeF(title.pointSizeF() * 1.4);
        for (const QFont& font : {label.font(), title}) {
            INFO(language.toStdString() << (font.bold() ? ", bold" : ", regular"));
            // A household's name and characters whose Japanese forms differ.
            const QStringList chinese = drawnFamilies(QStringLiteral("王秀英直骨角关于"), font);
            REQUIRE_FALSE(chinese.isEmpty());
            for (const QString& family : chinese) {
                CHECK(family.compare(simplified, Qt::CaseInsensitive) == 0);
                CHECK_FALSE(family.endsWith(QStringLiteral(" JP")));
            }
            const QStringList english = drawnFamilies(QStringLiteral("My tasks 371321"), font);
            REQUIRE(english.size() == 1);
            CHECK(english.first().compare(latin, Qt::CaseInsensitive) == 0);
        }
    }
}

TEST_CASE("a font the desktop gives a kind of widget (its menus) also draws Chinese in the Simplified "
          "Chinese font",
          "[gui][chinese-font]")
{
    const QString simplified = ChineseFont::simplifiedFamily();
    REQUIRE_FALSE(simplified.isEmpty());
    // As a desktop's theme sets the menus' font apart, before the app starts.
    const QFont before = QApplication::font("QMenu");
    const auto restore = qScopeGuard([&before] {
        QApplication::setFont(before, "QMenu");
        QFont::removeSubstitutions(QStringLiteral("DejaVu Serif"));
    });
    QApplication::setFont(QFont(QStringLiteral("DejaVu Serif"), 11), "QMenu");
    ChineseFont::install();
    QMenu menu;
    menu.ensurePolished();
    checkDejaVuSerifWithSimplified(menu.font(), simplified);
}

TEST_CASE("a font the desktop sets while the app runs also draws Chinese in the Simplified Chinese font",
          "[gui][chinese-font]")
{
    const QString simplified = ChineseFont::simplifiedFamily();
    REQUIRE_FALSE(simplified.isEmpty());
    const QFont before = QApplication::font();
    const auto restore = qScopeGuard([&before] {
        QApplication::setFont(before);
        QFont::removeSubstitutions(QStringLiteral("DejaVu Serif"));
    });
    QLabel label;
    (void)drawnFamilies(QStringLiteral("王秀英"), label.font());      // laid out once in the old font
    QApplication::setFont(QFont(QStringLiteral("DejaVu Serif"), 12)); // as the platform's theme would
    QCoreApplication::sendPostedEvents();
    checkDejaVuSerifWithSimplified(label.font(), simplified);
}
