// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/JournalReader.h"

#include "core/db/Query.h"
#include "core/journal/ChangeCodec.h"

namespace ff {

QList<Change> JournalReader::since(qint64 after, int limit, qint64* last) const
{
    QList<Change> changes;
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, seq FROM journal WHERE seq > ? ORDER BY seq LIMIT ?")
                  .arg(ChangeCodec::journalColumns()));
    q.addBindValue(after);
    q.addBindValue(limit);
    if (!q.exec())
        return changes;
    qint64 position = after;
    while (q.next()) {
        changes.append(ChangeCodec::fromJournalRow(q));
        position = q.value(10).toLongLong();
    }
    if (last)
        *last = position;
    return changes;
}

qint64 JournalReader::lastPosition() const
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace ff
