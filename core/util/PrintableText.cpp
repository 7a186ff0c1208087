// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/PrintableText.h"

namespace ff {

namespace {
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f ||
           c == 0x061c;
}

QString clean(const QString& text, bool keepLines)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (keepLines && (u == u'\n' || u == u'\t'))
            continue;
        if (isControl(u))
            c = QChar(0xfffd);
    }
    return out;
}
} // namespace

QString PrintableText::field(const QString& text) { return clean(text, false); }

QString PrintableText::lines(const QString& text) { return clean(text, true); }

} // namespace ff
