// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/ChangeId.h"

#include <limits>

namespace ff {

namespace {
char16_t unit(QChar c) { return c.unicode(); }
char16_t unit(char c) { return char16_t(uchar(c)); }

/// The one reading of "device:seq", for UTF-16 and UTF-8 alike (':' and the digits are ASCII, and
/// no byte of a multi-byte UTF-8 sequence is ASCII, so the last ':' is the same character in both).
template <typename View>
bool splitId(View text, qsizetype* colon, qint64* seq)
{
    qsizetype at = text.size() - 1;
    while (at >= 0 && unit(text[at]) != u':')
        --at;
    const qsizetype first = at + 1;
    if (at <= 0 || first == text.size() || unit(text[first]) == u'0')
        return false;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = unit(text[i]);
        if (c < u'0' || c > u'9')
            return false;
        const int digit = int(c - u'0');
        if (value > (kMax - digit) / 10)
            return false;
        value = value * 10 + digit;
    }
    *colon = at;
    *seq = value;
    return true;
}
} // namespace

ChangeId ChangeId::fromString(QStringView text)
{
    qsizetype colon = 0;
    qint64 seq = 0;
    if (!splitId(text, &colon, &seq))
        return {};
    return {text.left(colon).toString(), seq};
}

bool ChangeId::split(QByteArrayView utf8, qsizetype* colon, qint64* seq) { return splitId(utf8, colon, seq); }

} // namespace ff
