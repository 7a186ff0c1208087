// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Receipt.h"

#include "core/crypto/Signature.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QtEndian>

namespace ff {

QByteArray Receipt::sign(const crypto::KeyPair& countySigning) const
{
    QCborArray rangeArray;
    for (const PackageHeader::Range& r : ranges)
        rangeArray.append(QCborArray{r.origin, r.first, r.last});
    QCborMap m;
    m.insert(QLatin1StringView("county"), county);
    m.insert(QLatin1StringView("device"), device);
    // Whose package, for the reports of whoever carries it in; only when the county knows.
    if (!person.isEmpty())
        m.insert(QLatin1StringView("person"), person);
    if (!station.isEmpty())
        m.insert(QLatin1StringView("station"), station);
    m.insert(QLatin1StringView("package"), packageHash);
    m.insert(QLatin1StringView("importedAt"), importedAt);
    m.insert(QLatin1StringView("outcome"), outcome);
    m.insert(QLatin1StringView("applied"), applied);
    m.insert(QLatin1StringView("already"), alreadyHere);
    m.insert(QLatin1StringView("parked"), parked);
    m.insert(QLatin1StringView("conflicts"), conflicts);
    m.insert(QLatin1StringView("ranges"), rangeArray);
    if (!parkedReasons.isEmpty()) {
        QCborMap reasons;
        for (auto it = parkedReasons.cbegin(); it != parkedReasons.cend(); ++it)
            reasons.insert(it.key(), it.value());
        m.insert(QLatin1StringView("parkedReasons"), reasons);
    }
    const QByteArray body = m.toCborValue().toCbor();
    QByteArray out(kMagic, sizeof(kMagic));
    char length[4];
    qToLittleEndian(quint32(body.size()), length);
    out.append(length, 4);
    out.append(body);
    out.append(crypto::Signature::sign(out, countySigning.secretKey));
    return out;
}

Status Receipt::read(const QByteArray& bytes, const QByteArray& countySigningPublicKey, Receipt* receipt)
{
    if (bytes.size() < 12 + crypto::Signature::kSize || bytes.size() > 1024 * 1024 ||
        !bytes.startsWith(QByteArray(kMagic, sizeof(kMagic))))
        return Error{tr("This file is not a Fieldfile receipt."), QStringLiteral("magic")};
    const qint64 length = qFromLittleEndian<quint32>(bytes.constData() + 8);
    if (12 + length + crypto::Signature::kSize != bytes.size())
        return Error{tr("The receipt is incomplete or damaged."), QStringLiteral("length")};
    const QByteArray signedPart = bytes.left(12 + length);
    if (!crypto::Signature::verify(bytes.right(crypto::Signature::kSize), signedPart, countySigningPublicKey))
        return Error{tr("The receipt is not signed by this county: it was altered or comes from elsewhere."),
                     QStringLiteral("signature")};
    QCborParserError error;
    const QCborMap m = QCborValue::fromCbor(bytes.mid(12, length), &error).toMap();
    if (error.error != QCborError::NoError)
        return Error{tr("The receipt is incomplete or damaged."), QStringLiteral("cbor")};
    Receipt r;
    r.county = m.value(QLatin1StringView("county")).toString();
    r.device = m.value(QLatin1StringView("device")).toString();
    r.person = m.value(QLatin1StringView("person")).toString();
    r.station = m.value(QLatin1StringView("station")).toString();
    r.packageHash = m.value(QLatin1StringView("package")).toByteArray();
    r.importedAt = m.value(QLatin1StringView("importedAt")).toInteger();
    r.outcome = m.value(QLatin1StringView("outcome")).toString();
    r.applied = m.value(QLatin1StringView("applied")).toInteger();
    r.alreadyHere = m.value(QLatin1StringView("already")).toInteger();
    r.parked = m.value(QLatin1StringView("parked")).toInteger();
    r.conflicts = m.value(QLatin1StringView("conflicts")).toInteger();
    for (const QCborValue& v : m.value(QLatin1StringView("ranges")).toArray()) {
        const QCborArray a = v.toArray();
        r.ranges.append({a.at(0).toString(), a.at(1).toInteger(), a.at(2).toInteger()});
    }
    const QCborMap reasons = m.value(QLatin1StringView("parkedReasons")).toMap();
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        r.parkedReasons.insert(it.key().toString(), it.value().toInteger());
    *receipt = r;
    return Status::ok();
}

} // namespace ff
