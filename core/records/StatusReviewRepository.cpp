// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/StatusReviewRepository.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/model/CodeList.h"
#include "core/records/RecordStore.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"
#include "core/util/Refusal.h"

#include <QDateTime>

namespace ff {

namespace {
const RecordType& recordType() { return *RecordTypes::find(QStringLiteral("status_review")); }

const QString kApproved = QStringLiteral("approved");
const QString kReturned = QStringLiteral("returned");

StatusReview fromRecord(const Record& record)
{
    StatusReview r;
    r.id = record.id;
    r.householdId = record.householdId;
    r.fromStatus = record.text(QStringLiteral("from_status"));
    r.proposedStatus = record.text(QStringLiteral("proposed_status"));
    r.reasons = record.text(QStringLiteral("reasons"));
    r.evidence = record.text(QStringLiteral("evidence"));
    r.proposedBy = record.text(QStringLiteral("proposed_by"));
    r.proposedOn = record.date(QStringLiteral("proposed_on"));
    r.recommendation = record.text(QStringLiteral("recommendation"));
    r.recommendedBy = record.text(QStringLiteral("recommended_by"));
    r.recommendedOn = record.date(QStringLiteral("recommended_on"));
    r.recommendationComment = record.text(QStringLiteral("recommendation_comment"));
    r.decision = record.text(QStringLiteral("decision"));
    r.decidedBy = record.text(QStringLiteral("decided_by"));
    r.decidedOn = record.date(QStringLiteral("decided_on"));
    r.decisionComment = record.text(QStringLiteral("decision_comment"));
    return r;
}
} // namespace

StatusReviewRepository::StatusReviewRepository(Database& db, const Session& session)
    : m_db(db), m_session(session)
{}

QDate StatusReviewRepository::today() const { return m_session.today(); }

bool StatusReviewRepository::mayDecide() const
{
    return Authority::mayChange(m_session.role(), recordType(), QStringLiteral("decision"));
}

bool StatusReviewRepository::mayRecommend() const
{
    return Authority::mayChange(m_session.role(), recordType(), QStringLiteral("recommendation"));
}

QList<StatusReview> StatusReviewRepository::waiting() const
{
    QList<StatusReview> all;
    if (!mayRecommend())
        return all;
    const bool county = mayDecide();
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT r.id FROM status_review r JOIN household h ON h.id = r.household_id"
                             " WHERE r.deleted = 0 AND h.deleted = 0 AND coalesce(r.decision, '') = ''"
                             " AND %1 ORDER BY r.proposed_on, r.rowid")
                  .arg(county ? QStringLiteral("r.recommendation = 'recommended'")
                              : QStringLiteral("coalesce(r.recommendation, '') = ''")));
    if (!q.exec())
        return all;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    for (const QString& id : ids) {
        if (const std::optional<StatusReview> r = load(id))
            all.append(*r);
    }
    return all;
}

std::optional<StatusReview> StatusReviewRepository::load(const QString& id) const
{
    return RecordStore(m_db, m_session).loadAs(recordType(), id, fromRecord);
}

QList<StatusReview> StatusReviewRepository::forHousehold(const QString& householdId) const
{
    return RecordStore(m_db, m_session)
        .forHouseholdAs(recordType(), householdId, QStringLiteral("proposed_on DESC, rowid DESC"),
                        fromRecord);
}

