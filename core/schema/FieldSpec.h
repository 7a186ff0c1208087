// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schema/Role.h"

#include <QList>
#include <QString>

namespace ff {

/// How a field's values are kept in the journal and the table (core/schema/README.md): text,
/// whole numbers, numbers, ISO dates (yyyy-MM-dd), yes/no as 0/1, or codes joined with ';' in a
/// fixed order, so equal choices compare equal.
enum class FieldKind
{
    Text,
    Integer,
    Real,
    Date,
    Bool,
    Codes
};

/// A change of a field's value that only some roles may make (a state transition). `from` empty
/// stands for any value, `to` empty for any value.
struct Transition
{
    QString from;
    QString to;
    Roles roles;
    /// The reason code a refusal carries (parked changes keep it; docs/sync-protocol.md 5.2).
    QString refusal;
};

/// One field of a record type, declared once (core/schema/RecordTypes.cpp).
struct FieldSpec
{
    QString name;
    FieldKind kind = FieldKind::Text;
    /// The label people read, as a source text of the "Fields" translation context.
    const char* label = nullptr;
    /// The schema version whose migration added the field's column.
    int since = 1;
    /// The code list its values come from (model's CodeList::named()), or empty.
    QString codes;
    /// Who may set it when the record is created, and who may change it once the record exists.
    Roles mayCreate = allRoles();
    Roles mayChange = allRoles();
    /// The reason code of a refused create or change (empty: "not_authorised").
    QString refusal;
    /// Value changes only some roles may make; a change not listed is free.
    QList<Transition> transitions;
    /// A personal identifier (a resident ID number): shown in full only where it is entered (the
    /// member dialog), masked everywhere else, the history included (ResidentId::masked).
    bool masked = false;

    /// The SQL column type of the field's kind.
    QString columnType() const;
};

} // namespace ff
