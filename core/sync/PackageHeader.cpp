// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PackageHeader.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>

namespace ff {

QByteArray PackageHeader::toCbor() const
{
    QCborArray rangeArray;
    for (const Range& r : ranges)
        rangeArray.append(QCborArray{r.origin, r.first, r.last});
    QCborMap m;
    m.insert(QLatin1StringView("sender"), sender);
    m.insert(QLatin1StringView("recipient"), recipient);
    m.insert(QLatin1StringView("created"), qint64(created));
    m.insert(QLatin1StringView("changes"), changes);
    m.insert(QLatin1StringView("payloadSize"), plainSize);
    m.insert(QLatin1StringView("chunks"), chunks);
    m.insert(QLatin1StringView("payloadHash"), payloadHash);
    m.insert(QLatin1StringView("ranges"), rangeArray);
    if (!profile.isEmpty())
        m.insert(QLatin1StringView("profile"), profile);
    return m.toCborValue().toCbor();
}

bool PackageHeader::fromCbor(const QByteArray& cbor, PackageHeader* out)
{
    // Exactly one map fills the header's H bytes: nothing may follow it (docs/sync-protocol.md
    // §4.7 step 6), so no reader skips bytes that another might read as something.
    QCborStreamReader reader(cbor);
    const QCborValue root = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError || !root.isMap() || reader.currentOffset() != cbor.size())
        return false;
    const QCborMap m = root.toMap();
    auto value = [&](const char* key) { return m.value(QLatin1StringView(key)); };
    PackageHeader h;
    if (!value("sender").isString() || !value("recipient").isString() || !value("created").isInteger() ||
        !value("changes").isInteger() || !value("payloadSize").isInteger() || !value("chunks").isInteger() ||
        !value("payloadHash").isByteArray() || !value("ranges").isArray())
        return false;
    h.sender = value("sender").toString();
    h.recipient = value("recipient").toString();
    h.created = quint64(value("created").toInteger());
    h.changes = value("changes").toInteger();
    h.plainSize = value("payloadSize").toInteger();
    h.chunks = value("chunks").toInteger();
    h.payloadHash = value("payloadHash").toByteArray();
    for (const QCborValue& r : value("ranges").toArray()) {
        const QCborArray a = r.toArray();
        if (a.size() != 3 || !a.at(0).isString() || !a.at(1).isInteger() || !a.at(2).isInteger())
            return false;
        h.ranges.append({a.at(0).toString(), a.at(1).toInteger(), a.at(2).toInteger()});
    }
    if (h.changes < 0 || h.plainSize < 0 || h.chunks < 1 || h.payloadHash.size() != 32)
        return false;
    // Optional; when present, the one kind there is.
    if (m.contains(QLatin1StringView("profile"))) {
        if (value("profile").toString() != kDemoProfile)
            return false;
        h.profile = value("profile").toString();
    }
    *out = h;
    return true;
}

} // namespace ff
