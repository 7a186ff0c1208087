// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/HistoryReader.h"

#include "core/db/Query.h"
#include "core/forms/AnswerText.h"
#include "core/forms/BuiltInForms.h"
#include "core/forms/IdentifiedNeeds.h"
#include "core/journal/ChangeCodec.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/model/FieldLabels.h"
#include "core/model/ResidentId.h"
#include "core/schema/RecordTypes.h"

#include <QCoreApplication>
#include <QHash>

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
    // and the person of an assessment — as their record type declares (RecordType::title), from the
    // newest change that set each field, so two referrals or two assessments of the same household
    // can be told apart. Households and members are named elsewhere (the file, the member's name).
    const auto titled = [](const QString& entity) -> const RecordType* {
        const RecordType* type = RecordTypes::find(entity);
        return type && !type->title.isEmpty() && entity != QStringLiteral("household") &&
                       entity != QStringLiteral("member")
                   ? type
                   : nullptr;
    };
    QHash<QString, const RecordType*> typeOf;
    QHash<QString, QVariantMap> titleValues; // record id → field → newest value
    for (const Change& c : std::as_const(changes)) {
        const RecordType* type = titled(c.entity);
        if (!type)
            continue;
        typeOf.insert(c.recordId, type);
        QVariantMap& values = titleValues[c.recordId];
        for (const RecordType::TitlePart& part : type->title) {
            for (const QString& field : part.fields) {
                if (!values.contains(field) && c.fields.contains(field))
                    values.insert(field, c.fields.value(field));
            }
        }
    }
    const QString separator = QStringLiteral(" · ");
    const auto personOf = [&](const QVariant& memberId) {
        return memberId.toString().isEmpty()
                   ? QString()
                   : memberNames.value(memberId.toString(),
                                       QCoreApplication::translate("History", "(unknown member)"));
    };
    const auto titleValue = [&](const RecordType& type, const QString& recordId, const QString& field,
                                const QVariant& value) {
        if (field == QStringLiteral("member_id"))
            return personOf(value);
        if (field == QStringLiteral("form_id")) {
            const auto form = forms.constFind(recordId);
            return form != forms.cend() && form->has_value() ? FormDefinition::text((*form)->title)
                                                             : value.toString();
        }
        const FieldSpec* spec = type.field(field);
        if (spec && !spec->codes.isEmpty())
            return FieldLabels::value(type.name, field, value);
        QString text = value.toString();
        if (text.size() > 24)
            text = text.left(23) + QChar(0x2026);
        return text;
    };
    QHash<QString, QString> titles;
    for (auto it = titleValues.cbegin(); it != titleValues.cend(); ++it) {
        const RecordType& type = *typeOf.value(it.key());
        QStringList parts;
        for (const RecordType::TitlePart& part : type.title) {
            QString text;
            for (const QString& field : part.fields) {
                const QVariant value = it.value().value(field);
                if (!value.toString().isEmpty()) {
                    text = titleValue(type, it.key(), field, value);
                    break;
                }
            }
            if (!text.isEmpty())
                parts << part.prefix + text;
            else if (part.whenEmpty)
                parts << QCoreApplication::translate("History", part.whenEmpty);
        }
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
        if (const RecordType* type = RecordTypes::find(entity); type && !value.toString().isEmpty()) {
            if (const FieldSpec* spec = type->field(field); spec && spec->masked)
                return ResidentId::masked(value.toString());
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
