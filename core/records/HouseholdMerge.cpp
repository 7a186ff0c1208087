// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/HouseholdMerge.h"

#include "core/model/FieldLabels.h"
#include "core/model/ResidentId.h"
#include "core/records/RecordStore.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"

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

Status HouseholdMerge::plan(const QString& keepId, const QString& duplicateId, Plan* plan) const
{
    *plan = Plan{keepId, duplicateId};
    const RecordType& household = *RecordTypes::find(QStringLiteral("household"));
    const Authority::Verdict may =
        Authority::create(m_session.role(), household, {{QStringLiteral("merged_into"), keepId}});
    if (!may.allowed())
        return Error{Authority::forPerson(may.refusal), may.refusal};
    if (keepId == duplicateId)
        return Error{tr("A household cannot be merged into itself."), keepId};
    const RecordStore store(m_db, m_session);
    const std::optional<Record> keep = store.load(household, keepId);
    const std::optional<Record> duplicate = store.load(household, duplicateId);
    if (!keep || !duplicate)
        return Error{tr("Both households must be on this laptop to merge them."),
                     keepId + QLatin1Char(' ') + duplicateId};

    // Members: one already there by ID number is that member; the others join as relatives.
    const RecordType& memberType = *RecordTypes::find(QStringLiteral("member"));
    QHash<QString, QString> keptByIdNumber;
    for (const Record& m : store.forHousehold(memberType, keepId)) {
        const QString number = ResidentId::normalize(m.text(QStringLiteral("id_number")));
        if (!number.isEmpty())
            keptByIdNumber.insert(number, m.id);
    }
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
        const QString newId = JournalWriter::newId();
        ids.insert(m.id, newId);
        if (m.text(QStringLiteral("relation")) == QLatin1String("head"))
            m.values.insert(QStringLiteral("relation"), QStringLiteral("other")); // one head: the household's
        plan->edits.append({memberType.name, newId, keepId, Change::Op::Create, m.values});
        ++plan->membersMoved;
    }

    // A status review the county decided is written again with its decision, which only the
    // county may write: a station supervisor leaves such a merge to the county.
    if (m_session.role() != Role::County) {
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
        const QList<Record> records = store.forHousehold(type, duplicateId);
        if (records.isEmpty())
            continue;
        for (const Record& r : records) {
            QString newId;
            if (type.name == QLatin1String("answer"))
                newId = ids.value(r.text(QStringLiteral("assessment_id"))) + QLatin1Char('/') +
                        r.text(QStringLiteral("question_id"));
            else if (type.name == QLatin1String("note_review"))
                newId = ids.value(r.id); // a review's id is its record's
            if (newId.isEmpty() || newId.startsWith(QLatin1Char('/')))
                newId = JournalWriter::newId();
            ids.insert(r.id, newId);
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
        }
        plan->records.append({FieldLabels::entity(type.name), int(records.size())});
    }

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
