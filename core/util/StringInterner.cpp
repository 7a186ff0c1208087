// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/StringInterner.h"

namespace ff {

namespace {
/// FNV-1a over the bytes: the texts are short, and the table bounds its own probing.
std::size_t hashOf(QByteArrayView bytes)
{
    quint32 h = 2166136261u;
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}
} // namespace

QString StringInterner::intern(QByteArrayView utf8)
{
    const std::size_t start = hashOf(utf8);
    for (std::size_t i = 0; i < kProbes; ++i) {
        Slot& slot = m_slots[(start + i) & (kSlots - 1)];
        if (!slot.used) {
            slot.utf8 = utf8.toByteArray();
            slot.text = QString::fromUtf8(utf8);
            slot.used = true;
            return slot.text;
        }
        if (QByteArrayView(slot.utf8) == utf8)
            return slot.text;
    }
    return QString::fromUtf8(utf8);
}

} // namespace ff
