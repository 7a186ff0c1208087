// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/ServiceLogRepository.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/model/CodeList.h"
#include "core/util/Refusal.h"

#include <QDateTime>
#include <QSet>

namespace ff {

namespace {
QStringList splitIds(const QVariant& v) { return v.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts); }

QDate date(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }
} // namespace

ServiceLogRepository::ServiceLogRepository(Database& db, const Session& session)
    : m_db(db), m_session(session)
{}

QStringList ServiceLogRepository::overdueFollowUps(const QList<ServiceLog>& logs, QDate today)
{
    QDate latest;
    for (const ServiceLog& l : logs) {
        if (l.servedOn.isValid() && (!latest.isValid() || l.servedOn > latest))
            latest = l.servedOn;
    }
    // Any later service is the caseworker coming back, so only logs of the latest day can still
    // owe theirs.
    QStringList ids;
    for (const ServiceLog& l : logs) {
        if (l.followUpOn.isValid() && l.followUpOn < today && l.servedOn == latest)
            ids << l.id;
    }
    return ids;
}

QList<ServiceLog> ServiceLogRepository::forHousehold(const QString& householdId) const
{
    QList<ServiceLog> out;
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.id, s.session_id, s.served_on, s.duration_min, s.method, s.category, s.caseworker,"
        " s.member_ids, s.activity, s.outcome, s.follow_up_on, s.project_id, s.volunteer_ids,"
        " CASE WHEN s.method = 'casework' THEN 1 ELSE (SELECT count(*) FROM service_log o"
        "   WHERE o.session_id = s.session_id AND o.deleted = 0) END"
        " FROM service_log s WHERE s.household_id = ? AND s.deleted = 0"
        " ORDER BY s.served_on DESC, s.rowid DESC"));
    q.addBindValue(householdId);
    if (!q.exec())
        return out;
    while (q.next()) {
        ServiceLog l;
        l.id = q.value(0).toString();
        l.householdId = householdId;
        l.sessionId = q.value(1).toString();
        l.servedOn = date(q.value(2));
        l.durationMin = q.value(3).toInt();
        l.method = q.value(4).toString();
        l.category = q.value(5).toString();
        l.caseworker = q.value(6).toString();
        l.memberIds = splitIds(q.value(7));
        l.activity = q.value(8).toString();
        l.outcome = q.value(9).toString();
        l.followUpOn = date(q.value(10));
        l.projectId = q.value(11).toString();
        l.volunteerIds = splitIds(q.value(12));
        l.households = q.value(13).toInt();
        out.append(l);
    }
    return out;
}

std::optional<ServiceSession> ServiceLogRepository::loadSession(const QString& sessionId) const
{
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.id, s.household_id, s.served_on, s.duration_min, s.method, s.category, s.caseworker,"
        " s.member_ids, s.activity, s.outcome, s.follow_up_on, s.project_id, s.volunteer_ids"
        " FROM service_log s"
        " LEFT JOIN household h ON h.id = s.household_id"
        " WHERE s.session_id = ? AND s.deleted = 0"
        " ORDER BY h.village_sort, h.village, h.head_sort, s.household_id"));
    q.addBindValue(sessionId);
    if (!q.exec())
        return std::nullopt;
    ServiceSession session;
    session.sessionId = sessionId;
    bool first = true;
    while (q.next()) {
        // The shared fields are the same in every record of a session (they are written together);
        // the first record's are shown.
        if (first) {
            session.servedOn = date(q.value(2));
            session.durationMin = q.value(3).toInt();
            session.method = q.value(4).toString();
            session.category = q.value(5).toString();
            session.caseworker = q.value(6).toString();
            session.activity = q.value(8).toString();
            session.outcome = q.value(9).toString();
            session.followUpOn = date(q.value(10));
            session.projectId = q.value(11).toString();
            session.volunteerIds = splitIds(q.value(12));
            first = false;
        }
        session.households.append({q.value(1).toString(), q.value(0).toString(), splitIds(q.value(7))});
    }
    if (first)
        return std::nullopt;
    return session;
}

