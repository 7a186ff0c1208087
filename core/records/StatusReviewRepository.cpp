// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/StatusReviewRepository.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/model/CodeList.h"
#include "core/records/RecordRows.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"
#include "core/util/Refusal.h"

#include <QDateTime>

namespace ff {

namespace {
const QString kApproved = QStringLiteral("approved");
const QString kReturned = QStringLiteral("returned");
const QString kColumns = QStringLiteral("id, household_id, from_status, proposed_status, reasons, evidence,"
                                        " proposed_by, proposed_on, decision, decided_by, decided_on,"
                                        " decision_comment");

StatusReview fromRow(const Query& q)
{
    StatusReview r;
    r.id = q.value(0).toString();
    r.householdId = q.value(1).toString();
    r.fromStatus = q.value(2).toString();
    r.proposedStatus = q.value(3).toString();
    r.reasons = q.value(4).toString();
    r.evidence = q.value(5).toString();
    r.proposedBy = q.value(6).toString();
    r.proposedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.decision = q.value(8).toString();
    r.decidedBy = q.value(9).toString();
    r.decidedOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    r.decisionComment = q.value(11).toString();
    return r;
}
} // namespace

StatusReviewRepository::StatusReviewRepository(Database& db, const Session& session)
    : m_db(db), m_session(session)
{}

QDate StatusReviewRepository::today() const { return m_session.today(); }

bool StatusReviewRepository::mayDecide() const
{
    return Authority::mayChange(m_session.role(), *RecordTypes::find(QStringLiteral("status_review")),
                                QStringLiteral("decision"));
}

std::optional<StatusReview> StatusReviewRepository::load(const QString& id) const
{
    return RecordRows::byId(m_db, QStringLiteral("status_review"), kColumns, id, fromRow);
}

QList<StatusReview> StatusReviewRepository::forHousehold(const QString& householdId) const
{
    return RecordRows::forHousehold(m_db, QStringLiteral("status_review"), kColumns, householdId,
                                    QStringLiteral("proposed_on DESC, rowid DESC"), fromRow);
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
        if (!other.isDecided()) {
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

Status StatusReviewRepository::decide(const QString& id, const QString& decision, const QString& comment)
{
    if (!mayDecide())
        return Error{tr("Only a station supervisor or county staff can approve or return a status review. "
                        "This laptop is used by a caseworker."),
                     roleName(m_session.role())};
    const std::optional<StatusReview> r = load(id);
    if (!r)
        return Error{tr("This status review no longer exists."), id};
    if (r->isDecided())
        return Error{tr("This status review has already been decided (%1).")
                         .arg(CodeList::reviewDecision().label(r->decision)),
                     {}};
    if (decision != kApproved && decision != kReturned)
        return Error{tr("Choose whether the proposal is approved or returned."), decision};
    if (decision == kReturned && comment.trimmed().isEmpty())
        return Error{tr("Say why the proposal is returned, so the caseworker knows what to do."), {}};

    QList<JournalWriter::Edit> edits = {{QStringLiteral("status_review"),
                                         id,
                                         r->householdId,
                                         Change::Op::Update,
                                         {{QStringLiteral("decision"), decision},
                                          {QStringLiteral("decided_by"), m_session.author()},
                                          {QStringLiteral("decided_on"), today()},
                                          {QStringLiteral("decision_comment"), comment}}}};
    if (decision == kApproved)
        edits.append({QStringLiteral("household"),
                      r->householdId,
                      r->householdId,
                      Change::Op::Update,
                      {{QStringLiteral("status"), r->proposedStatus}}});
    JournalWriter writer(m_db, m_session);
    return writer.commit(edits);
}

} // namespace ff
