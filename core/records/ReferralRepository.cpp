// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/ReferralRepository.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/model/AgencyList.h"
#include "core/model/CodeList.h"
#include "core/records/RecordStore.h"
#include "core/records/RiskFlagRepository.h"
#include "core/schema/RecordTypes.h"
#include "core/util/Refusal.h"

#include <QDateTime>

namespace ff {

namespace {
const RecordType& recordType() { return *RecordTypes::find(QStringLiteral("referral")); }

const QString kSent = QStringLiteral("sent");
const QString kAccepted = QStringLiteral("accepted");
const QString kDeclined = QStringLiteral("declined");
const QString kCompleted = QStringLiteral("completed");

Referral fromRecord(const Record& record)
{
    Referral r;
    r.id = record.id;
    r.householdId = record.householdId;
    r.agency = record.text(QStringLiteral("agency"));
    r.reason = record.text(QStringLiteral("reason"));
    r.consent = record.value(QStringLiteral("consent")).toBool();
    r.consentOn = record.date(QStringLiteral("consent_on"));
    r.status = record.text(QStringLiteral("referral_status"));
    r.sentOn = record.date(QStringLiteral("sent_on"));
    r.sentNote = record.text(QStringLiteral("sent_note"));
    r.acceptedOn = record.date(QStringLiteral("accepted_on"));
    r.acceptedNote = record.text(QStringLiteral("accepted_note"));
    r.declinedOn = record.date(QStringLiteral("declined_on"));
    r.declinedNote = record.text(QStringLiteral("declined_note"));
    r.completedOn = record.date(QStringLiteral("completed_on"));
    r.completedNote = record.text(QStringLiteral("completed_note"));
    r.followUpOn = record.date(QStringLiteral("follow_up_on"));
    r.mandatoryReport = record.value(QStringLiteral("mandatory_report")).toBool();
    return r;
}

} // namespace

bool Referral::isOverdue(QDate today) const
{
    return (status == kSent || status == kAccepted) && followUpOn.isValid() && followUpOn < today;
}

ReferralRepository::ReferralRepository(Database& db, const Session& session) : m_db(db), m_session(session) {}

QDate ReferralRepository::today() const { return m_session.today(); }

std::optional<Referral> ReferralRepository::load(const QString& id) const
{
    return RecordStore(m_db, m_session).loadAs(recordType(), id, fromRecord);
}

QList<Referral> ReferralRepository::forHousehold(const QString& householdId) const
{
    return RecordStore(m_db, m_session)
        .forHouseholdAs(recordType(), householdId, QStringLiteral("sent_on DESC, id"), fromRecord);
}

int ReferralRepository::overdueCount(const QString& householdId) const
{
    int n = 0;
    const QDate now = today();
    for (const Referral& r : forHousehold(householdId))
        n += r.isOverdue(now) ? 1 : 0;
    return n;
}

Status ReferralRepository::send(Referral& r)
{
    const QDate now = today();
    if (!r.sentOn.isValid())
        r.sentOn = now;
    QStringList problems;
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM household WHERE id = ? AND deleted = 0"));
    q.addBindValue(r.householdId);
    if (r.householdId.isEmpty() || !q.exec() || !q.next())
        problems << tr("Save the household file before referring it.");
    if (!AgencyList::current().find(r.agency))
        problems << tr("Choose the agency the household is referred to.");
    if (r.reason.trimmed().isEmpty())
        problems << tr("Say why the household is referred.");
    // Open child-protection flags: the only ground for a referral without consent.
    QList<RiskFlag> unreported;
    bool childProtection = false;
    for (const RiskFlag& f : RiskFlagRepository(m_db, m_session).openForHousehold(r.householdId)) {
        if (f.type != QStringLiteral("child_protection"))
            continue;
        childProtection = true;
        if (!f.isReported())
            unreported.append(f);
    }
    if (r.mandatoryReport) {
        r.consent = false;
        r.consentOn = {};
        if (!childProtection)
            problems << tr(
                "A referral without consent is only for the mandatory report of a child-protection "
                "concern: raise a child-protection risk flag first.");
    } else if (!r.consent)
        problems << tr("A referral cannot be sent without the household's consent: record that they agreed.");
    else if (!r.consentOn.isValid())
        problems << tr("Give the date the household agreed to the referral.");
    else if (r.consentOn > now)
        problems << tr("The date of consent cannot be in the future.");
    if (r.sentOn > now)
        problems << tr("The referral cannot be sent on a date in the future.");
    if (r.consent && r.consentOn.isValid() && r.consentOn > r.sentOn)
        problems << tr("The household must agree before the referral is sent.");
    if (r.followUpOn.isValid() && r.followUpOn < r.sentOn)
        problems << tr("The follow-up date cannot be before the referral was sent.");
    if (!problems.isEmpty())
        return Refusal::nothingSaved(problems);

    const QString id = JournalWriter::newId();
    QList<JournalWriter::Edit> edits = {{QStringLiteral("referral"),
                                         id,
                                         r.householdId,
                                         Change::Op::Create,
                                         {{QStringLiteral("agency"), r.agency},
                                          {QStringLiteral("reason"), r.reason},
                                          {QStringLiteral("consent"), r.consent},
                                          {QStringLiteral("consent_on"), r.consentOn},
                                          {QStringLiteral("mandatory_report"), r.mandatoryReport},
                                          {QStringLiteral("referral_status"), kSent},
                                          {QStringLiteral("sent_on"), r.sentOn},
                                          {QStringLiteral("sent_note"), r.sentNote},
                                          {QStringLiteral("follow_up_on"), r.followUpOn}}}};
    if (r.mandatoryReport) {
        // The referral is the report: the flags waiting for one say to whom and when.
        for (const RiskFlag& f : std::as_const(unreported))
            edits.append({QStringLiteral("risk_flag"),
                          f.id,
                          r.householdId,
                          Change::Op::Update,
                          {{QStringLiteral("reported_to"), AgencyList::current().label(r.agency)},
                           {QStringLiteral("reported_on"), r.sentOn}}});
    }
    JournalWriter writer(m_db, m_session);
    const Status s = writer.commit(edits);
    if (!s)
        return s;
    r.id = id;
    r.status = kSent;
    return Status::ok();
}

Status ReferralRepository::advance(const QString& id, Step step, QDate on, const QString& note)
{
    const std::optional<Referral> r = load(id);
    if (!r)
        return Error{tr("This referral no longer exists."), id};
    const CodeList& states = CodeList::referralStatus();
    QString target;
    QString prefix;
    QDate previous = r->sentOn;
    switch (step) {
    case Step::Accept:
    case Step::Decline:
        target = step == Step::Accept ? kAccepted : kDeclined;
        prefix = target;
        if (r->status != kSent)
            return Error{tr("Only a referral that was sent and not yet answered can be %1; this one is %2.")
                             .arg(states.label(target).toLower(), states.label(r->status).toLower()),
                         {}};
        break;
    case Step::Complete:
        target = kCompleted;
        prefix = kCompleted;
        previous = r->acceptedOn;
        if (r->status != kAccepted)
            return Error{tr("Only a referral the agency accepted can be completed; this one is %1.")
                             .arg(states.label(r->status).toLower()),
                         {}};
        break;
    }
    QStringList problems;
    if (!on.isValid())
        problems << tr("Give the date of this step.");
    else if (on > today())
        problems << tr("The date of this step cannot be in the future.");
    else if (previous.isValid() && on < previous)
        problems << tr("The date of this step cannot be before the previous step (%1).")
                        .arg(previous.toString(Qt::ISODate));
    if (step == Step::Decline && note.trimmed().isEmpty())
        problems << tr("Say why the agency declined the referral.");
    if (step == Step::Complete && note.trimmed().isEmpty())
        problems << tr("Say what came of the referral.");
    if (!problems.isEmpty())
        return Refusal::nothingSaved(problems);

    JournalWriter writer(m_db, m_session);
    return writer.commit({{QStringLiteral("referral"),
                           id,
                           r->householdId,
                           Change::Op::Update,
                           {{QStringLiteral("referral_status"), target},
                            {prefix + QStringLiteral("_on"), on},
                            {prefix + QStringLiteral("_note"), note}}}});
}

Status ReferralRepository::setFollowUp(const QString& id, QDate followUpOn)
{
    const std::optional<Referral> r = load(id);
    if (!r)
        return Error{tr("This referral no longer exists."), id};
    if (r->status != kSent && r->status != kAccepted)
        return Error{tr("A referral that is declined or completed needs no follow-up."), {}};
    if (followUpOn.isValid() && followUpOn < r->sentOn)
        return Refusal::nothingSaved({tr("The follow-up date cannot be before the referral was sent.")});
    JournalWriter writer(m_db, m_session);
    return writer.commit({{QStringLiteral("referral"),
                           id,
                           r->householdId,
                           Change::Op::Update,
                           {{QStringLiteral("follow_up_on"), followUpOn}}}});
}

} // namespace ff