Status StatusReviewRepository::propose(StatusReview& r)
{
    QStringList problems;
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT status FROM household WHERE id = ? AND deleted = 0"));
    q.addBindValue(r.householdId);
    const bool exists = !r.householdId.isEmpty() && q.exec() && q.next();
    const QString current = exists ? q.value(0).toString() : QString();
    if (!exists)
        problems << tr("Save the household file before proposing a status review.");
    if (!CodeList::assistanceStatus().contains(r.proposedStatus))
        problems << tr("Choose the assistance status you propose.");
    else if (exists && r.proposedStatus == current)
        problems << tr("The household already has this status: propose a different one.");
    if (r.reasons.trimmed().isEmpty())
        problems << tr("Give the reasons for the proposal.");
    if (r.evidence.trimmed().isEmpty())
        problems << tr("Describe the evidence (documents seen, checks made).");
    for (const StatusReview& other : forHousehold(r.householdId)) {
        if (!other.isClosed()) {
            problems << tr("A status review of this household is already waiting for a decision.");
            break;
        }
    }
    if (!problems.isEmpty())
        return Refusal::nothingSaved(problems);

    const QString id = JournalWriter::newId();
    const QDate on = today();
    JournalWriter writer(m_db, m_session);
    const Status s = writer.commit({{QStringLiteral("status_review"),
                                     id,
                                     r.householdId,
                                     Change::Op::Create,
                                     {{QStringLiteral("from_status"), current},
                                      {QStringLiteral("proposed_status"), r.proposedStatus},
                                      {QStringLiteral("reasons"), r.reasons},
                                      {QStringLiteral("evidence"), r.evidence},
                                      {QStringLiteral("proposed_by"), m_session.author()},
                                      {QStringLiteral("proposed_on"), on}}}});
    if (!s)
        return s;
    r.id = id;
    r.fromStatus = current;
    r.proposedBy = m_session.author();
    r.proposedOn = on;
    return Status::ok();
}

Status StatusReviewRepository::recommend(const QString& id, const QString& recommendation,
                                         const QString& opinion)
{
    if (!mayRecommend())
        return Error{
            tr("Only the station supervisor (or the county) recommends a status review or returns it. "
               "This laptop is used by a caseworker."),
            roleName(m_session.role())};
    const std::optional<StatusReview> r = load(id);
    if (!r)
        return Error{tr("This status review no longer exists."), id};
    if (!r->awaitsStation())
        return Error{tr("The station's step on this status review is done already (%1).")
                         .arg(r->isDecided() ? CodeList::reviewDecision().label(r->decision)
                                             : CodeList::reviewRecommendation().label(r->recommendation)),
                     {}};
    if (recommendation != QLatin1String("recommended") && recommendation != kReturned)
        return Error{tr("Choose whether the proposal is recommended to the county or returned."),
                     recommendation};
    if (recommendation == kReturned && opinion.trimmed().isEmpty())
        return Error{tr("Say why the proposal is returned, so the caseworker knows what to do."), {}};
    return JournalWriter(m_db, m_session)
        .commit({{QStringLiteral("status_review"),
                  id,
                  r->householdId,
                  Change::Op::Update,
                  {{QStringLiteral("recommendation"), recommendation},
                   {QStringLiteral("recommended_by"), m_session.author()},
                   {QStringLiteral("recommended_on"), today()},
                   {QStringLiteral("recommendation_comment"), opinion.trimmed()}}}});
}

Status StatusReviewRepository::decide(const QString& id, const QString& decision, const QString& comment)
{
    if (!mayDecide())
        return Error{
            tr("Only county staff confirm or refuse a status review, after the station supervisor has "
               "recommended it."),
            roleName(m_session.role())};
    const std::optional<StatusReview> r = load(id);
    if (!r)
        return Error{tr("This status review no longer exists."), id};
    if (r->isDecided())
        return Error{tr("This status review has already been decided (%1).")
                         .arg(CodeList::reviewDecision().label(r->decision)),
                     {}};
    if (!r->isRecommended())
        return Error{
            tr("The station supervisor has not recommended this status review yet: the county decides "
               "after the station."),
            r->recommendation};
    if (decision != kApproved && decision != kReturned)
        return Error{tr("Choose whether the proposal is confirmed or refused."), decision};
    if (decision == kReturned && comment.trimmed().isEmpty())
        return Error{tr("Say why the proposal is refused, so the station and the caseworker know."), {}};

    QList<JournalWriter::Edit> edits = {{QStringLiteral("status_review"),
                                         id,
                                         r->householdId,
                                         Change::Op::Update,
                                         {{QStringLiteral("decision"), decision},
                                          {QStringLiteral("decided_by"), m_session.author()},
                                          {QStringLiteral("decided_on"), today()},
                                          {QStringLiteral("decision_comment"), comment}}}};
    if (decision == kApproved)
        edits.append(
            {QStringLiteral("household"),
             r->householdId,
             r->householdId,
             Change::Op::Update,
             {{QStringLiteral("status"), r->proposedStatus}, {QStringLiteral("status_confirmed"), true}}});
    JournalWriter writer(m_db, m_session);
    return writer.commit(edits);
}

} // namespace ff
