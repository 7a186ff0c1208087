// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/VisitRepository.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/model/CodeList.h"
#include "core/records/RecordStore.h"
#include "core/schema/RecordTypes.h"
#include "core/util/Refusal.h"

#include <QDateTime>

namespace ff {

namespace {
const RecordType& recordType() { return *RecordTypes::find(QStringLiteral("visit")); }

Visit fromRecord(const Record& record)
{
    Visit v;
    v.id = record.id;
    v.householdId = record.householdId;
    v.status = record.text(QStringLiteral("status"));
    v.plannedOn = record.date(QStringLiteral("planned_on"));
    v.purpose = record.text(QStringLiteral("purpose"));
    v.visitedOn = record.date(QStringLiteral("visited_on"));
    v.metMemberIds = record.codes(QStringLiteral("met_member_ids"));
    v.metOthers = record.text(QStringLiteral("met_others"));
    v.notes = record.text(QStringLiteral("notes"));
    return v;
}

bool isDone(const Visit& v) { return v.status == QLatin1String("done") && v.visitedOn.isValid(); }
} // namespace

VisitRepository::VisitRepository(Database& db, const Session& session) : m_db(db), m_session(session) {}

QList<Visit> VisitRepository::forHousehold(const QString& householdId) const
{
    // Planned visits first, soonest first; then done ones, latest first.
    return RecordStore(m_db, m_session)
        .forHouseholdAs(recordType(), householdId,
                        QStringLiteral("status = 'done', CASE WHEN status = 'done' THEN ''"
                                       " ELSE planned_on END, visited_on DESC, rowid DESC"),
                        fromRecord);
}

std::optional<Visit> VisitRepository::load(const QString& id) const
{
    return RecordStore(m_db, m_session).loadAs(recordType(), id, fromRecord);
}

QList<ValidationIssue> VisitRepository::validate(const Visit& v) const
{
    QList<ValidationIssue> issues;
    auto add = [&](const char* field, const QString& message) {
        issues.append({-1, QString::fromLatin1(field), message});
    };
    const QDate today = m_session.today();
    if (v.householdId.isEmpty())
        add("household_id", tr("No household is chosen."));
    if (!CodeList::visitStatus().contains(v.status)) {
        add("status", tr("Say whether the visit is planned or done."));
        return issues;
    }
    if (v.status == QLatin1String("planned")) {
        if (!v.plannedOn.isValid())
            add("planned_on", tr("The planned date is missing."));
        if (v.purpose.trimmed().isEmpty())
            add("purpose", tr("Write the purpose of the visit."));
    } else {
        if (!v.visitedOn.isValid())
            add("visited_on", tr("The date of the visit is missing."));
        else if (v.visitedOn > today)
            add("visited_on", tr("The date of the visit is in the future. Plan it instead."));
        if (v.notes.trimmed().isEmpty())
            add("notes", tr("Write what you found on the visit, even briefly."));
        if (v.metMemberIds.isEmpty() && v.metOthers.trimmed().isEmpty())
            add("met_member_ids", tr("Say whom you met: members of the household or others."));
    }
    if (!v.metMemberIds.isEmpty()) {
        Query q(m_db);
        q.prepare(QStringLiteral("SELECT household_id FROM member WHERE id = ? AND deleted = 0"));
        for (const QString& member : v.metMemberIds) {
            q.addBindValue(member);
            const bool ok = q.exec() && q.next() && q.value(0).toString() == v.householdId;
            q.finish();
            if (!ok) {
                add("met_member_ids", tr("A member chosen is not a member of this household."));
                break;
            }
        }
    }
    return issues;
}

std::optional<Visit> VisitRepository::openPlannedVisit(const QString& householdId, QDate visitedOn) const
{
    Query q(m_db);
    q.prepare(
        QStringLiteral("SELECT id FROM visit WHERE household_id = ? AND deleted = 0"
                       " AND status = 'planned' AND planned_on <= ? ORDER BY planned_on, rowid LIMIT 1"));
    q.addBindValue(householdId);
    q.addBindValue(visitedOn.addDays(kPlanAheadDays).toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return load(q.value(0).toString());
}

QDate VisitRepository::lastVisitAfter(const Visit& changed, bool removed) const
{
    Query q(m_db);
    // The latest other done visit.
    q.prepare(QStringLiteral("SELECT max(visited_on) FROM visit WHERE household_id = ? AND deleted = 0"
                             " AND status = 'done' AND id <> ?"));
    q.addBindValue(changed.householdId);
    q.addBindValue(changed.id);
    QDate latest;
    if (q.exec() && q.next())
        latest = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    if (!removed && isDone(changed) && (!latest.isValid() || changed.visitedOn > latest))
        latest = changed.visitedOn;

    // The household's date as stored: it may come from before visits were recorded (a survey, an
    // import). It is kept unless it was this visit's own date, which the change replaces.
    q.prepare(QStringLiteral("SELECT last_visit FROM household WHERE id = ?"));
    q.addBindValue(changed.householdId);
    QDate stored;
    if (q.exec() && q.next())
        stored = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    const std::optional<Visit> before = changed.id.isEmpty() ? std::nullopt : load(changed.id);
    const bool storedCameFromThis = before && isDone(*before) && before->visitedOn == stored;
    if (stored.isValid() && !storedCameFromThis && (!latest.isValid() || stored > latest))
        latest = stored;
    return latest;
}

Status VisitRepository::save(Visit& visit, QList<ValidationIssue>* issuesOut)
{
    const QList<ValidationIssue> issues = validate(visit);
    if (issuesOut)
        *issuesOut = issues;
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ValidationIssue& i : issues)
            lines.append(i.message);
        return Refusal::nothingSaved(lines);
    }
    const bool done = visit.status == QLatin1String("done");
    // A visit recorded as done where one was planned is that planned visit, carried out: it is
    // saved over the planned record, so the plan no longer shows as due, here and after a sync.
    if (visit.id.isEmpty() && done) {
        if (const std::optional<Visit> planned = openPlannedVisit(visit.householdId, visit.visitedOn)) {
            visit.id = planned->id;
            visit.plannedOn = planned->plannedOn;
            if (visit.purpose.trimmed().isEmpty())
                visit.purpose = planned->purpose;
        }
    }
    const bool isNew = visit.id.isEmpty();
    const QString id = isNew ? JournalWriter::newId() : visit.id;
    const QDate last = lastVisitAfter(visit, false);
    QList<JournalWriter::Edit> edits = {
        {QStringLiteral("visit"),
         id,
         visit.householdId,
         isNew ? Change::Op::Create : Change::Op::Update,
         {{QStringLiteral("status"), visit.status},
          {QStringLiteral("planned_on"), visit.plannedOn},
          {QStringLiteral("purpose"), visit.purpose},
          {QStringLiteral("visited_on"), done ? visit.visitedOn : QDate()},
          {QStringLiteral("met_member_ids"), done ? visit.metMemberIds : QStringList()},
          {QStringLiteral("met_others"), done ? visit.metOthers : QString()},
          {QStringLiteral("notes"), done ? visit.notes : QString()}}},
        // Writes nothing when the date does not change (the writer drops unchanged fields).
        {QStringLiteral("household"),
         visit.householdId,
         visit.householdId,
         Change::Op::Update,
         {{QStringLiteral("last_visit"), last}}}};
    JournalWriter writer(m_db, m_session);
    if (Status s = writer.commit(edits); !s)
        return s;
    visit.id = id;
    return Status::ok();
}

Status VisitRepository::remove(const Visit& visit)
{
    if (visit.id.isEmpty())
        return Status::ok();
    const QDate last = lastVisitAfter(visit, true);
    return JournalWriter(m_db, m_session)
        .commit({{QStringLiteral("visit"), visit.id, visit.householdId, Change::Op::Delete, {}},
                 {QStringLiteral("household"),
                  visit.householdId,
                  visit.householdId,
                  Change::Op::Update,
                  {{QStringLiteral("last_visit"), last}}}});
}

} // namespace ff
