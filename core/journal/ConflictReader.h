// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/Database.h"
#include "core/journal/ChangeId.h"

#include <QDateTime>
#include <QList>
#include <QVariant>

namespace ff {

/// One field that people changed differently without seeing each other's edit, with every value.
struct FieldConflict
{
    struct Side
    {
        ChangeId change;
        QVariant value;
        QString author;
        QDateTime when;
        bool shown = false; ///< the value displayed until someone resolves it
    };
    QString entity;
    QString recordId;
    QString householdId;
    QString field;
    QList<Side> sides;
};

/// Reads the open conflicts of a household from the conflict rows, the heads and the journal.
class ConflictReader
{
public:
    explicit ConflictReader(Database& db) : m_db(db) {}
    QList<FieldConflict> forHousehold(const QString& householdId) const;
    int countForHousehold(const QString& householdId) const;

private:
    Database& m_db;
};

} // namespace ff
