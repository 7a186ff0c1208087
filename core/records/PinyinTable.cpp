// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/PinyinTable.h"

#include <QStringView>

#include <algorithm>
#include <cstdint>

namespace ff::pinyin_data {
extern const uint32_t kCount;
extern const uint32_t kIndex[][2];
extern const char kPool[];
} // namespace ff::pinyin_data

namespace ff {

namespace {
/// The readings of cp as "a,b;" in the pool, or nullptr.
const char* find(char32_t cp)
{
    using namespace pinyin_data;
    const uint32_t(*begin)[2] = kIndex;
    const uint32_t(*end)[2] = kIndex + kCount;
    const auto* it = std::lower_bound(begin, end, uint32_t(cp),
                                      [](const uint32_t(&e)[2], uint32_t v) { return e[0] < v; });
    if (it == end || (*it)[0] != uint32_t(cp))
        return nullptr;
    return kPool + (*it)[1];
}
} // namespace

QStringList PinyinTable::readings(char32_t cp)
{
    QStringList out;
    const char* p = find(cp);
    if (!p)
        return out;
    const char* start = p;
    for (;; ++p) {
        if (*p == ',' || *p == ';') {
            out.append(QString::fromLatin1(start, p - start));
            if (*p == ';')
                break;
            start = p + 1;
        }
    }
    return out;
}

QString PinyinTable::sortKey(const QString& text)
{
    QStringList parts;
    for (char32_t cp : QStringView(text).toUcs4()) {
        const QStringList r = readings(cp);
        if (!r.isEmpty())
            parts.append(r.first());
        else if (!QChar::isSpace(cp))
            parts.append(QString::fromUcs4(&cp, 1).toLower());
    }
    return parts.join(QLatin1Char(' '));
}

QStringList PinyinTable::initialsVariants(const QString& name, int cap)
{
    QStringList variants = {QString()};
    for (char32_t cp : QStringView(name).toUcs4()) {
        QList<QChar> initials;
        for (const QString& r : readings(cp)) {
            if (!r.isEmpty() && !initials.contains(r.at(0)))
                initials.append(r.at(0));
        }
        if (initials.isEmpty()) {
            if (!QChar::isLetterOrNumber(cp) || cp > 0x7f)
                continue;
            initials.append(QChar(char16_t(cp)).toLower());
        }
        QStringList next;
        for (const QString& v : std::as_const(variants)) {
            for (QChar i : initials) {
                if (next.size() < cap)
                    next.append(v + i);
            }
        }
        next.removeDuplicates();
        variants = next;
    }
    if (variants.size() == 1 && variants.first().isEmpty())
        return {};
    return variants;
}

} // namespace ff
