// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/HistoryReader.h"

#include "core/forms/AnswerText.h"
#include "core/forms/BuiltInForms.h"
#include "core/forms/IdentifiedNeeds.h"
#include "core/journal/ChangeCodec.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/model/FieldLabels.h"
#include "core/schema/RecordTypes.h"

#include <QCoreApplication>
#include <QHash>

#include "core/db/Query.h"
#include <optional>

namespace ff {

QList<HistoryEntry> HistoryReader::forHousehold(const QString& householdId) const
{
    QList<HistoryEntry> entries;
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM journal WHERE household_id = ? ORDER BY hlc DESC, device DESC")
                  .arg(ChangeCodec::journalColumns()));
    q.addBindValue(householdId);
    if (!q.exec())
        return entries;
    QList<Change> changes;
    while (q.next())
        changes.append(ChangeCodec::fromJournalRow(q));

    // Changes of this household by id, to read the values a change replaced.
    QHash<ChangeId, const Change*> byId;
    QHash<QString, QString> memberNames;
    for (const Change& c : std::as_const(changes)) {
        byId.insert(c.id, &c);
        if (c.entity == QStringLiteral("member") && !memberNames.contains(c.recordId) &&
            c.fields.contains(QStringLiteral("name")))
            memberNames.insert(c.recordId, c.fields.value(QStringLiteral("name")).toString());
    }
    Query current(m_db);
    current.prepare(QStringLiteral("SELECT id, name FROM member WHERE household_id = ?"));
    current.addBindValue(householdId);
    if (current.exec()) {
        while (current.next())
            memberNames.insert(current.value(0).toString(), current.value(1).toString());
    }

    // Answers read as their question and choice labels, from the form version they were made with.
    QHash<QString, std::optional<FormDefinition>> forms; // assessment id → its definition
    for (const Change& c : std::as_const(changes)) {
        if (c.entity == QStringLiteral("assessment") && c.fields.contains(QStringLiteral("form_id")))
            forms.insert(c.recordId,
                         BuiltInForms::definition(c.fields.value(QStringLiteral("form_id")).toString(),
                                                  c.fields.value(QStringLiteral("form_version")).toInt()));
    }

