// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/SeededRecordIds.h"

#include <QUuid>

namespace ff {

namespace {
thread_local SeededRecordIds* t_current = nullptr;
}

SeededRecordIds::SeededRecordIds(quint32 seed) : m_rng(seed), m_outer(t_current) { t_current = this; }

SeededRecordIds::~SeededRecordIds() { t_current = m_outer; }

SeededRecordIds* SeededRecordIds::current() { return t_current; }

QString SeededRecordIds::uuid(QRandomGenerator& rng)
{
    uchar b[16];
    for (uchar& byte : b)
        byte = uchar(rng.bounded(256));
    b[6] = uchar((b[6] & 0x0f) | 0x40); // version 4
    b[8] = uchar((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    const uint l = (uint(b[0]) << 24) | (uint(b[1]) << 16) | (uint(b[2]) << 8) | b[3];
    const ushort w1 = ushort((b[4] << 8) | b[5]);
    const ushort w2 = ushort((b[6] << 8) | b[7]);
    return QUuid(l, w1, w2, b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15])
        .toString(QUuid::WithoutBraces);
}

} // namespace ff
