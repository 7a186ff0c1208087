// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/EncodedChange.h"

#include "core/journal/ChangeCodec.h"

namespace ff {

bool EncodedChange::sets(QStringView field) const
{
    for (const Edit& e : edits) {
        if (e.field == field)
            return true;
    }
    return false;
}

QVariantMap EncodedChange::values() const { return ChangeCodec::fieldsFromBytes(fields); }

QByteArray EncodedChange::opText(Change::Op op)
{
    static const QByteArray names[] = {QByteArrayLiteral("create"), QByteArrayLiteral("update"),
                                       QByteArrayLiteral("delete"), QByteArrayLiteral("resolve")};
    return names[int(op)];
}

EncodedChange EncodedChange::fromChange(const Change& change)
{
    EncodedChange e;
    e.id = change.id;
    e.device = change.id.device.toUtf8();
    e.hlc = change.hlc;
    e.author = change.author.toUtf8();
    e.entity = change.entity;
    e.recordId = change.recordId.toUtf8();
    e.householdId = change.householdId.toUtf8();
    e.op = change.op;
    e.fields = ChangeCodec::fieldsToBytes(change.fields);
    e.bases = ChangeCodec::basesToBytes(change.bases);
    e.edits.reserve(change.fields.size());
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
        e.edits.append({it.key(), change.bases.value(it.key())});
    for (auto it = change.bases.cbegin(); it != change.bases.cend(); ++it)
        e.basesOutsideFields = e.basesOutsideFields || !change.fields.contains(it.key());
    return e;
}

Change EncodedChange::toChange() const
{
    Change c;
    c.id = id;
    c.hlc = hlc;
    c.author = QString::fromUtf8(author);
    c.entity = entity;
    c.recordId = QString::fromUtf8(recordId);
    c.householdId = QString::fromUtf8(householdId);
    c.op = op;
    c.fields = values();
    c.bases = ChangeCodec::basesFromBytes(bases);
    return c;
}

} // namespace ff
