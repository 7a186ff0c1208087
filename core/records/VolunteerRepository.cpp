// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/VolunteerRepository.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/records/StationRecordWriter.h"
#include "core/schema/RecordTypes.h"
#include "core/util/Refusal.h"

namespace ff {

namespace {
const QString kColumns = QStringLiteral("id, station, name, phone, skills, trainings, joined_on, notes");

Volunteer fromRow(const Query& q)
{
    Volunteer v;
    v.id = q.value(0).toString();
    v.station = q.value(1).toString();
    v.name = q.value(2).toString();
    v.phone = q.value(3).toString();
    v.skills = q.value(4).toString();
    v.trainings = q.value(5).toString();
    v.joinedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    v.notes = q.value(7).toString();
    return v;
}
} // namespace

VolunteerRepository::VolunteerRepository(Database& db, const Session& session) : m_db(db), m_session(session)
{}

QList<Volunteer> VolunteerRepository::all() const
{
    QList<Volunteer> out;
    Query q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM volunteer WHERE deleted = 0 ORDER BY station, name, id")
                    .arg(kColumns)))
        return out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<Volunteer> VolunteerRepository::load(const QString& id) const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM volunteer WHERE id = ? AND deleted = 0").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<ValidationIssue> VolunteerRepository::validate(const Volunteer& v) const
{
    QList<ValidationIssue> issues;
    auto add = [&](const char* field, const QString& message) {
        issues.append({-1, QString::fromLatin1(field), message});
    };
    if (v.name.trimmed().isEmpty())
        add("name", tr("The volunteer's name is missing."));
    if (v.id.isEmpty() && v.station.trimmed().isEmpty() && m_session.actor().station.isEmpty())
        add("station", tr("A volunteer belongs to a social-work station: choose the station."));
    if (v.joinedOn.isValid() && v.joinedOn > m_session.today())
        add("joined_on", tr("The day the volunteer joined is in the future."));
    return issues;
}

Status VolunteerRepository::save(Volunteer& v, QList<ValidationIssue>* issuesOut)
{
    const StationRecordWriter writer(m_db, m_session, RecordTypes::volunteer());
    if (Status refused = writer.refusal({}); !refused)
        return refused;
    const QList<ValidationIssue> issues = validate(v);
    if (issuesOut)
        *issuesOut = issues;
    if (Status refused = writer.refusal(issues); !refused)
        return refused;
    const bool isNew = v.id.isEmpty();
    std::optional<Volunteer> stored = isNew ? std::nullopt : load(v.id);
    if (!isNew && !stored)
        return Refusal::nothingSaved({tr("This volunteer was removed meanwhile.")});
    Volunteer saved = v;
    if (isNew) {
        saved.id = JournalWriter::newId();
        if (saved.station.trimmed().isEmpty())
            saved.station = m_session.actor().station;
    } else {
        saved.station = stored->station;
    }
    const QVariantMap fields = {
        {QStringLiteral("name"), saved.name.trimmed()}, {QStringLiteral("phone"), saved.phone},
        {QStringLiteral("skills"), saved.skills},       {QStringLiteral("trainings"), saved.trainings},
        {QStringLiteral("joined_on"), saved.joinedOn},  {QStringLiteral("notes"), saved.notes}};
    if (Status s = writer.write(saved.id, saved.station, isNew, fields); !s)
        return s;
    v = saved;
    return Status::ok();
}

Status VolunteerRepository::remove(const QString& id)
{
    const std::optional<Volunteer> stored = load(id);
    if (!stored)
        return Status::ok();
    return StationRecordWriter(m_db, m_session, RecordTypes::volunteer()).remove(id, stored->station);
}

} // namespace ff
