// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/ReviewQueue.h"

#include "core/db/Query.h"
#include "core/model/FieldLabels.h"
#include "core/records/NoteReviewRepository.h"
#include "core/records/RecordStore.h"
#include "core/schema/RecordTypes.h"

namespace ff {

namespace {
/// Fields that hold ids or bookkeeping, not what the note says.
bool shownInBody(const FieldSpec& spec)
{
    static const QStringList hidden = {QStringLiteral("session_id"), QStringLiteral("goal_id"),
                                       QStringLiteral("need_key"),   QStringLiteral("form_version"),
                                       QStringLiteral("raised_by"),  QStringLiteral("closed_by")};
    return !hidden.contains(spec.name);
}

/// Member ids as the members' names (a note names people, not ids).
QString memberNames(Database& db, const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids) {
        Query q(db);
        q.prepare(QStringLiteral("SELECT name FROM member WHERE id = ?"));
        q.addBindValue(id);
        names.append(q.exec() && q.next() ? q.value(0).toString() : id);
    }
    return names.join(QStringLiteral(", "));
}
} // namespace

ReviewQueue::ReviewQueue(Database& db, QDate today) : m_db(db), m_today(today) {}

QStringList ReviewQueue::reviewedTypes()
{
    QStringList types;
    for (const RecordType& t : RecordTypes::all()) {
        if (t.supervision.reviewed)
            types.append(t.name);
    }
    return types;
}

QString ReviewQueue::where(const Filter& filter, QVariantList* binds) const
{
    QString sql = QStringLiteral(" WHERE r.state = ? AND r.deleted = 0 AND h.deleted = 0");
    binds->append(filter.state);
    if (!filter.caseworker.isEmpty()) {
        sql += QStringLiteral(" AND r.submitted_by = ?");
        binds->append(filter.caseworker);
    }
    if (!filter.subjectType.isEmpty()) {
        sql += QStringLiteral(" AND r.subject_type = ?");
        binds->append(filter.subjectType);
    }
    if (filter.minAgeDays > 0) {
        // Submitted before the start of the day `minAgeDays` ago (UTC text compares in order).
        const QDateTime before = m_today.addDays(1 - filter.minAgeDays).startOfDay().toUTC();
        sql += QStringLiteral(" AND r.submitted_at < ?");
        binds->append(before.toString(Qt::ISODate));
    }
    if (!filter.householdId.isEmpty()) {
        sql += QStringLiteral(" AND r.household_id = ?");
        binds->append(filter.householdId);
    }
    return sql;
}

int ReviewQueue::count(const Filter& filter) const
{
    QVariantList binds;
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM note_review r JOIN household h ON h.id = r.household_id") +
              where(filter, &binds));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<ReviewQueue::Item> ReviewQueue::page(const Filter& filter, int offset, int limit) const
{
    QList<Item> items;
    QVariantList binds;
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT %1, h.household_no, h.head_name, h.village"
                             " FROM note_review r JOIN household h ON h.id = r.household_id")
                  .arg(NoteReviewRepository::columns(QStringLiteral("r"))) +
              where(filter, &binds) + QStringLiteral(" ORDER BY r.submitted_at, r.id LIMIT ? OFFSET ?"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return items;
    while (q.next()) {
        Item item;
        item.review = NoteReviewRepository::fromRow(q);
        const NoteReview& r = item.review;
        item.householdNo = q.value(9).toString();
        item.headName = q.value(10).toString();
        item.village = q.value(11).toString();
        item.ageDays = r.submittedAt.isValid() ? int(r.submittedAt.toLocalTime().date().daysTo(m_today)) : 0;
        items.append(item);
    }
    // Each note read once, in one statement per kind, for its title and its text.
    QList<std::pair<QString, QString>> notes;
    for (const Item& item : std::as_const(items))
        notes.append({item.review.subjectType, item.review.id});
    const QHash<QString, Record> read = recordsOf(m_db, notes);
    for (Item& item : items) {
        const auto it = read.constFind(item.review.id);
        const Record* record = it == read.cend() ? nullptr : &*it;
        item.title = titleOf(item.review.subjectType, record);
        item.body = bodyOf(m_db, item.review.subjectType, record);
    }
    return items;
}

