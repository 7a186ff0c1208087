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
/// such as 直, 骨 and 角 are the Japanese ones. install() adds the font fontconfig chooses for
/// Simplified Chinese to the application font's families, after the system's own font, so Latin
/// text keeps the system's font and Chinese text takes the Simplified Chinese one. On a system set
/// to Chinese the two are usually the same font and nothing changes.
class ChineseFont
{
public:
    /// The sans-serif family fontconfig chooses for Simplified Chinese (lang zh-cn), or an empty
    /// string if the font it chooses has no Chinese.
    static QString simplifiedFamily();
    /// Sets the application font's families to the system font's, an alias such as "Sans Serif"
    /// resolved to the family it stands for, followed by simplifiedFamily(). Call once, after the
    /// QApplication is made and before any window.
    static void install();

    ChineseFont() = delete;
};

} // namespace ff
