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
    return Authority::mayChange(m_session.role(), *RecordTypes::find(QStringLiteral("status_review")),
                                QStringLiteral("decision"));
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
