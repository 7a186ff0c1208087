// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/ConflictReader.h"

#include "core/db/Query.h"
#include "core/journal/ChangeApplier.h"
#include "core/journal/ChangeCodec.h"
#include "core/journal/HybridLogicalClock.h"

#include <algorithm>

namespace ff {

QList<FieldConflict> ConflictReader::forHousehold(const QString& householdId) const
{
    QList<FieldConflict> out;
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT entity, record_id, field FROM conflict WHERE household_id = ? ORDER BY "
                             "entity, record_id, field"));
    q.addBindValue(householdId);
    if (!q.exec())
        return out;
    ChangeApplier applier(m_db);
    Query change(m_db);
    change.prepare(QStringLiteral("SELECT author FROM journal WHERE device = ? AND device_seq = ?"));
    while (q.next()) {
        FieldConflict c{q.value(0).toString(), q.value(1).toString(), householdId, q.value(2).toString(), {}};
        const QList<FieldHead> heads = applier.heads(c.entity, c.recordId).value(c.field);
        const FieldHead* shown = shownHead(heads);
        for (const FieldHead& h : heads) {
            change.addBindValue(h.change.device);
            change.addBindValue(h.change.seq);
            QString author;
            if (change.exec() && change.next())
                author = change.value(0).toString();
            change.finish();
            const QVariant value = applier.valueOf(h.change, c.field);
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::millis(h.hlc));
            // People who chose the same value are one side of the conflict.
            auto same = std::find_if(c.sides.begin(), c.sides.end(),
                                     [&](const FieldConflict::Side& s) { return s.value == value; });
            if (same == c.sides.end()) {
                c.sides.append({h.change, value, author, when, &h == shown});
                continue;
            }
            if (!same->author.split(QStringLiteral(", ")).contains(author))
                same->author += QStringLiteral(", ") + author;
            if (when > same->when) {
                same->when = when;
                same->change = h.change;
            }
            same->shown = same->shown || &h == shown;
        }
        out.append(c);
    }
    return out;
}

int ConflictReader::countForHousehold(const QString& householdId) const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM conflict WHERE household_id = ?"));
    q.addBindValue(householdId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace ff
