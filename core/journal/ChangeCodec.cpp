// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/ChangeCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace ff {

QByteArray ChangeCodec::fieldsToJson(const QVariantMap& fields)
{
    return QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact);
}

QVariantMap ChangeCodec::fieldsFromJson(const QByteArray& json)
{
    QVariantMap fields = QJsonDocument::fromJson(json).object().toVariantMap();
    // JSON numbers come back as double; whole numbers are kept as integers so they compare equal.
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it->typeId() == QMetaType::Double) {
            const double d = it->toDouble();
            if (d == double(qint64(d)) && std::abs(d) < 9e15)
                *it = QVariant(qint64(d));
        }
    }
    return fields;
}

QByteArray ChangeCodec::basesToJson(const QMap<QString, QList<ChangeId>>& bases)
{
    QJsonObject o;
    for (auto it = bases.cbegin(); it != bases.cend(); ++it) {
        QJsonArray ids;
        for (const ChangeId& id : it.value())
            ids.append(id.toString());
        o.insert(it.key(), ids);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QMap<QString, QList<ChangeId>> ChangeCodec::basesFromJson(const QByteArray& json)
{
    QMap<QString, QList<ChangeId>> bases;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QList<ChangeId> ids;
        for (const QJsonValue& v : it.value().toArray())
            ids.append(ChangeId::fromString(v.toString()));
        bases.insert(it.key(), ids);
    }
    return bases;
}

QByteArray ChangeCodec::headsToJson(const RecordHeads& heads)
{
    QJsonObject o;
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        QJsonArray list;
        for (const FieldHead& h : it.value()) {
            list.append(QJsonArray{h.change.toString(), QString::number(h.hlc), QJsonValue::fromVariant(h.value)});
        }
        o.insert(it.key(), list);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

RecordHeads ChangeCodec::headsFromJson(const QByteArray& json)
{
    RecordHeads heads;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QList<FieldHead> list;
        for (const QJsonValue& entry : it.value().toArray()) {
            const QJsonArray a = entry.toArray();
            QVariant value = a.at(2).toVariant();
            if (value.typeId() == QMetaType::Double) {
                const double d = value.toDouble();
                if (d == double(qint64(d)) && std::abs(d) < 9e15)
                    value = QVariant(qint64(d));
            }
            list.append({ChangeId::fromString(a.at(0).toString()), a.at(1).toString().toULongLong(), value});
        }
        heads.insert(it.key(), list);
    }
    return heads;
}

QString ChangeCodec::journalColumns()
{
    return QStringLiteral("device, device_seq, hlc, author, entity, record_id, household_id, op, fields, bases");
}

Change ChangeCodec::fromJournalRow(const QSqlQuery& q)
{
    Change c;
    c.id = {q.value(0).toString(), q.value(1).toLongLong()};
    c.hlc = q.value(2).toULongLong();
    c.author = q.value(3).toString();
    c.entity = q.value(4).toString();
    c.recordId = q.value(5).toString();
    c.householdId = q.value(6).toString();
    Change::opFromName(q.value(7).toString(), &c.op);
    c.fields = fieldsFromJson(q.value(8).toByteArray());
    c.bases = basesFromJson(q.value(9).toByteArray());
    return c;
}

} // namespace ff
