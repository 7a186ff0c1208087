// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ff {

/// Describes one kind of journaled record: its table and the fields a change may set.
///
/// Values travel in the journal as JSON primitives: text, numbers, or null. Dates are ISO text
/// (yyyy-MM-dd), yes/no fields are 0/1, multiple-choice fields are codes joined with ';' in a
/// fixed order, so equal choices compare equal.
struct EntityType
{
    enum class FieldKind
    {
        Text,
        Integer,
        Real,
        Date,
        Bool,
        Codes
    };
    struct Field
    {
        QString name;
        FieldKind kind;
    };

    QString name;
    QString table;
    QList<Field> fields;

    const Field* field(const QString& name) const;
    QStringList fieldNames() const;

    /// Every journaled entity, in the order their tables are created and replayed.
    static const QList<EntityType>& all();
    static const EntityType* find(const QString& name);
};

} // namespace ff
