// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/ChangeCodec.h"

#include <QHash>
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
    // {"c": ["device:seq@hlc", …], "f": {"field": [index into c, …]}}: a record's fields usually
    // share one or two changes, so each change is written once.
    QJsonArray changes;
    QHash<ChangeId, int> index;
    QJsonObject fields;
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        QJsonArray refs;
        for (const FieldHead& h : it.value()) {
            auto found = index.constFind(h.change);
            if (found == index.cend()) {
                found = index.insert(h.change, int(changes.size()));
                changes.append(h.change.toString() + QLatin1Char('@') + QString::number(h.hlc));
            }
            refs.append(*found);
        }
        fields.insert(it.key(), refs);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("c"), changes}, {QStringLiteral("f"), fields}})
        .toJson(QJsonDocument::Compact);
}

RecordHeads ChangeCodec::headsFromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QList<FieldHead> changes;
    for (const QJsonValue& v : o.value(QStringLiteral("c")).toArray()) {
        const QString text = v.toString();
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        changes.append({ChangeId::fromString(text.left(at)), text.mid(at + 1).toULongLong()});
    }
    RecordHeads heads;
    const QJsonObject fields = o.value(QStringLiteral("f")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QList<FieldHead> list;
        for (const QJsonValue& i : it.value().toArray())
            list.append(changes.value(i.toInt()));
        heads.insert(it.key(), list);
    }
    return heads;
}

QString ChangeCodec::journalColumns()
{
    return QStringLiteral(
        "device, device_seq, hlc, author, entity, record_id, household_id, op, fields, bases");
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
