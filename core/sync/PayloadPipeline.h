// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/EncodedChange.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace ff {

/// Reads a package's payload on a second thread while the changes already read are applied on
/// the calling one: decoding CBOR is about a third of an import, and a county server (or a laptop
/// being provisioned) has more than one core.
///
/// Batches reach `consume` whole and in payload order, on the calling thread; at most a few are
/// read ahead, so memory stays bounded. The first failure on either side stops both: a payload
/// that does not read as changes (or holds another number of them than its header says) is
/// refused as damaged, a failure of `consume` is returned as it is. Nothing is consumed after a
/// failure, so a caller that applies batches in one transaction can roll all of them back.
class PayloadPipeline
{
public:
    using Consumer = std::function<Status(const QList<EncodedChange>& batch)>;

    static constexpr qsizetype kBatch = 2048;
    static constexpr qsizetype kAhead = 3;

    [[nodiscard]] static Status run(const QByteArray& cbor, qint64 expectedChanges, qsizetype maxChanges,
                                    const Consumer& consume);
};

} // namespace ff
