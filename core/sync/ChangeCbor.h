// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Change.h"

#include <QByteArray>
#include <QList>

namespace ff {

/// Writes changes as the CBOR payload of a sync package and reads them back (docs/sync-protocol.md).
class ChangeCbor
{
public:
    static QByteArray encode(const QList<Change>& changes);
    /// False (and nothing in `changes`) if the bytes are not a well-formed payload of at most
    /// `maxChanges` changes.
    [[nodiscard]] static bool decode(const QByteArray& cbor, int maxChanges, QList<Change>* changes);
};

} // namespace ff
