// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/Query.h"

#include <QList>
#include <QString>

#include <optional>

namespace ff {

class Database;

/// The two reads every casework repository makes of its table: one live record by id, and the
/// live records of a household in the repository's order. `fromRow` turns the current row of a
/// query over `columns` into the repository's value type.
class RecordRows
{
public:
    template <typename FromRow>
    static auto byId(Database& db, const QString& table, const QString& columns, const QString& id,
                     FromRow fromRow) -> std::optional<decltype(fromRow(std::declval<const Query&>()))>
    {
        Query q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted = 0").arg(columns, table));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return fromRow(q);
    }

    /// `orderBy`: what follows ORDER BY (empty: the table's order).
    template <typename FromRow>
    static auto forHousehold(Database& db, const QString& table, const QString& columns,
                             const QString& householdId, const QString& orderBy, FromRow fromRow)
        -> QList<decltype(fromRow(std::declval<const Query&>()))>
    {
        QList<decltype(fromRow(std::declval<const Query&>()))> out;
        Query q(db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT %1 FROM %2 WHERE household_id = ? AND deleted = 0").arg(columns, table) +
            (orderBy.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + orderBy));
        q.addBindValue(householdId);
        if (q.exec()) {
            while (q.next())
                out.append(fromRow(q));
        }
        return out;
    }
};

} // namespace ff
