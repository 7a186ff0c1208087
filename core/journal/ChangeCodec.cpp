// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/ChangeCodec.h"

#include <QCborArray>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>
#include <QVarLengthArray>

#include <cmath>

namespace ff {

namespace {
bool isLegacyJson(const QByteArray& bytes) { return bytes.startsWith('{'); }

/// Whole numbers are kept as integers so that values read back compare equal to those written.
QVariant wholeNumbersAsIntegers(const QVariant& v)
{
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9e15)
            return QVariant(qint64(d));
    }
    return v;
}

void writeValue(QCborStreamWriter& w, const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
        w.append(v.toLongLong());
        break;
    case QMetaType::Double:
        w.append(v.toDouble());
        break;
    case QMetaType::Bool:
        w.append(qint64(v.toBool() ? 1 : 0));
        break;
    default:
        if (!v.isValid() || v.isNull())
            w.appendNull();
        else
            w.append(v.toString());
    }
}

bool readValue(const QCborValue& v, QVariant* out)
{
    if (v.isInteger())
        *out = QVariant(v.toInteger());
    else if (v.isDouble())
        *out = QVariant(v.toDouble());
    else if (v.isString())
        *out = QVariant(v.toString());
    else if (v.isNull())
        *out = QVariant();
    else
        return false;
    return true;
}

/// The map the bytes hold, or an empty one for anything that does not parse whole: a map cut
/// short parses into one with a key and no value, which Qt 6.4's QCborMap then reads past its end.
QCborMap cborMap(const QByteArray& bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    return error.error == QCborError::NoError ? value.toMap() : QCborMap();
}

/// Appends text as append(QString) would, without its conversion to a temporary UTF-8 array for
/// the short ASCII names and ids that make up most keys.
void appendText(QCborStreamWriter& w, QStringView text)
{
    constexpr qsizetype kMax = 64;
    if (text.size() <= kMax) {
        char ascii[kMax];
        bool isAscii = true;
        for (qsizetype i = 0; i < text.size() && isAscii; ++i) {
            const char16_t c = text[i].unicode();
            isAscii = c < 0x80;
            ascii[i] = char(c);
        }
        if (isAscii) {
            w.appendTextString(ascii, text.size());
            return;
        }
    }
    w.append(text);
}

void writeHeadChange(QCborStreamWriter& w, const FieldHead& h)
{
    w.startArray(3);
    appendText(w, h.change.device);
    w.append(h.change.seq);
    w.append(quint64(h.hlc));
    w.endArray();
}
} // namespace

void ChangeCodec::writeFields(QCborStreamWriter& w, const QVariantMap& fields)
{
    w.startMap(quint64(fields.size()));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        appendText(w, it.key());
        writeValue(w, it.value());
    }
    w.endMap();
}

void ChangeCodec::writeBases(QCborStreamWriter& w, const QMap<QString, QList<ChangeId>>& bases)
{
    w.startMap(quint64(bases.size()));
    for (auto it = bases.cbegin(); it != bases.cend(); ++it) {
        appendText(w, it.key());
        w.startArray(quint64(it->size()));
        for (const ChangeId& id : *it)
            w.append(id.toString());
        w.endArray();
    }
    w.endMap();
}

bool ChangeCodec::readFields(const QCborMap& map, QVariantMap* fields)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QVariant value;
        if (!it.key().isString() || !readValue(it.value(), &value))
            return false;
        fields->insert(it.key().toString(), value);
    }
    return true;
}

bool ChangeCodec::readBases(const QCborMap& map, QMap<QString, QList<ChangeId>>* bases)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.key().isString() || !it.value().isArray())
            return false;
        QList<ChangeId> ids;
        for (const QCborValue& id : it.value().toArray()) {
            const ChangeId parsed = ChangeId::fromString(id.toString());
            if (!id.isString() || parsed.isNull())
                return false;
            ids.append(parsed);
        }
        bases->insert(it.key().toString(), ids);
    }
    return true;
}

QByteArray ChangeCodec::fieldsToBytes(const QVariantMap& fields)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    writeFields(w, fields);
    return out;
}

QVariantMap ChangeCodec::fieldsFromBytes(const QByteArray& bytes)
{
    QVariantMap fields;
    if (isLegacyJson(bytes)) {
        fields = QJsonDocument::fromJson(bytes).object().toVariantMap();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            *it = wholeNumbersAsIntegers(*it);
        return fields;
    }
    readFields(cborMap(bytes), &fields);
    return fields;
}

QByteArray ChangeCodec::basesToBytes(const QMap<QString, QList<ChangeId>>& bases)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    writeBases(w, bases);
    return out;
}

