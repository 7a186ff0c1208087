// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ChangeCbor.h"

#include "core/journal/ChangeCodec.h"
#include "core/sync/PayloadReader.h"

#include <QCborStreamWriter>

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
    QList<EncodedChange> encoded;
    if (!PayloadReader(cbor).read(maxChanges, &encoded))
        return false;
    QList<Change> out;
    out.reserve(encoded.size());
    for (const EncodedChange& e : std::as_const(encoded))
        out.append(e.toChange());
    *changes = out;
    return true;
}

} // namespace ff
