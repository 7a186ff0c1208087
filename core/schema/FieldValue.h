// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schema/FieldSpec.h"

#include <QVariant>

namespace ff {

/// The one form a field's value is kept in, whoever wrote it, so that equal values compare equal
/// on every replica (core/schema/README.md).
class FieldValue
{
public:
    /// Brings a value to the form kept for a field of that kind: trimmed text (empty → null), whole
    /// numbers as integers, ISO dates, 0/1 for yes/no, sorted ';'-joined codes.
    static QVariant normalize(FieldKind kind, const QVariant& value);
    /// The same for a field of a record type; the removal marker is 0 or 1; unknown fields null.
    static QVariant normalize(const QString& type, const QString& field, const QVariant& value);
};

} // namespace ff
