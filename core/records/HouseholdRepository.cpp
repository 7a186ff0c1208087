// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/HouseholdRepository.h"

#include "core/db/Database.h"
#include "core/db/Query.h"
#include "core/journal/JournalWriter.h"
#include "core/model/HouseholdValidator.h"
#include "core/schema/Authority.h"
#include "core/schema/FieldValue.h"
#include "core/schema/RecordTypes.h"
#include "core/util/Refusal.h"

#include <QDateTime>
#include <QSet>

namespace ff {

namespace {
const QString kId = QStringLiteral("id");

QVariantMap rowToMap(const Query& q, const RecordType& type)
{
    QVariantMap m;
    m.insert(kId, q.value(0));
    const QStringList names = type.fieldNames();
    for (int i = 0; i < names.size(); ++i)
        m.insert(names.at(i), q.value(i + 1));
    return m;
}

QVariantMap onlyFields(const QVariantMap& m, const RecordType& type)
{
    QVariantMap out;
    for (const QString& name : type.fieldNames()) {
        if (m.contains(name))
            out.insert(name, m.value(name));
    }
    return out;
}
} // namespace

HouseholdRepository::HouseholdRepository(Database& db, const Session& session) : m_db(db), m_session(session)
{}

std::optional<HouseholdFile> HouseholdRepository::load(const QString& householdId) const
{
    const RecordType& householdType = *RecordTypes::find(QStringLiteral("household"));
    const RecordType& memberType = *RecordTypes::find(QStringLiteral("member"));
    HouseholdFile file;
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT id, %1 FROM household WHERE id = ? AND deleted = 0")
                  .arg(householdType.fieldNames().join(QStringLiteral(", "))));
    q.addBindValue(householdId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    file.household = rowToMap(q, householdType);

    // Head first, then by age, as a household register lists them.
    q.prepare(QStringLiteral("SELECT id, %1 FROM member WHERE household_id = ? AND deleted = 0"
                             " ORDER BY relation <> 'head', birth_date, id")
                  .arg(memberType.fieldNames().join(QStringLiteral(", "))));
    q.addBindValue(householdId);
    if (!q.exec())
        return std::nullopt;
    while (q.next())
        file.members.append(rowToMap(q, memberType));
    return file;
}

QVariant HouseholdRepository::value(const QString& householdId, const QString& field) const
{
    const RecordType& household = *RecordTypes::find(QStringLiteral("household"));
    if (!household.field(field))
        return {};
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM household WHERE id = ?").arg(field));
    q.addBindValue(householdId);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

QList<QPair<QString, QString>> HouseholdRepository::memberNames(const QString& householdId,
                                                                bool removedToo) const
{
    QList<QPair<QString, QString>> names;
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT id, name FROM member WHERE household_id = ?%1 ORDER BY rowid")
                  .arg(removedToo ? QString() : QStringLiteral(" AND deleted = 0")));
    q.addBindValue(householdId);
    if (q.exec()) {
        while (q.next())
            names.append({q.value(0).toString(), q.value(1).toString()});
    }
    return names;
}

QString HouseholdRepository::memberName(const QString& memberId) const
{
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM member WHERE id = ?"));
    q.addBindValue(memberId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QVariantMap HouseholdRepository::lastPlace(const QString& caseworker) const
{
    QVariantMap place;
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT county, township, station FROM household WHERE deleted = 0"
                             " ORDER BY caseworker = ? DESC, rowid DESC LIMIT 1"));
    q.addBindValue(caseworker);
    if (q.exec() && q.next()) {
        place.insert(QStringLiteral("county"), q.value(0));
        place.insert(QStringLiteral("township"), q.value(1));
        place.insert(QStringLiteral("station"), q.value(2));
    }
    return place;
}

Status HouseholdRepository::checkStatusChange(const QString& householdId, const QVariant& status,
                                              QList<ValidationIssue>* issuesOut) const
{
    const QString field = QStringLiteral("status");
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT status FROM household WHERE id = ? AND deleted = 0"));
    q.addBindValue(householdId);
    if (!q.exec() || !q.next())
        return Status::ok(); // not on file here: nothing to change
    const QVariant stored = FieldValue::normalize(QStringLiteral("household"), field, q.value(0));
    const QVariant wanted = FieldValue::normalize(QStringLiteral("household"), field, status);
    // No role changes a status directly, supervisors and county staff included: the change is a
    // status review's decision (StatusReviewRepository::decide), with its reasons and evidence.
    if (stored == wanted)
        return Status::ok();
    const QString message = tr("The assistance status of a household on file changes only through a status "
                               "review: propose the change in the Status review tab, with reasons and "
                               "evidence; the station supervisor or the county decides it.");
    if (issuesOut)
        *issuesOut = {{-1, field, message}};
    return Refusal::nothingSaved({message},
                                 QStringLiteral("status %1 -> %2 refused for role %3")
                                     .arg(stored.toString(), wanted.toString(), roleName(m_session.role())));
}

bool HouseholdRepository::isStatusConfirmed(const QString& householdId) const
{
    return value(householdId, QStringLiteral("status")).toString().isEmpty() ||
           value(householdId, QStringLiteral("status_confirmed")).toBool();
}

Status HouseholdRepository::confirmStatus(const QString& householdId)
{
    const RecordType& type = *RecordTypes::find(QStringLiteral("household"));
    const QVariant current = value(householdId, QStringLiteral("status_confirmed"));
    if (const Authority::Verdict v =
            Authority::change(m_session.role(), type, QStringLiteral("status_confirmed"), current, true);
        !v)
        return Error{Authority::forPerson(v.refusal), v.refusal};
    if (value(householdId, QStringLiteral("status")).toString().isEmpty())
        return Error{tr("This household has no assistance status to confirm."), {}};
    JournalWriter writer(m_db, m_session);
    return writer.commit({{QStringLiteral("household"),
                           householdId,
                           householdId,
                           Change::Op::Update,
                           {{QStringLiteral("status_confirmed"), true}}}});
}

Status HouseholdRepository::assign(const QStringList& householdIds, const QString& caseworker, int* changed)
{
    if (changed)
        *changed = 0;
    const QString name = caseworker.trimmed();
    if (name.isEmpty())
        return Error{tr("Choose the caseworker to assign the households to."), {}};
    const RecordType& type = *RecordTypes::find(QStringLiteral("household"));
    if (const Authority::Verdict v =
            Authority::mayEverChange(m_session.role(), type, QStringLiteral("caseworker"));
        !v)
        return Error{Authority::forPerson(v.refusal), v.refusal};
    QList<JournalWriter::Edit> edits;
    QSet<QString> seen;
    for (const QString& id : householdIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (value(id, QStringLiteral("household_no")).isNull())
            return Error{tr("A household to assign is not on this laptop."), id};
        if (value(id, QStringLiteral("caseworker")).toString() != name)
            edits.append({QStringLiteral("household"),
                          id,
                          id,
                          Change::Op::Update,
                          {{QStringLiteral("caseworker"), name}}});
    }
    if (edits.isEmpty())
        return Status::ok();
    if (Status s = JournalWriter(m_db, m_session).commit(edits); !s)
        return s;
    if (changed)
        *changed = int(edits.size());
    return Status::ok();
}

Status HouseholdRepository::save(HouseholdFile& file, QList<ValidationIssue>* issuesOut)
{
    const QDate today = m_session.today();
    const QList<ValidationIssue> issues = HouseholdValidator::validate(file.household, file.members, today);
    if (issuesOut)
        *issuesOut = issues;
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ValidationIssue& i : issues)
            lines.append(i.message);
        return Refusal::nothingSaved(lines);
    }

    QString householdId = file.household.value(kId).toString();
    const bool isNew = householdId.isEmpty();
    if (!isNew) {
        if (Status s =
                checkStatusChange(householdId, file.household.value(QStringLiteral("status")), issuesOut);
            !s)
            return s;
    }

    const RecordType& householdType = *RecordTypes::find(QStringLiteral("household"));
    const RecordType& memberType = *RecordTypes::find(QStringLiteral("member"));
    QList<JournalWriter::Edit> edits;
    if (isNew)
        householdId = JournalWriter::newId();
    edits.append({QStringLiteral("household"), householdId, householdId,
                  isNew ? Change::Op::Create : Change::Op::Update,
                  onlyFields(file.household, householdType)});

    QSet<QString> kept;
    QList<QString> memberIds;
    for (const QVariantMap& m : std::as_const(file.members)) {
        QString id = m.value(kId).toString();
        const bool newMember = id.isEmpty();
        if (newMember)
            id = JournalWriter::newId();
        kept.insert(id);
        memberIds.append(id);
        edits.append({QStringLiteral("member"), id, householdId,
                      newMember ? Change::Op::Create : Change::Op::Update, onlyFields(m, memberType)});
    }
    if (!isNew) {
        Query q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM member WHERE household_id = ? AND deleted = 0"));
        q.addBindValue(householdId);
        if (q.exec()) {
            while (q.next()) {
                const QString id = q.value(0).toString();
                if (!kept.contains(id))
                    edits.append({QStringLiteral("member"), id, householdId, Change::Op::Delete, {}});
            }
        }
    }

    JournalWriter writer(m_db, m_session);
    if (Status s = writer.commit(edits); !s)
        return s;
    file.household.insert(kId, householdId);
    for (int i = 0; i < file.members.size(); ++i)
        file.members[i].insert(kId, memberIds.at(i));
    return Status::ok();
}

} // namespace ff
