// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ff {

/// The pinyin readings of Han characters, from Unicode's Unihan data (generated at build time).
class PinyinTable
{
public:
    /// Every toneless reading of a character, the most common first; empty for a non-Han character.
    static QStringList readings(char32_t cp);

    /// The most common reading of each Han character, joined by spaces, for sorting names in
    /// pinyin order (张伟 → "zhang wei"). Other characters are kept, lower-cased.
    static QString sortKey(const QString& text);

    /// Every distinct string of initials made by choosing one reading per character, the everyday
    /// readings' string first: 单雷 → dl, cl, sl. Latin letters and digits are kept as they are
    /// (lower-cased), so a name written in Latin letters gives its letters; spaces and punctuation
    /// are skipped. At most `cap` strings, so a long name cannot explode.
    static QStringList initialsVariants(const QString& name, int cap = 32);
};

} // namespace ff
