// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/HouseholdMerge.h"

#include "core/db/Query.h"
#include "core/model/FieldLabels.h"
#include "core/model/ResidentId.h"
#include "core/records/RecordStore.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"

#include <QSet>
#include <QUuid>

namespace ff {

namespace {
/// A value with every id of `ids` in it replaced by its new id (a text, or each of a list's codes).
QVariant remapped(const QVariant& value, const QHash<QString, QString>& ids)
{
    if (value.typeId() == QMetaType::QStringList) {
        QStringList list = value.toStringList();
        for (QString& item : list)
            item = ids.value(item, item);
        return list;
    }
    if (value.typeId() == QMetaType::QString) {
        const auto found = ids.constFind(value.toString());
        return found == ids.cend() ? value : QVariant(*found);
    }
    return value;
}
} // namespace

HouseholdMerge::HouseholdMerge(Database& db, const Session& session) : m_db(db), m_session(session) {}

int HouseholdMerge::Plan::recordCount() const
{
    int n = 0;
    for (const auto& [label, count] : records)
        n += count;
    return n;
}

QString HouseholdMerge::movedId(const QString& keepId, const QString& originalId)
{
    // A name-based UUID: every laptop moving the same record into the same household makes the same.
    static const QUuid space = QUuid::fromString(QStringLiteral("{3f9b6c2e-8a41-4d0f-b7e5-91c2d4a6e853}"));
    return QUuid::createUuidV5(space, keepId + QLatin1Char('/') + originalId).toString(QUuid::WithoutBraces);
}

Authority::Verdict HouseholdMerge::mayMerge(Role role)
{
    return Authority::create(role, *RecordTypes::find(QStringLiteral("household")),
                             {{QStringLiteral("merged_into"), QStringLiteral("-")}});
}

Status HouseholdMerge::plan(const QString& keepId, const QString& duplicateId, Plan* plan) const
{
    return planMerge(keepId, duplicateId, false, plan);
}

Status HouseholdMerge::followMerges(int* moved)
{
    if (moved)
        *moved = 0;
    QList<QPair<QString, QString>> merged; // duplicate → the household it went into
    {
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT d.id, d.merged_into FROM household d JOIN household k"
                                   " ON k.id = d.merged_into AND k.deleted = 0"
                                   " WHERE d.deleted <> 0 AND d.merged_into <> ''")))
            return Error{tr("The merged households could not be read."), q.lastErrorText()};
        while (q.next())
            merged.append({q.value(0).toString(), q.value(1).toString()});
    }
    for (const auto& [duplicateId, keepId] : std::as_const(merged)) {
        Plan late;
        if (Status s = planMerge(keepId, duplicateId, true, &late); !s)
            return s;
        if (late.edits.isEmpty())
            continue;
        if (Status s = JournalWriter(m_db, m_session).commit(late.edits); !s)
            return s;
        if (moved)
            *moved += int(late.edits.size());
    }
    return Status::ok();
}

