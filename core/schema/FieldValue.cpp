// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schema/FieldValue.h"

#include "core/schema/RecordTypes.h"

#include <QDate>
#include <QStringList>

#include <algorithm>

namespace ff {

QVariant FieldValue::normalize(const QString& type, const QString& field, const QVariant& value)
{
    if (field == RecordTypes::deletedField())
        return qint64(value.toBool() ? 1 : 0);
    const RecordType* t = RecordTypes::find(type);
    const FieldSpec* spec = t ? t->field(field) : nullptr;
    return spec ? normalize(spec->kind, value) : QVariant();
}

QVariant FieldValue::normalize(FieldKind kind, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (kind) {
    case FieldKind::Text: {
        const QString s = value.toString().trimmed();
        return s.isEmpty() ? QVariant() : QVariant(s);
    }
    case FieldKind::Integer: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant();
    }
    case FieldKind::Real: {
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok)
            return {};
        // Whole numbers travel as integers so equal amounts compare equal after a round trip.
        if (d == double(qint64(d)))
            return QVariant(qint64(d));
        return QVariant(d);
    }
    case FieldKind::Date: {
        const QDate d = value.typeId() == QMetaType::QDate ? value.toDate()
                                                           : QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    case FieldKind::Bool:
        return qint64(value.toBool() ? 1 : 0);
    case FieldKind::Codes: {
        QStringList codes = value.typeId() == QMetaType::QStringList
                                ? value.toStringList()
                                : value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (QString& c : codes)
            c = c.trimmed();
        codes.removeAll(QString());
        std::sort(codes.begin(), codes.end());
        codes.removeDuplicates();
        return codes.isEmpty() ? QVariant() : QVariant(codes.join(QLatin1Char(';')));
    }
    }
    return {};
}

} // namespace ff
