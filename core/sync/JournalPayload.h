// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/PackageHeader.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace ff {

class SqlStatement;

/// A package payload (docs/sync-protocol.md §3) written from journal rows as they are stored: the
/// county's pull pages. A row's `fields` and `bases` are already ChangeCodec's canonical CBOR
/// (core/journal/README.md, invariant 8) and are copied as they are, its text columns as their
/// UTF-8; only rows written as JSON before schema 6 are decoded and encoded again. The bytes are
/// exactly those ChangeCbor::encode() writes for the same changes read with
/// ChangeCodec::fromJournalRow(), without building a Change, a QVariantMap or a QString per value.
class JournalPayload
{
public:
    /// Appends the change of the current row of `row`, a statement stepped over
    /// ChangeCodec::journalColumns().
    void append(const SqlStatement& row);

    qsizetype count() const { return m_count; }
    /// The CBOR array of the changes appended, in their order.
    QByteArray payload() const;
    /// Per origin device, the first and last sequence number appended (the header's `ranges`).
    QList<PackageHeader::Range> ranges() const;
    /// The hybrid logical clock of the change appended last.
    quint64 lastHlc() const { return m_lastHlc; }
    /// The households the changes belong to, sorted, each once.
    QStringList households() const;

private:
    QByteArray m_body;
    qsizetype m_count = 0;
    quint64 m_lastHlc = 0;
    QMap<QByteArray, PackageHeader::Range> m_ranges;
    QSet<QByteArray> m_households;
};

} // namespace ff