Status HouseholdMerge::planMerge(const QString& keepId, const QString& duplicateId, bool follow,
                                 Plan* plan) const
{
    *plan = Plan{keepId, duplicateId};
    const RecordType& household = *RecordTypes::find(QStringLiteral("household"));
    if (!follow) {
        const Authority::Verdict may = mayMerge(m_session.role());
        if (!may.allowed())
            return Error{Authority::forPerson(may.refusal), may.refusal};
    }
    if (keepId == duplicateId)
        return Error{tr("A household cannot be merged into itself."), keepId};
    const RecordStore store(m_db, m_session);
    const std::optional<Record> keep = store.load(household, keepId);
    // Following a merge, the duplicate is removed already: only its records are read.
    const std::optional<Record> duplicate = follow
                                                ? std::optional<Record>(Record{duplicateId, duplicateId, {}})
                                                : store.load(household, duplicateId);
    if (!keep || !duplicate)
        return Error{tr("Both households must be on this laptop to merge them."),
                     keepId + QLatin1Char(' ') + duplicateId};
    // What is in the household that stays already (moved by an earlier merge of the same pair).
    const auto idsIn = [&](const RecordType& type) {
        QSet<QString> ids;
        for (const Record& r : store.forHousehold(type, keepId))
            ids.insert(r.id);
        return ids;
    };

    // Members: one already there by ID number is that member; the others join as relatives.
    const RecordType& memberType = *RecordTypes::find(QStringLiteral("member"));
    QHash<QString, QString> keptByIdNumber;
    for (const Record& m : store.forHousehold(memberType, keepId)) {
        const QString number = ResidentId::normalize(m.text(QStringLiteral("id_number")));
        if (!number.isEmpty())
            keptByIdNumber.insert(number, m.id);
    }
    const QSet<QString> keptMembers = idsIn(memberType);
    QHash<QString, QString> ids; // the duplicate's record ids → their ids in the household that stays
    ids.insert(duplicateId, keepId);
    for (Record m : store.forHousehold(memberType, duplicateId)) {
        const QString number = ResidentId::normalize(m.text(QStringLiteral("id_number")));
        if (const auto same = keptByIdNumber.constFind(number);
            !number.isEmpty() && same != keptByIdNumber.cend()) {
            ids.insert(m.id, *same);
            ++plan->membersMatched;
            continue;
        }
        const QString newId = movedId(keepId, m.id);
        ids.insert(m.id, newId);
        if (keptMembers.contains(newId))
            continue; // moved before
        if (m.text(QStringLiteral("relation")) == QLatin1String("head"))
            m.values.insert(QStringLiteral("relation"), QStringLiteral("other")); // one head: the household's
        plan->edits.append({memberType.name, newId, keepId, Change::Op::Create, m.values});
        ++plan->membersMoved;
    }

    // A status review the county decided is written again with its decision, which only the
    // county may write: a station supervisor leaves such a merge to the county.
    if (!follow && m_session.role() != Role::County) {
        const RecordType& review = *RecordTypes::find(QStringLiteral("status_review"));
        for (const Record& r : store.forHousehold(review, duplicateId)) {
            if (!r.text(QStringLiteral("decision")).isEmpty())
                return Error{tr("The household filed twice has a status review the county decided: county "
                                "staff merge it."),
                             QStringLiteral("decision_not_authorised")};
        }
    }

    // Every other record of the household, in declaration order (an assessment before its answers,
    // a goal before its actions, a reviewed record before its review).
    for (const RecordType& type : RecordTypes::all()) {
        if (!type.belongsToHousehold() || type.name == QLatin1String("member") ||
            type.name == QLatin1String("file_open")) // who opened the duplicate's file stays with it
            continue;
        // Following a merge, a caseworker's records bring their own reviews (the journal writer's).
        if (follow &&
            (type.name == QLatin1String("note_review") || type.name == QLatin1String("review_comment")))
            continue;
        const QList<Record> records = store.forHousehold(type, duplicateId);
        if (records.isEmpty())
            continue;
        const QSet<QString> there = idsIn(type);
        int moving = 0;
        for (const Record& r : records) {
            QString newId;
            if (type.name == QLatin1String("answer"))
                newId = ids.value(r.text(QStringLiteral("assessment_id"))) + QLatin1Char('/') +
                        r.text(QStringLiteral("question_id"));
            else if (type.name == QLatin1String("note_review"))
                newId = ids.value(r.id); // a review's id is its record's
            if (newId.isEmpty() || newId.startsWith(QLatin1Char('/')))
                newId = movedId(keepId, r.id);
            ids.insert(r.id, newId);
            if (there.contains(newId))
                continue; // moved before
            QVariantMap values;
            for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
                values.insert(it.key(), remapped(it.value(), ids));
            // An action's need is "<assessment id>/<section>/<rule>": its assessment moved too.
            if (const QString need = values.value(QStringLiteral("need_key")).toString(); !need.isEmpty()) {
                const QString assessment = need.section(QLatin1Char('/'), 0, 0);
                if (ids.contains(assessment))
                    values.insert(QStringLiteral("need_key"),
                                  ids.value(assessment) + need.mid(assessment.size()));
            }
            plan->edits.append({type.name, newId, keepId, Change::Op::Create, values});
            ++moving;
        }
        if (moving > 0)
            plan->records.append({FieldLabels::entity(type.name), moving});
    }
    if (follow)
        return Status::ok();

    // The later of the two last visits; the duplicate named as merged, then removed.
    const QDate keptVisit = keep->date(QStringLiteral("last_visit"));
    const QDate duplicateVisit = duplicate->date(QStringLiteral("last_visit"));
    if (duplicateVisit.isValid() && (!keptVisit.isValid() || duplicateVisit > keptVisit))
        plan->edits.append({household.name,
                            keepId,
                            keepId,
                            Change::Op::Update,
                            {{QStringLiteral("last_visit"), duplicateVisit}}});
    plan->edits.append({household.name,
                        duplicateId,
                        duplicateId,
                        Change::Op::Update,
                        {{QStringLiteral("merged_into"), keepId}}});
    plan->edits.append({household.name, duplicateId, duplicateId, Change::Op::Delete, {}});
    return Status::ok();
}

Status HouseholdMerge::merge(const Plan& plan)
{
    if (plan.edits.isEmpty())
        return Error{tr("Nothing to merge."), {}};
    return JournalWriter(m_db, m_session).commit(plan.edits);
}

} // namespace ff
