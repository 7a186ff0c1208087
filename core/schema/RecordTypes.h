// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/schema/RecordType.h"

namespace ff {

/// The registry of every journaled record type (the declarations are in RecordTypes.cpp).
class RecordTypes
{
public:
    /// Every record type, in the order their tables are created and replayed.
    static const QList<RecordType>& all();
    static const RecordType* find(const QString& name);
    static const RecordType* find(QStringView name);
    /// The name of the pseudo-field every record has: 1 when removed (a tombstone), else 0.
    static const QString& deletedField();
    /// The record type of a supervisor's review of a note (its record id is the reviewed
    /// record's id) and of the comments on it.
    static const QString& noteReview();
    static const QString& reviewComment();
    /// The station's records (schema 15): a volunteer of its roster, a purchased-service project.
    static const QString& volunteer();
    static const QString& serviceProject();
};

} // namespace ff
