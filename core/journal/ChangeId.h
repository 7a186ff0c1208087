// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

namespace ff {

/// Identity of one change: the device that made it and that device's sequence number (1, 2, 3 …).
struct ChangeId
{
    QString device;
    qint64 seq = 0;

    bool isNull() const { return device.isEmpty(); }
    /// "device:seq", the form used in the journal's JSON columns and in a change's bases.
    QString toString() const { return device + QLatin1Char(':') + QString::number(seq); }
    /// The id toString() wrote, or a null id for any other text. The one definition of a change
    /// id's text (docs/sync-protocol.md §2): the device is everything before the last ':' and not
    /// empty; after it the sequence, a positive decimal of ASCII digits without sign, space or
    /// leading zero, at most 2^63 − 1. So "dev:019", "dev:+19", "dev: 19" and "dev:0" are no ids.
    static ChangeId fromString(QStringView text);
    /// The same rule on UTF-8 (a payload's bases, read without a QString): where the device ends
    /// (the last ':') and the sequence, or false.
    [[nodiscard]] static bool split(QByteArrayView utf8, qsizetype* colon, qint64* seq);

    friend bool operator==(const ChangeId&, const ChangeId&) = default;
    friend auto operator<=>(const ChangeId& a, const ChangeId& b)
    {
        if (auto c = QString::compare(a.device, b.device); c != 0)
            return c <=> 0;
        return a.seq <=> b.seq;
    }
};

inline size_t qHash(const ChangeId& id, size_t seed = 0) { return qHashMulti(seed, id.device, id.seq); }

} // namespace ff
