// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/FieldHead.h"
#include "core/util/StringInterner.h"

#include <QByteArray>

namespace ff {

/// Reads records' heads from the record_heads column, for the many records of one import or
/// pull: one pass with QCborStreamReader over exactly what ChangeCodec::writeHeads() and
/// HeadsEncoder write ({"c": [[device, seq, hlc], …], "f": {"field": [index into c, …]}}), with
/// field names and devices shared between records. Anything else — rows written as JSON before
/// schema 6, another encoding — is read by ChangeCodec::headsFromBytes(), so both always agree.
class HeadsDecoder
{
public:
    RecordHeads decode(const QByteArray& bytes);

private:
    bool decodeCanonical(const QByteArray& bytes, RecordHeads* heads);

    StringInterner m_strings;
};

} // namespace ff
