// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/RecordStore.h"

#include "core/db/Query.h"
#include "core/schema/RecordType.h"

namespace ff {

namespace {

/// A stored column's value as its field's kind reads it; empty reads as no value.
QVariant read(FieldKind kind, const QVariant& stored)
{
    if (stored.isNull() || (stored.typeId() == QMetaType::QString && stored.toString().isEmpty()))
        return {};
    switch (kind) {
    case FieldKind::Text:
        return stored.toString();
    case FieldKind::Integer:
        return stored.toLongLong();
    case FieldKind::Real:
        return stored.toDouble();
    case FieldKind::Date:
        return QDate::fromString(stored.toString(), Qt::ISODate);
    case FieldKind::Bool:
        return stored.toLongLong() != 0;
    case FieldKind::Codes:
        return stored.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    }
    return stored;
}

QString selectList(const RecordType& type)
{
    QStringList columns = {QStringLiteral("id"), QStringLiteral("household_id")};
    columns += type.fieldNames();
    return columns.join(QStringLiteral(", "));
}

Record fromRow(const RecordType& type, const Query& q)
{
    Record r;
    r.id = q.value(0).toString();
    r.householdId = q.value(1).toString();
    for (int i = 0; i < type.fields.size(); ++i) {
        const QVariant value = read(type.fields[i].kind, q.value(i + 2));
        if (value.isValid())
            r.values.insert(type.fields[i].name, value);
    }
    return r;
}

} // namespace

RecordStore::RecordStore(Database& db, const Session& session) : m_db(db), m_session(session) {}

std::optional<Record> RecordStore::load(const RecordType& type, const QString& id) const
{
    Query q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted = 0").arg(selectList(type), type.table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(type, q);
}

QHash<QString, Record> RecordStore::loadMany(const RecordType& type, const QStringList& ids) const
{
    QHash<QString, Record> out;
    if (ids.isEmpty())
        return out;
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id IN (SELECT value FROM json_each(?)) AND deleted = 0")
                  .arg(selectList(type), type.table));
    q.addBindList(ids);
    if (q.exec()) {
        while (q.next()) {
            Record record = fromRow(type, q);
            out.insert(record.id, record);
        }
    }
    return out;
}

QList<Record> RecordStore::forHousehold(const RecordType& type, const QString& householdId,
                                        const QString& orderBy) const
{
    QList<Record> out;
    Query q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE household_id = ? AND deleted = 0")
                  .arg(selectList(type), type.table) +
              (orderBy.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + orderBy));
    q.addBindValue(householdId);
    if (q.exec()) {
        while (q.next())
            out.append(fromRow(type, q));
    }
    return out;
}

JournalWriter::Edit RecordStore::saving(const RecordType& type, Record& record)
{
    const bool isNew = record.id.isEmpty();
    if (isNew)
        record.id = JournalWriter::newId();
    QVariantMap fields = record.values;
    if (!isNew) {
        // The record as a whole: a field it no longer holds is emptied.
        for (const FieldSpec& spec : type.fields) {
            if (!fields.contains(spec.name))
                fields.insert(spec.name, QVariant());
        }
    }
    return {type.name, record.id, record.householdId, isNew ? Change::Op::Create : Change::Op::Update,
            fields};
}

JournalWriter::Edit RecordStore::removing(const RecordType& type, const Record& record)
{
    return {type.name, record.id, record.householdId, Change::Op::Delete, {}};
}

Status RecordStore::save(const RecordType& type, Record& record, const QList<JournalWriter::Edit>& with)
{
    const QString idBefore = record.id;
    QList<JournalWriter::Edit> edits = {saving(type, record)};
    edits += with;
    Status s = JournalWriter(m_db, m_session).commit(edits);
    if (!s)
        record.id = idBefore; // nothing was saved: the record is still new
    return s;
}

Status RecordStore::remove(const RecordType& type, const Record& record,
                           const QList<JournalWriter::Edit>& with)
{
    if (record.id.isEmpty())
        return Status::ok();
    QList<JournalWriter::Edit> edits = {removing(type, record)};
    edits += with;
    return JournalWriter(m_db, m_session).commit(edits);
}

} // namespace ff