QList<ValidationIssue> ServiceLogRepository::validate(const ServiceSession& s) const
{
    QList<ValidationIssue> issues;
    auto add = [&](const char* field, const QString& message) {
        issues.append({-1, QString::fromLatin1(field), message});
    };
    const QDate today = m_session.today();
    if (s.households.isEmpty())
        add("households", tr("Choose at least one household."));
    else if (s.method == QLatin1String("casework") && s.households.size() > 1)
        add("households", tr("Casework is with one household. For several households choose group or "
                             "community work."));
    if (!s.servedOn.isValid())
        add("served_on", tr("The date of the service is missing."));
    else if (s.servedOn > today)
        add("served_on", tr("The date of the service is in the future; a service log records a service "
                            "already given."));
    if (s.durationMin <= 0)
        add("duration_min", tr("The duration must be a positive number of minutes."));
    else if (s.durationMin > 24 * 60)
        add("duration_min", tr("The duration cannot be longer than a day (1440 minutes)."));
    if (!CodeList::serviceMethods().contains(s.method))
        add("method", tr("Choose the method: casework, group work or community work."));
    if (!CodeList::serviceCategories().contains(s.category))
        add("category", tr("Choose the service category."));
    if (s.activity.trimmed().isEmpty())
        add("activity", tr("Write what was done."));
    if (s.followUpOn.isValid() && s.servedOn.isValid() && s.followUpOn < s.servedOn)
        add("follow_up_on", tr("The follow-up date is before the date of the service."));

    // The project and the volunteers are the station's records on this laptop.
    Query known(m_db);
    if (!s.projectId.isEmpty()) {
        known.prepare(QStringLiteral("SELECT 1 FROM service_project WHERE id = ? AND deleted = 0"));
        known.addBindValue(s.projectId);
        if (!known.exec() || !known.next())
            add("project_id", tr("The service project chosen is not known here."));
        known.finish();
    }
    known.prepare(QStringLiteral("SELECT 1 FROM volunteer WHERE id = ? AND deleted = 0"));
    for (const QString& volunteer : s.volunteerIds) {
        known.addBindValue(volunteer);
        const bool ok = known.exec() && known.next();
        known.finish();
        if (!ok) {
            add("volunteer_ids", tr("A volunteer chosen is not on the station's roster."));
            break;
        }
    }

    // Members must belong to their household (a member picked, then the household changed).
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT household_id FROM member WHERE id = ? AND deleted = 0"));
    QSet<QString> seen;
    for (const ServiceSession::Participant& p : s.households) {
        if (seen.contains(p.householdId))
            add("households", tr("A household is listed twice."));
        seen.insert(p.householdId);
        for (const QString& member : p.memberIds) {
            q.addBindValue(member);
            const bool ok = q.exec() && q.next() && q.value(0).toString() == p.householdId;
            q.finish();
            if (!ok) {
                add("member_ids", tr("A member chosen is not a member of that household."));
                return issues;
            }
        }
    }
    return issues;
}

Status ServiceLogRepository::save(ServiceSession& session, QList<ValidationIssue>* issuesOut)
{
    const QList<ValidationIssue> issues = validate(session);
    if (issuesOut)
        *issuesOut = issues;
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ValidationIssue& i : issues)
            lines.append(i.message);
        return Refusal::nothingSaved(lines);
    }
    const QString sessionId = session.sessionId.isEmpty() ? JournalWriter::newId() : session.sessionId;
    QList<JournalWriter::Edit> edits;
    QList<ServiceSession::Participant> saved = session.households;
    QSet<QString> kept;
    for (ServiceSession::Participant& p : saved) {
        const bool isNew = p.recordId.isEmpty();
        if (isNew)
            p.recordId = JournalWriter::newId();
        kept.insert(p.recordId);
        edits.append({QStringLiteral("service_log"),
                      p.recordId,
                      p.householdId,
                      isNew ? Change::Op::Create : Change::Op::Update,
                      {{QStringLiteral("session_id"), sessionId},
                       {QStringLiteral("served_on"), session.servedOn},
                       {QStringLiteral("duration_min"), session.durationMin},
                       {QStringLiteral("method"), session.method},
                       {QStringLiteral("category"), session.category},
                       {QStringLiteral("caseworker"), session.caseworker},
                       {QStringLiteral("member_ids"), p.memberIds},
                       {QStringLiteral("activity"), session.activity},
                       {QStringLiteral("outcome"), session.outcome},
                       {QStringLiteral("follow_up_on"), session.followUpOn},
                       {QStringLiteral("project_id"), session.projectId},
                       {QStringLiteral("volunteer_ids"), session.volunteerIds}}});
    }
    // Households taken out of the session: their record becomes a tombstone.
    if (!session.sessionId.isEmpty()) {
        if (const auto before = loadSession(session.sessionId)) {
            for (const ServiceSession::Participant& p : before->households) {
                if (!kept.contains(p.recordId))
                    edits.append(
                        {QStringLiteral("service_log"), p.recordId, p.householdId, Change::Op::Delete, {}});
            }
        }
    }
    JournalWriter writer(m_db, m_session);
    if (Status s = writer.commit(edits); !s)
        return s;
    session.sessionId = sessionId;
    session.households = saved;
    return Status::ok();
}

Status ServiceLogRepository::remove(const ServiceSession& session)
{
    const auto stored = session.sessionId.isEmpty() ? std::nullopt : loadSession(session.sessionId);
    if (!stored)
        return Status::ok();
    QList<JournalWriter::Edit> edits;
    for (const ServiceSession::Participant& p : stored->households)
        edits.append({QStringLiteral("service_log"), p.recordId, p.householdId, Change::Op::Delete, {}});
    return JournalWriter(m_db, m_session).commit(edits);
}

} // namespace ff
