// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Change.h"
#include "journal/FieldHead.h"

#include <QByteArray>
#include <QSqlQuery>

namespace ff {

/// Converts changes and heads to and from the JSON text kept in the journal's columns.
///
/// HLC values exceed JSON's exact integer range, so they are written as decimal strings.
class ChangeCodec
{
public:
    static QByteArray fieldsToJson(const QVariantMap& fields);
    static QVariantMap fieldsFromJson(const QByteArray& json);
    static QByteArray basesToJson(const QMap<QString, QList<ChangeId>>& bases);
    static QMap<QString, QList<ChangeId>> basesFromJson(const QByteArray& json);
    static QByteArray headsToJson(const RecordHeads& heads);
    static RecordHeads headsFromJson(const QByteArray& json);

    /// The journal columns a query must select, in order, for fromJournalRow().
    static QString journalColumns();
    /// Reads a change from the current row of a query over journalColumns().
    static Change fromJournalRow(const QSqlQuery& q);
};

} // namespace ff