    // Casework records are named by what a person recognises them by — a goal, a date, the agency
    // of a referral, the kind of a risk and whom it is about, the status a review proposes, the form
    // and the person of an assessment — from the newest change that set each field, so two
    // referrals or two assessments of the same household can be told apart.
    const QHash<QString, QStringList> titleFields = {
        {QStringLiteral("plan_goal"), {QStringLiteral("goal")}},
        {QStringLiteral("plan_action"), {QStringLiteral("action")}},
        {QStringLiteral("service_log"), {QStringLiteral("served_on")}},
        {QStringLiteral("visit"), {QStringLiteral("visited_on"), QStringLiteral("planned_on")}},
        {QStringLiteral("referral"), {QStringLiteral("agency"), QStringLiteral("sent_on")}},
        {QStringLiteral("risk_flag"), {QStringLiteral("risk_type"), QStringLiteral("member_id")}},
        {QStringLiteral("status_review"), {QStringLiteral("proposed_status")}},
        {QStringLiteral("assessment"), {QStringLiteral("form_id"), QStringLiteral("member_id")}}};
    QHash<QString, QString> entityOf;
    QHash<QString, QVariantMap> titleValues; // record id → field → newest value
    for (const Change& c : std::as_const(changes)) {
        const auto fields = titleFields.constFind(c.entity);
        if (fields == titleFields.cend())
            continue;
        entityOf.insert(c.recordId, c.entity);
        QVariantMap& values = titleValues[c.recordId];
        for (const QString& field : *fields) {
            if (!values.contains(field) && c.fields.contains(field))
                values.insert(field, c.fields.value(field));
        }
    }
    const QString separator = QStringLiteral(" · ");
    const auto personOf = [&](const QVariant& memberId) {
        return memberId.toString().isEmpty()
                   ? QString()
                   : memberNames.value(memberId.toString(),
                                       QCoreApplication::translate("History", "(unknown member)"));
    };
    QHash<QString, QString> titles;
    for (auto it = titleValues.cbegin(); it != titleValues.cend(); ++it) {
        const QString entity = entityOf.value(it.key());
        const QVariantMap& v = it.value();
        const auto text = [&](const char* field) { return v.value(QString::fromLatin1(field)).toString(); };
        const auto label = [&](const char* field) {
            return text(field).isEmpty() ? QString()
                                         : FieldLabels::value(entity, QString::fromLatin1(field),
                                                              v.value(QString::fromLatin1(field)));
        };
        QStringList parts;
        if (entity == QStringLiteral("plan_goal") || entity == QStringLiteral("plan_action")) {
            QString title = text(entity == QStringLiteral("plan_goal") ? "goal" : "action");
            if (title.size() > 24)
                title = title.left(23) + QChar(0x2026);
            parts << title;
        } else if (entity == QStringLiteral("service_log")) {
            parts << text("served_on");
        } else if (entity == QStringLiteral("visit")) {
            parts << (text("visited_on").isEmpty() ? text("planned_on") : text("visited_on"));
        } else if (entity == QStringLiteral("referral")) {
            parts << label("agency") << text("sent_on");
        } else if (entity == QStringLiteral("risk_flag")) {
            parts << label("risk_type") << personOf(v.value(QStringLiteral("member_id")));
        } else if (entity == QStringLiteral("status_review")) {
            if (!text("proposed_status").isEmpty())
                parts << QStringLiteral("→ ") + label("proposed_status");
        } else if (entity == QStringLiteral("assessment")) {
            const auto form = forms.constFind(it.key());
            parts << (form != forms.cend() && form->has_value() ? FormDefinition::text((*form)->title)
                                                                : text("form_id"));
            const QString person = personOf(v.value(QStringLiteral("member_id")));
            parts << (person.isEmpty() ? QCoreApplication::translate("History", "the household") : person);
        }
        parts.removeAll(QString());
        if (!parts.isEmpty())
            titles.insert(it.key(), parts.join(separator));
    }
    // Values that are ids read as names: members, the goal and the need of an action.
    auto display = [&](const QString& entity, const QString& field, const QVariant& value) {
        if (field == QStringLiteral("member_ids") || field == QStringLiteral("met_member_ids")) {
            QStringList names;
            for (const QString& id : value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
                names.append(
                    memberNames.value(id, QCoreApplication::translate("History", "(unknown member)")));
            if (!names.isEmpty())
                return names.join(QCoreApplication::translate("Codes", ", ", "list separator"));
        }
        if (field == QStringLiteral("member_id") && !value.toString().isEmpty())
            return memberNames.value(value.toString(),
                                     QCoreApplication::translate("History", "(unknown member)"));
        if (field == QStringLiteral("goal_id") && titles.contains(value.toString()))
            return titles.value(value.toString());
        if (field == QStringLiteral("need_key") && !value.toString().isEmpty()) {
            // The need's label from the form version its assessment was made with.
            const auto key = NeedKey::parse(value.toString());
            const auto form = key ? forms.constFind(key->assessmentId) : forms.cend();
            const QString label = form != forms.cend() && form->has_value()
                                      ? IdentifiedNeeds::ruleLabel(**form, *key)
                                      : QString();
            return label.isEmpty() ? QCoreApplication::translate("History", "(a need not on this device)")
                                   : label;
        }
        return FieldLabels::value(entity, field, value);
    };

    const auto questionOf = [&](const Change& c) -> const FormDefinition::Question* {
        const qsizetype slash = c.recordId.lastIndexOf(QLatin1Char('/'));
        const auto form = forms.constFind(c.recordId.left(slash));
        if (slash < 0 || form == forms.cend() || !form->has_value())
            return nullptr;
        return (*form)->question(c.recordId.mid(slash + 1));
    };

    for (const Change& c : std::as_const(changes)) {
        const FormDefinition::Question* question =
            c.entity == QStringLiteral("answer") ? questionOf(c) : nullptr;
        if (question) {
            // One line per answer: the question, and the answer before and after.
            const QString field = QStringLiteral("value");
            if (!c.fields.contains(field))
                continue;
            QStringList before;
            for (const ChangeId& base : c.bases.value(field)) {
                const Change* previous = byId.value(base);
                before.append(previous ? AnswerText::display(
                                             *question,
                                             AnswerText::fromStored(previous->fields.value(field).toString()),
                                             memberNames)
                                       : QCoreApplication::translate("History", "(not on this device)"));
            }
            HistoryEntry e;
            e.when = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::millis(c.hlc));
            e.author = c.author;
            e.device = c.id.device;
            e.entity = c.entity;
            e.recordId = c.recordId;
            e.record = FieldLabels::entity(c.entity);
            const QString assessmentTitle =
                titles.value(c.recordId.left(c.recordId.lastIndexOf(QLatin1Char('/'))));
            if (!assessmentTitle.isEmpty())
                e.record += QStringLiteral(" ") + assessmentTitle;
            e.operation = c.op == Change::Op::Create ? QCoreApplication::translate("History", "created")
                                                     : QCoreApplication::translate("History", "changed");
            e.field = FormDefinition::text(question->label);
            e.from =
                before.isEmpty() ? AnswerText::display(*question, {}) : before.join(QStringLiteral(" / "));
            e.to = AnswerText::display(*question, AnswerText::fromStored(c.fields.value(field).toString()),
                                       memberNames);
            entries.append(e);
            continue;
        }
        QString record = FieldLabels::entity(c.entity);
        if (c.entity == QStringLiteral("member"))
            record += QStringLiteral(" ") + memberNames.value(c.recordId);
        else if (titles.contains(c.recordId))
            record += QStringLiteral(" ") + titles.value(c.recordId);
        QString operation;
        switch (c.op) {
        case Change::Op::Create:
            operation = QCoreApplication::translate("History", "created");
            break;
        case Change::Op::Update:
            operation = QCoreApplication::translate("History", "changed");
            break;
        case Change::Op::Delete:
            operation = QCoreApplication::translate("History", "removed");
            break;
        case Change::Op::Resolve:
            operation = QCoreApplication::translate("History", "conflict resolved");
            break;
        }
        // Fields in the order the form shows them, not alphabetical.
        QStringList fields;
        if (const RecordType* type = RecordTypes::find(c.entity))
            fields = type->fieldNames();
        fields.append(QStringLiteral("_deleted"));
        for (const QString& field : std::as_const(fields)) {
            // The session id only ties a group session's records together; nobody reads it.
            if (!c.fields.contains(field) || field == QStringLiteral("session_id"))
                continue;
            // Every edit says its record is still there (JournalWriter); only a removal, or a
            // resolution of one, is news to a reader.
            if (field == QStringLiteral("_deleted") && c.fields.size() > 1 && !c.fields.value(field).toBool())
                continue;
            const auto it = c.fields.constFind(field);
            QStringList before;
            for (const ChangeId& base : c.bases.value(it.key())) {
                const Change* previous = byId.value(base);
                before.append(previous ? display(c.entity, it.key(), previous->fields.value(it.key()))
                                       : QCoreApplication::translate("History", "(not on this device)"));
            }
            HistoryEntry e;
            e.when = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::millis(c.hlc));
            e.author = c.author;
            e.device = c.id.device;
            e.entity = c.entity;
            e.recordId = c.recordId;
            e.record = record;
            e.operation = operation;
            e.field = FieldLabels::field(c.entity, it.key());
            e.from = before.isEmpty() ? FieldLabels::value(it.key(), {}) : before.join(QStringLiteral(" / "));
            e.to = display(c.entity, it.key(), it.value());
            entries.append(e);
        }
    }
    return entries;
}

} // namespace ff
