// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/FileOpenRepository.h"

#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"

namespace ff {

FileOpenRepository::FileOpenRepository(Database& db, const Session& session) : m_db(db), m_session(session) {}

Status FileOpenRepository::record(const QString& householdId)
{
    if (householdId.isEmpty())
        return Status::ok(); // a new household: nothing on file was looked at
    // UTC with its offset: the county compares openings from laptops in any time zone.
    const QString at = QDateTime::fromMSecsSinceEpoch(m_session.nowMs(), Qt::UTC).toString(Qt::ISODate);
    JournalWriter writer(m_db, m_session);
    return writer.commit(
        {{QStringLiteral("file_open"),
          JournalWriter::newId(),
          householdId,
          Change::Op::Create,
          {{QStringLiteral("opened_at"), at}, {QStringLiteral("opened_by"), m_session.author()}}}});
}

QList<FileOpenRepository::Opening> FileOpenRepository::openings(const QString& householdId) const
{
    QList<Opening> all;
    Query q(m_db);
    q.prepare(
        QStringLiteral("SELECT opened_by, opened_at FROM file_open WHERE household_id = ? AND deleted = 0"
                       " ORDER BY opened_at DESC"));
    q.addBindValue(householdId);
    if (!q.exec())
        return all;
    while (q.next())
        all.append({q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate)});
    return all;
}

} // namespace ff