QStringList ReviewQueue::caseworkers(const QString& state) const
{
    QStringList names;
    Query q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT submitted_by FROM note_review WHERE state = ? AND deleted = 0"
                             " ORDER BY submitted_by"));
    q.addBindValue(state);
    if (q.exec()) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

QString ReviewQueue::titleOf(Database& db, const QString& typeName, const QString& recordId)
{
    const RecordType* type = RecordTypes::find(typeName);
    if (!type)
        return typeName;
    const std::optional<Record> record = RecordStore(db, Session::none()).load(*type, recordId);
    return titleOf(typeName, record ? &*record : nullptr);
}

QString ReviewQueue::bodyOf(Database& db, const QString& typeName, const QString& recordId)
{
    const RecordType* type = RecordTypes::find(typeName);
    if (!type)
        return {};
    const std::optional<Record> record = RecordStore(db, Session::none()).load(*type, recordId);
    return bodyOf(db, typeName, record ? &*record : nullptr);
}

QString ReviewQueue::titleOf(const QString& typeName, const Record* record)
{
    const RecordType* type = RecordTypes::find(typeName);
    if (!type)
        return typeName;
    QString title = FieldLabels::entity(typeName);
    if (!record)
        return title;
    // The first of the type's listed columns that holds a value: a date, an agency, a goal.
    for (const QString& column : type->columns) {
        const QString value = FieldLabels::value(typeName, column, record->value(column));
        if (!value.isEmpty() && column != QStringLiteral("member_id"))
            return title + QStringLiteral(" · ") + value.left(40);
    }
    return title;
}

QString ReviewQueue::bodyOf(Database& db, const QString& typeName, const Record* record)
{
    const RecordType* type = RecordTypes::find(typeName);
    if (!type)
        return {};
    if (!record)
        return tr("(removed)");
    QStringList lines;
    for (const FieldSpec& spec : type->fields) {
        if (!shownInBody(spec))
            continue;
        const QVariant value = record->value(spec.name);
        // A field left empty says nothing (FieldLabels would name it "(empty)").
        if (!value.isValid() || value.isNull() ||
            (value.toString().isEmpty() && value.toStringList().isEmpty()))
            continue;
        QString text;
        if (spec.name == QStringLiteral("member_id") || spec.name == QStringLiteral("member_ids") ||
            spec.name == QStringLiteral("met_member_ids"))
            text = memberNames(db, value.toStringList().isEmpty() && !value.toString().isEmpty()
                                       ? QStringList{value.toString()}
                                       : value.toStringList());
        else
            text = FieldLabels::value(typeName, spec.name, value);
        if (!text.trimmed().isEmpty())
            lines.append(FieldLabels::formLabel(typeName, spec.name) + QLatin1Char(' ') + text);
    }
    return lines.join(QLatin1Char('\n'));
}

QHash<QString, Record> ReviewQueue::recordsOf(Database& db, const QList<std::pair<QString, QString>>& records)
{
    QHash<QString, QStringList> idsByType;
    for (const auto& [typeName, id] : records)
        idsByType[typeName].append(id);
    QHash<QString, Record> out;
    const RecordStore store(db, Session::none());
    for (auto it = idsByType.cbegin(); it != idsByType.cend(); ++it) {
        if (const RecordType* type = RecordTypes::find(it.key()))
            out.insert(store.loadMany(*type, it.value()));
    }
    return out;
}

QHash<QString, QString> ReviewQueue::titlesOf(Database& db, const QList<std::pair<QString, QString>>& records)
{
    const QHash<QString, Record> read = recordsOf(db, records);
    QHash<QString, QString> titles;
    for (const auto& [typeName, id] : records) {
        const auto it = read.constFind(id);
        titles.insert(id, titleOf(typeName, it == read.cend() ? nullptr : &*it));
    }
    return titles;
}

} // namespace ff
