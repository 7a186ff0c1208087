// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PackageWriter.h"

#include "core/crypto/SealedBox.h"
#include "core/crypto/Signature.h"
#include "core/crypto/Sodium.h"
#include "core/crypto/StreamEncryptor.h"
#include "core/sync/ChangeCbor.h"
#include "core/sync/JournalPayload.h"
#include "core/sync/PackageHeader.h"

#include <QMap>
#include <QtEndian>

namespace ff {

namespace {
void appendU16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
void appendU32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
} // namespace

QByteArray PackageWriter::write(const QList<Change>& changes, const Sender& sender,
                                const Recipient& recipient, quint64 created)
{
    if (!crypto::ready() || !sender.signing.isValid() ||
        recipient.boxPublicKey.size() != crypto::KeyPair::kBoxPublicSize)
        return {};
    PackageHeader header;
    header.created = created;
    header.changes = changes.size();
    QMap<QString, PackageHeader::Range> ranges;
    for (const Change& c : changes) {
        auto it = ranges.find(c.id.device);
        if (it == ranges.end())
            ranges.insert(c.id.device, {c.id.device, c.id.seq, c.id.seq});
        else {
            it->first = std::min(it->first, c.id.seq);
            it->last = std::max(it->last, c.id.seq);
        }
    }
    header.ranges = ranges.values();
    return seal(qCompress(ChangeCbor::encode(changes), 6), header, sender, recipient);
}

QByteArray PackageWriter::write(const JournalPayload& changes, const Sender& sender,
                                const Recipient& recipient)
{
    if (!crypto::ready() || !sender.signing.isValid() ||
        recipient.boxPublicKey.size() != crypto::KeyPair::kBoxPublicSize)
        return {};
    PackageHeader header;
    header.created = changes.lastHlc();
    header.changes = changes.count();
    header.ranges = changes.ranges();
    return seal(qCompress(changes.payload(), 6), header, sender, recipient);
}

QByteArray PackageWriter::seal(const QByteArray& payload, PackageHeader header, const Sender& sender,
                               const Recipient& recipient)
{
    if (!crypto::ready() || !sender.signing.isValid() ||
        recipient.boxPublicKey.size() != crypto::KeyPair::kBoxPublicSize)
        return {};
    header.sender = sender.deviceId;
    header.recipient = recipient.id;
    if (sender.demo)
        header.profile = PackageHeader::kDemoProfile;
    header.plainSize = payload.size();
    header.chunks = std::max<qint64>(1, (payload.size() + kChunkSize - 1) / kChunkSize);
    header.payloadHash = crypto::hash(payload);
    const QByteArray headerBytes = header.toCbor();

    QByteArray out;
    out.reserve(payload.size() + headerBytes.size() + 4096);
    out.append(kMagic, sizeof(kMagic));
    appendU16(out, kVersion);
    appendU32(out, quint32(headerBytes.size()));
    out.append(headerBytes);

    const QByteArray fileKey = crypto::randomBytes(crypto::StreamEncryptor::kKeySize);
    out.append(crypto::SealedBox::seal(fileKey, recipient.boxPublicKey));
    crypto::StreamEncryptor stream(fileKey);
    out.append(stream.header());
    for (qint64 i = 0; i < header.chunks; ++i) {
        const QByteArray plain = payload.mid(i * kChunkSize, kChunkSize);
        const QByteArray cipher = stream.push(plain, i == header.chunks - 1);
        appendU32(out, quint32(cipher.size()));
        out.append(cipher);
    }
    out.append(crypto::Signature::sign(out, sender.signing.secretKey));
    return out;
}

} // namespace ff
