// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/ChangeId.h"

#include <QList>
#include <QMap>
#include <QVariant>

namespace ff {

/// One current head of a field: a change that no known change supersedes. Its value is in the
/// journal (and, for the winning head, in the record's row).
struct FieldHead
{
    ChangeId change;
    quint64 hlc = 0;

    /// The display order: the greatest (hlc, device) wins until a person resolves a conflict.
    bool winsOver(const FieldHead& other) const
    {
        if (hlc != other.hlc)
            return hlc > other.hlc;
        return change.device > other.change.device;
    }
};

/// The heads of every field of one record.
using RecordHeads = QMap<QString, QList<FieldHead>>;

/// The head a field displays while its heads disagree: the one that wins over all others
/// (null for no heads). The only place the display order is applied.
inline const FieldHead* shownHead(const QList<FieldHead>& heads)
{
    const FieldHead* shown = heads.isEmpty() ? nullptr : &heads.first();
    for (const FieldHead& h : heads) {
        if (h.winsOver(*shown))
            shown = &h;
    }
    return shown;
}

} // namespace ff
