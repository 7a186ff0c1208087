// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/StationRecordWriter.h"

#include "core/journal/JournalWriter.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"
#include "core/schema/StationScope.h"
#include "core/util/Refusal.h"

namespace ff {

StationRecordWriter::StationRecordWriter(Database& db, const Session& session, const QString& typeName)
    : m_db(db), m_session(session), m_type(typeName)
{}

Status StationRecordWriter::refusal(const QList<ValidationIssue>& issues) const
{
    if (const Authority::Verdict verdict =
            Authority::create(m_session.role(), *RecordTypes::find(m_type), {});
        !verdict)
        return Refusal::nothingSaved({Authority::forPerson(verdict.refusal)});
    if (issues.isEmpty())
        return Status::ok();
    QStringList lines;
    for (const ValidationIssue& i : issues)
        lines.append(i.message);
    return Refusal::nothingSaved(lines);
}

Status StationRecordWriter::write(const QString& id, const QString& station, bool isNew,
                                  QVariantMap fields) const
{
    if (isNew)
        fields.insert(QStringLiteral("station"), station.trimmed());
    return JournalWriter(m_db, m_session)
        .commit({{m_type, id, StationScope::scopeId(station), isNew ? Change::Op::Create : Change::Op::Update,
                  fields}});
}

Status StationRecordWriter::remove(const QString& id, const QString& station) const
{
    return JournalWriter(m_db, m_session)
        .commit({{m_type, id, StationScope::scopeId(station), Change::Op::Delete, {}}});
}

} // namespace ff
