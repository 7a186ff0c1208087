// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ff {

/// One record of any declared record type (core/schema/RecordTypes.cpp), as RecordStore reads
/// and writes it: its id, its household, and the values of its fields by name, each of the type
/// its field's kind gives (text QString, a date QDate, codes QStringList, yes/no bool, numbers
/// qint64 or double); a field without a value is absent or invalid.
struct Record
{
    QString id;
    QString householdId;
    QVariantMap values;

    QVariant value(const QString& field) const { return values.value(field); }
    QString text(const QString& field) const { return values.value(field).toString(); }
    QDate date(const QString& field) const { return values.value(field).toDate(); }
    QStringList codes(const QString& field) const { return values.value(field).toStringList(); }
};

} // namespace ff
