// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

/// Chinese text on screen in its Simplified Chinese forms, whatever the system's language.
///
/// A household's names, villages and notes are Chinese in both of the app's languages. Qt draws a
/// character its font lacks in the font fontconfig sorts first for the system's language: on a
/// laptop set to English (or to the C locale) that is Noto Sans CJK JP, whose forms of characters
/// such as 直, 骨 and 角 are the Japanese ones. install() gives the system's fonts the font
/// fontconfig chooses for Simplified Chinese as their substitute (QFont::insertSubstitutions), so
/// Latin text keeps the system's font and Chinese text takes the Simplified Chinese one. The
/// application's font itself is left as the platform set it; a font the desktop sets later gets
/// the same substitute before the widgets see it. On a system set to Chinese the two are usually
/// the same font and nothing changes. A font made from a family name alone ("sans-serif",
/// "Monospace", a fixed-pitch font) has no substitute: Chinese in it falls back as the system's
/// language says.
class ChineseFont
{
public:
    /// The sans-serif family fontconfig chooses for Simplified Chinese (lang zh-cn), or an empty
    /// string if the font it chooses has no Chinese.
    static QString simplifiedFamily();
    /// Gives each family of the application's font, and of the fonts the platform gives kinds of
    /// widget, simplifiedFamily() as its substitute; an alias such as "Sans Serif" first the family
    /// it stands for, unless that font has Chinese of its own. Call after the QApplication is made
    /// and before any text is laid out; it then runs again whenever the application's font changes.
    static void install();

    ChineseFont() = delete;
};

} // namespace ff
