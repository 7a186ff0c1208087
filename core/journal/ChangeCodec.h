// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/Query.h"
#include "core/journal/Change.h"
#include "core/journal/EncodedChange.h"
#include "core/journal/FieldHead.h"

#include <QByteArray>
#include <QCborMap>

class QCborStreamWriter;

namespace ff {

/// Converts a change's fields and bases, and a record's heads, to and from the bytes kept in the
/// journal's and record_heads' columns: CBOR (RFC 8949) written by QCborStreamWriter, the same
/// encoding a package carries (docs/sync-protocol.md), so import stores what it received without a
/// second text format. Rows written before schema 6 hold JSON text; the readers accept both.
///
/// Field values are null, integers, doubles or text (booleans are stored as 0/1); a whole-number
/// double read from old JSON comes back as an integer, so values compare equal on every replica.
class ChangeCodec
{
public:
    static QByteArray fieldsToBytes(const QVariantMap& fields);
    static QVariantMap fieldsFromBytes(const QByteArray& bytes);
    static QByteArray basesToBytes(const QMap<QString, QList<ChangeId>>& bases);
    static QMap<QString, QList<ChangeId>> basesFromBytes(const QByteArray& bytes);
    static QByteArray headsToBytes(const RecordHeads& heads);
    static RecordHeads headsFromBytes(const QByteArray& bytes);

    /// The same encodings inside a larger CBOR document (a package's payload), or through a
    /// writer kept for many records (ChangeApplier).
    static void writeFields(QCborStreamWriter& writer, const QVariantMap& fields);
    static void writeBases(QCborStreamWriter& writer, const QMap<QString, QList<ChangeId>>& bases);
    static void writeHeads(QCborStreamWriter& writer, const RecordHeads& heads);
    /// Exactly what writeHeads() writes for heads in which every field of `edits` has the one head
    /// `head` (a record's first change, superseding nothing), without building that map.
    static void writeSoleHead(QCborStreamWriter& writer, const FieldHead& head,
                              const QList<EncodedChange::Edit>& edits);
    /// False when the map holds anything but text keys and the value kinds above.
    static bool readFields(const QCborMap& map, QVariantMap* fields);
    /// False when the map holds anything but text keys and arrays of change ids.
    static bool readBases(const QCborMap& map, QMap<QString, QList<ChangeId>>* bases);

    /// The journal columns a query must select, in order, for fromJournalRow().
    static QString journalColumns();
    /// Reads a change from the current row of a query over journalColumns().
    static Change fromJournalRow(const Query& q);
};

} // namespace ff
