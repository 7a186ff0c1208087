// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/ServiceProjectRepository.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/records/StationRecordWriter.h"
#include "core/schema/RecordTypes.h"
#include "core/util/Refusal.h"

namespace ff {

namespace {
const QString kColumns = QStringLiteral("id, station, name, purchaser, provider, starts_on, ends_on,"
                                        " contracted_hours, contracted_households, notes");

ServiceProject fromRow(const Query& q)
{
    ServiceProject p;
    p.id = q.value(0).toString();
    p.station = q.value(1).toString();
    p.name = q.value(2).toString();
    p.purchaser = q.value(3).toString();
    p.provider = q.value(4).toString();
    p.startsOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.endsOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.contractedHours = q.value(7).toDouble();
    p.contractedHouseholds = q.value(8).toInt();
    p.notes = q.value(9).toString();
    return p;
}
} // namespace

ServiceProjectRepository::ServiceProjectRepository(Database& db, const Session& session)
    : m_db(db), m_session(session)
{}

QList<ServiceProject> ServiceProjectRepository::all() const
{
    QList<ServiceProject> out;
    Query q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM service_project WHERE deleted = 0"
                               " ORDER BY starts_on DESC, name, id")
                    .arg(kColumns)))
        return out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<ServiceProject> ServiceProjectRepository::load(const QString& id) const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM service_project WHERE id = ? AND deleted = 0").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<ValidationIssue> ServiceProjectRepository::validate(const ServiceProject& p) const
{
    QList<ValidationIssue> issues;
    auto add = [&](const char* field, const QString& message) {
        issues.append({-1, QString::fromLatin1(field), message});
    };
    if (p.name.trimmed().isEmpty())
        add("name", tr("The project's name is missing."));
    if (p.purchaser.trimmed().isEmpty())
        add("purchaser", tr("Write who purchases the service (the purchaser)."));
    if (p.provider.trimmed().isEmpty())
        add("provider", tr("Write the organisation that provides the service."));
    if (!p.startsOn.isValid() || !p.endsOn.isValid())
        add("starts_on", tr("The project's period needs a first and a last day."));
    else if (p.endsOn < p.startsOn)
        add("ends_on", tr("The project ends before it starts."));
    if (p.contractedHours < 0)
        add("contracted_hours", tr("The contracted hours cannot be negative."));
    if (p.contractedHouseholds < 0)
        add("contracted_households", tr("The contracted households cannot be negative."));
    // A supervisor keeps their own station's projects; only the county makes county-wide ones.
    if (p.id.isEmpty() && m_session.role() == Role::Supervisor && !p.station.isEmpty() &&
        p.station != m_session.actor().station)
        add("station", tr("A station supervisor keeps the projects of their own station."));
    return issues;
}

Status ServiceProjectRepository::save(ServiceProject& p, QList<ValidationIssue>* issuesOut)
{
    const StationRecordWriter writer(m_db, m_session, RecordTypes::serviceProject());
    if (Status refused = writer.refusal({}); !refused)
        return refused;
    ServiceProject saved = p;
    const bool isNew = saved.id.isEmpty();
    if (isNew && m_session.role() == Role::Supervisor)
        saved.station = m_session.actor().station;
    const QList<ValidationIssue> issues = validate(saved);
    if (issuesOut)
        *issuesOut = issues;
    if (Status refused = writer.refusal(issues); !refused)
        return refused;
    if (isNew) {
        saved.id = JournalWriter::newId();
    } else {
        const std::optional<ServiceProject> stored = load(saved.id);
        if (!stored)
            return Refusal::nothingSaved({tr("This project was removed meanwhile.")});
        saved.station = stored->station;
    }
    const QVariantMap fields = {{QStringLiteral("name"), saved.name.trimmed()},
                                {QStringLiteral("purchaser"), saved.purchaser.trimmed()},
                                {QStringLiteral("provider"), saved.provider.trimmed()},
                                {QStringLiteral("starts_on"), saved.startsOn},
                                {QStringLiteral("ends_on"), saved.endsOn},
                                {QStringLiteral("contracted_hours"), saved.contractedHours},
                                {QStringLiteral("contracted_households"), saved.contractedHouseholds},
                                {QStringLiteral("notes"), saved.notes}};
    if (Status s = writer.write(saved.id, saved.station, isNew, fields); !s)
        return s;
    p = saved;
    return Status::ok();
}

Status ServiceProjectRepository::remove(const QString& id)
{
    const std::optional<ServiceProject> stored = load(id);
    if (!stored)
        return Status::ok();
    return StationRecordWriter(m_db, m_session, RecordTypes::serviceProject()).remove(id, stored->station);
}

} // namespace ff
