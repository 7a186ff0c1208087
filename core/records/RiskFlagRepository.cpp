// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/RiskFlagRepository.h"

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
const RecordType& recordType() { return *RecordTypes::find(QStringLiteral("risk_flag")); }

const QString kOpen = QStringLiteral("open");
const QString kClosed = QStringLiteral("closed");
const QString kOrder =
    QStringLiteral("flag_status <> 'open', CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1"
                   " ELSE 2 END, raised_at DESC, id");

RiskFlag fromRecord(const Record& record)
{
    RiskFlag f;
    f.id = record.id;
    f.householdId = record.householdId;
    f.type = record.text(QStringLiteral("risk_type"));
    f.severity = record.text(QStringLiteral("severity"));
    f.description = record.text(QStringLiteral("description"));
    f.raisedBy = record.text(QStringLiteral("raised_by"));
    f.raisedAt = record.text(QStringLiteral("raised_at"));
    f.status = record.text(QStringLiteral("flag_status"));
    f.closedBy = record.text(QStringLiteral("closed_by"));
    f.closedAt = record.text(QStringLiteral("closed_at"));
    f.closingNote = record.text(QStringLiteral("closing_note"));
    f.memberId = record.text(QStringLiteral("member_id"));
    f.reportedTo = record.text(QStringLiteral("reported_to"));
    f.reportedOn = record.date(QStringLiteral("reported_on"));
    return f;
}
} // namespace

bool RiskFlag::awaitsMandatoryReport() const
{
    return type == QStringLiteral("child_protection") && !isReported();
}

RiskFlagRepository::RiskFlagRepository(Database& db, const Session& session) : m_db(db), m_session(session) {}

QDate RiskFlagRepository::today() const { return m_session.today(); }

QStringList RiskFlagRepository::reportProblems(const QString& reportedTo, QDate reportedOn,
                                               QDate raisedOn) const
{
    QStringList problems;
    if (reportedTo.trimmed().isEmpty() != !reportedOn.isValid())
        problems << tr("A report needs both: to whom it was made and on which day.");
    if (reportedOn.isValid() && reportedOn > today())
        problems << tr("The day of the report cannot be in the future.");
    if (reportedOn.isValid() && raisedOn.isValid() && reportedOn < raisedOn.addDays(-30))
        problems << tr("The day of the report is long before the flag was raised; check the date.");
    return problems;
}

QString RiskFlagRepository::now() const
{
    return m_session.now().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

std::optional<RiskFlag> RiskFlagRepository::load(const QString& id) const
{
    return RecordStore(m_db, m_session).loadAs(recordType(), id, fromRecord);
}

QList<RiskFlag> RiskFlagRepository::forHousehold(const QString& householdId) const
{
    return RecordStore(m_db, m_session).forHouseholdAs(recordType(), householdId, kOrder, fromRecord);
}

QList<RiskFlag> RiskFlagRepository::openForHousehold(const QString& householdId) const
{
    QList<RiskFlag> out = forHousehold(householdId);
    out.removeIf([](const RiskFlag& f) { return !f.isOpen(); });
    return out;
}

Status RiskFlagRepository::raise(RiskFlag& f)
{
    QStringList problems;
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM household WHERE id = ? AND deleted = 0"));
    q.addBindValue(f.householdId);
    if (f.householdId.isEmpty() || !q.exec() || !q.next())
        problems << tr("Save the household file before raising a risk flag.");
    if (!CodeList::riskType().contains(f.type))
        problems << tr("Choose the kind of risk.");
    if (!CodeList::riskSeverity().contains(f.severity))
        problems << tr("Choose how severe the risk is.");
    if (f.description.trimmed().isEmpty())
        problems << tr("Describe the risk: what was seen or reported, and about whom.");
    if (!f.memberId.isEmpty()) {
        Query m(m_db);
        m.prepare(QStringLiteral("SELECT 1 FROM member WHERE id = ? AND household_id = ? AND deleted = 0"));
        m.addBindValue(f.memberId);
        m.addBindValue(f.householdId);
        if (!m.exec() || !m.next())
            problems << tr("The person the risk is about is not a member of this household.");
    }
    problems += reportProblems(f.reportedTo, f.reportedOn, today());
    if (!problems.isEmpty())
        return Refusal::of(tr("The risk flag was not raised. Please correct:"), problems);
    const QString id = JournalWriter::newId();
    const QString at = now();
    JournalWriter writer(m_db, m_session);
    const Status s = writer.commit({{QStringLiteral("risk_flag"),
                                     id,
                                     f.householdId,
                                     Change::Op::Create,
                                     {{QStringLiteral("risk_type"), f.type},
                                      {QStringLiteral("severity"), f.severity},
                                      {QStringLiteral("member_id"), f.memberId},
                                      {QStringLiteral("description"), f.description},
                                      {QStringLiteral("reported_to"), f.reportedTo},
                                      {QStringLiteral("reported_on"), f.reportedOn},
                                      {QStringLiteral("raised_by"), m_session.author()},
                                      {QStringLiteral("raised_at"), at},
                                      {QStringLiteral("flag_status"), kOpen}}}});
    if (!s)
        return s;
    f.id = id;
    f.raisedBy = m_session.author();
    f.raisedAt = at;
    f.status = kOpen;
    return Status::ok();
}

Status RiskFlagRepository::close(const QString& id, const QString& closingNote)
{
    const std::optional<RiskFlag> f = load(id);
    if (!f)
        return Error{tr("This risk flag no longer exists."), id};
    if (!f->isOpen())
        return Error{tr("This risk flag is already closed."), {}};
    if (closingNote.trimmed().isEmpty())
        return Error{tr("A risk flag is closed only with a note: say why the risk is over or who now "
                        "handles it."),
                     {}};
    if (f->awaitsMandatoryReport())
        return Error{tr("A child-protection concern must be reported to the authorities (mandatory "
                        "report): record to whom and when it was reported before closing the flag."),
                     {}};
    JournalWriter writer(m_db, m_session);
    return writer.commit({{QStringLiteral("risk_flag"),
                           id,
                           f->householdId,
                           Change::Op::Update,
                           {{QStringLiteral("flag_status"), kClosed},
                            {QStringLiteral("closed_by"), m_session.author()},
                            {QStringLiteral("closed_at"), now()},
                            {QStringLiteral("closing_note"), closingNote}}}});
}

Status RiskFlagRepository::recordReport(const QString& id, const QString& reportedTo, QDate reportedOn)
{
    const std::optional<RiskFlag> f = load(id);
    if (!f)
        return Error{tr("This risk flag no longer exists."), id};
    if (!f->isOpen())
        return Error{tr("This risk flag is already closed."), {}};
    QStringList problems =
        reportProblems(reportedTo, reportedOn, QDate::fromString(f->raisedAt.left(10), Qt::ISODate));
    if (reportedTo.trimmed().isEmpty() && !reportedOn.isValid())
        problems.prepend(tr("Say to whom the concern was reported and on which day."));
    if (!problems.isEmpty())
        return Refusal::of(tr("The report was not recorded. Please correct:"), problems);
    JournalWriter writer(m_db, m_session);
    return writer.commit(
        {{QStringLiteral("risk_flag"),
          id,
          f->householdId,
          Change::Op::Update,
          {{QStringLiteral("reported_to"), reportedTo}, {QStringLiteral("reported_on"), reportedOn}}}});
}

} // namespace ff
