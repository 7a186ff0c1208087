// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

namespace ff {

/// Identity of one change: the device that made it and that device's sequence number (1, 2, 3 …).
struct ChangeId
{
    QString device;
    qint64 seq = 0;

    bool isNull() const { return device.isEmpty(); }
    /// "device:seq", the form used in the journal's JSON columns.
    QString toString() const { return device + QLatin1Char(':') + QString::number(seq); }
    static ChangeId fromString(const QString& text);

    friend bool operator==(const ChangeId&, const ChangeId&) = default;
    friend auto operator<=>(const ChangeId& a, const ChangeId& b)
    {
        if (auto c = QString::compare(a.device, b.device); c != 0)
            return c <=> 0;
        return a.seq <=> b.seq;
    }
};

inline size_t qHash(const ChangeId& id, size_t seed = 0) { return qHashMulti(seed, id.device, id.seq); }

inline ChangeId ChangeId::fromString(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    bool ok = false;
    const qint64 seq = text.mid(colon + 1).toLongLong(&ok);
    if (!ok || seq <= 0)
        return {};
    return {text.left(colon), seq};
}

} // namespace ff
