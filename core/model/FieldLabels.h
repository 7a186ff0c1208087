// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace ff {

/// Names and displayed values of record fields in the user's language, for forms, messages and history.
class FieldLabels
{
public:
    static QString field(const QString& entity, const QString& field);
    static QString entity(const QString& entity);
    /// The field's name as a form label, with the language's colon ("Name:", "姓名：").
    static QString formLabel(const QString& entity, const QString& field);
    /// A stored value as a person reads it: code labels, yes/no, dates as stored.
    static QString value(const QString& field, const QVariant& value);
    /// As above, for a field of a given entity (a plan action's status is not an assistance status).
    static QString value(const QString& entity, const QString& field, const QVariant& value);
};

} // namespace ff