QMap<QString, QList<ChangeId>> ChangeCodec::basesFromBytes(const QByteArray& bytes)
{
    QMap<QString, QList<ChangeId>> bases;
    if (isLegacyJson(bytes)) {
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QList<ChangeId> ids;
            for (const QJsonValue& v : it.value().toArray())
                ids.append(ChangeId::fromString(v.toString()));
            bases.insert(it.key(), ids);
        }
        return bases;
    }
    readBases(cborMap(bytes), &bases);
    return bases;
}

void ChangeCodec::writeHeads(QCborStreamWriter& w, const RecordHeads& heads)
{
    // {"c": [[device, seq, hlc], …], "f": {"field": [index into c, …]}}: a record's fields usually
    // share one or two changes, so each change is written once, in the order first met.
    QVarLengthArray<const FieldHead*, 8> changes;
    QVarLengthArray<qint64, 32> indexes; // per head, in the order of the map
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        for (const FieldHead& h : it.value()) {
            qsizetype i = 0;
            while (i < changes.size() && changes[i]->change != h.change)
                ++i;
            if (i == changes.size())
                changes.append(&h);
            indexes.append(i);
        }
    }
    w.startMap(2);
    w.append(QLatin1StringView("c"));
    w.startArray(quint64(changes.size()));
    for (const FieldHead* h : std::as_const(changes))
        writeHeadChange(w, *h);
    w.endArray();
    w.append(QLatin1StringView("f"));
    w.startMap(quint64(heads.size()));
    qsizetype next = 0;
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        appendText(w, it.key());
        w.startArray(quint64(it->size()));
        for (qsizetype i = 0; i < it->size(); ++i)
            w.append(indexes[next++]);
        w.endArray();
    }
    w.endMap();
    w.endMap();
}

void ChangeCodec::writeSoleHead(QCborStreamWriter& w, const FieldHead& head,
                                const QList<EncodedChange::Edit>& edits)
{
    w.startMap(2);
    w.append(QLatin1StringView("c"));
    w.startArray(edits.isEmpty() ? 0 : 1);
    if (!edits.isEmpty())
        writeHeadChange(w, head);
    w.endArray();
    w.append(QLatin1StringView("f"));
    w.startMap(quint64(edits.size()));
    for (const EncodedChange::Edit& e : edits) {
        appendText(w, e.field);
        w.startArray(1);
        w.append(qint64(0));
        w.endArray();
    }
    w.endMap();
    w.endMap();
}

QByteArray ChangeCodec::headsToBytes(const RecordHeads& heads)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    writeHeads(w, heads);
    return out;
}

RecordHeads ChangeCodec::headsFromBytes(const QByteArray& bytes)
{
    RecordHeads heads;
    if (isLegacyJson(bytes)) {
        // Before schema 6: {"c": ["device:seq@hlc", …], "f": {"field": [index, …]}} as JSON.
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QList<FieldHead> changes;
        for (const QJsonValue& v : o.value(QStringLiteral("c")).toArray()) {
            const QString text = v.toString();
            const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
            changes.append({ChangeId::fromString(text.left(at)), text.mid(at + 1).toULongLong()});
        }
        const QJsonObject fields = o.value(QStringLiteral("f")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QList<FieldHead> list;
            for (const QJsonValue& i : it.value().toArray())
                list.append(changes.value(i.toInt()));
            heads.insert(it.key(), list);
        }
        return heads;
    }
    const QCborMap m = cborMap(bytes);
    QList<FieldHead> changes;
    for (const QCborValue& v : m.value(QLatin1StringView("c")).toArray()) {
        const QCborArray a = v.toArray();
        changes.append({{a.at(0).toString(), a.at(1).toInteger()}, quint64(a.at(2).toInteger())});
    }
    const QCborMap fields = m.value(QLatin1StringView("f")).toMap();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QList<FieldHead> list;
        for (const QCborValue& i : it.value().toArray())
            list.append(changes.value(i.toInteger()));
        heads.insert(it.key().toString(), list);
    }
    return heads;
}

QString ChangeCodec::journalColumns()
{
    return QStringLiteral(
        "device, device_seq, hlc, author, entity, record_id, household_id, op, fields, bases");
}

Change ChangeCodec::fromJournalRow(const Query& q)
{
    Change c;
    c.id = {q.value(0).toString(), q.value(1).toLongLong()};
    c.hlc = q.value(2).toULongLong();
    c.author = q.value(3).toString();
    c.entity = q.value(4).toString();
    c.recordId = q.value(5).toString();
    c.householdId = q.value(6).toString();
    Change::opFromName(q.value(7).toString(), &c.op);
    c.fields = fieldsFromBytes(q.value(8).toByteArray());
    c.bases = basesFromBytes(q.value(9).toByteArray());
    return c;
}

} // namespace ff
