// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/FieldLabels.h"

#include "core/model/AgencyList.h"
#include "core/model/CodeList.h"
#include "core/schema/RecordTypes.h"

#include <QCoreApplication>
#include <QHash>

namespace ff {

namespace {
/// The declaration of a field: of the entity's type, or, without an entity, of the first type
/// that has a field of that name.
const FieldSpec* specOf(const QString& entity, const QString& field)
{
    if (!entity.isEmpty()) {
        const RecordType* type = RecordTypes::find(entity);
        return type ? type->field(field) : nullptr;
    }
    for (const RecordType& type : RecordTypes::all()) {
        if (const FieldSpec* spec = type.field(field))
            return spec;
    }
    return nullptr;
}
} // namespace

QString FieldLabels::field(const QString& entity, const QString& field)
{
    if (field == RecordTypes::deletedField())
        return QCoreApplication::translate("Fields", "Removed or kept");
    if (const FieldSpec* spec = specOf(entity, field); spec && spec->label)
        return QCoreApplication::translate("Fields", spec->label);
    return field;
}

QString FieldLabels::formLabel(const QString& entity, const QString& field)
{
    return QCoreApplication::translate("Fields", "%1:", "form label").arg(FieldLabels::field(entity, field));
}

QString FieldLabels::entity(const QString& entity)
{
    const RecordType* type = RecordTypes::find(entity);
    return type && type->label ? QCoreApplication::translate("Fields", type->label) : entity;
}

QString FieldLabels::value(const QString& field, const QVariant& value)
{
    if (!value.isValid() || value.isNull() || value.toString().isEmpty())
        return QCoreApplication::translate("Fields", "(empty)");
    if (field == QLatin1String("agency"))
        return AgencyList::current().label(value.toString());
    // A removal in conflict with an edit: the two sides as a person would say them.
    if (field == QLatin1String("_deleted"))
        return value.toBool() ? QCoreApplication::translate("Fields", "Removed")
                              : QCoreApplication::translate("Fields", "Kept (changed)");
    if (const FieldSpec* spec = specOf({}, field); spec && spec->kind == FieldKind::Bool)
        return value.toBool() ? QCoreApplication::translate("Fields", "Yes")
                              : QCoreApplication::translate("Fields", "No");
    if (const CodeList* list = CodeList::forField(field))
        return list->labels(value.toString());
    return value.toString();
}

QString FieldLabels::value(const QString& entity, const QString& field, const QVariant& value)
{
    if (const CodeList* list = CodeList::forField(entity, field); list && !value.toString().isEmpty())
        return list->labels(value.toString());
    return FieldLabels::value(field, value);
}

} // namespace ff
