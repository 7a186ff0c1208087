// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ChangeCbor.h"

#include "journal/ChangeCodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>

namespace ff {

QByteArray ChangeCbor::encode(const QList<Change>& changes)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(quint64(changes.size()));
    for (const Change& c : changes) {
        w.startMap(10);
        w.append(QLatin1StringView("d"));
        w.append(c.id.device);
        w.append(QLatin1StringView("s"));
        w.append(c.id.seq);
        w.append(QLatin1StringView("h"));
        w.append(quint64(c.hlc));
        w.append(QLatin1StringView("a"));
        w.append(c.author);
        w.append(QLatin1StringView("e"));
        w.append(c.entity);
        w.append(QLatin1StringView("r"));
        w.append(c.recordId);
        w.append(QLatin1StringView("o"));
        w.append(c.householdId);
        w.append(QLatin1StringView("p"));
        w.append(Change::opName(c.op));
        w.append(QLatin1StringView("f"));
        ChangeCodec::writeFields(w, c.fields);
        w.append(QLatin1StringView("b"));
        ChangeCodec::writeBases(w, c.bases);
        w.endMap();
    }
    w.endArray();
    return out;
}

bool ChangeCbor::decode(const QByteArray& cbor, int maxChanges, QList<Change>* changes)
{
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(cbor, &error);
    if (error.error != QCborError::NoError || !root.isArray())
        return false;
    const QCborArray array = root.toArray();
    if (array.size() > maxChanges)
        return false;
    QList<Change> out;
    out.reserve(array.size());
    for (const QCborValue& item : array) {
        if (!item.isMap())
            return false;
        const QCborMap m = item.toMap();
        auto text = [&](const char* key, bool* ok) {
            const QCborValue v = m.value(QLatin1StringView(key));
            *ok = *ok && v.isString();
            return v.toString();
        };
        bool ok = true;
        Change c;
        c.id.device = text("d", &ok);
        const QCborValue seq = m.value(QLatin1StringView("s"));
        const QCborValue hlc = m.value(QLatin1StringView("h"));
        ok = ok && seq.isInteger() && hlc.isInteger();
        c.id.seq = seq.toInteger();
        c.hlc = quint64(hlc.toInteger());
        c.author = text("a", &ok);
        c.entity = text("e", &ok);
        c.recordId = text("r", &ok);
        c.householdId = text("o", &ok);
        ok = ok && Change::opFromName(text("p", &ok), &c.op);
        const QCborValue fields = m.value(QLatin1StringView("f"));
        const QCborValue bases = m.value(QLatin1StringView("b"));
        ok = ok && fields.isMap() && bases.isMap();
        if (!ok)
            return false;
        if (!ChangeCodec::readFields(fields.toMap(), &c.fields) ||
            !ChangeCodec::readBases(bases.toMap(), &c.bases))
            return false;
        out.append(c);
    }
    *changes = out;
    return true;
}

} // namespace ff
