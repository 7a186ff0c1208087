// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/ByteSink.h"
#include "core/journal/EncodedChange.h"
#include "core/journal/FieldHead.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborStreamWriter>
#include <QList>
#include <QStringList>

namespace ff {

/// Encodes records' heads for the record_heads column, byte for byte as ChangeCodec::headsToBytes(),
/// for the many records of one import: one CBOR writer kept for all of them, and for a record's
/// first change (each field's one head) the field part reused from the last few records that set
/// the same fields.
class HeadsEncoder
{
    Q_DISABLE_COPY_MOVE(HeadsEncoder)

public:
    HeadsEncoder();

    /// The bytes of `heads`; valid until the next call.
    QByteArrayView encode(const RecordHeads& heads);
    /// The bytes of heads in which every field of `edits` has the one head `head`; valid until the
    /// next call.
    QByteArrayView encodeSole(const FieldHead& head, const QList<EncodedChange::Edit>& edits);

private:
    /// A set of fields and its encoded part of the heads: {"field": [0], …}.
    struct Shape
    {
        QStringList fields;
        QByteArray encoded;
    };
    const QByteArray& shapeOf(const QList<EncodedChange::Edit>& edits);

    ByteSink m_sink;
    QCborStreamWriter m_writer;
    QList<Shape> m_shapes; // most recently used first
};

} // namespace ff
