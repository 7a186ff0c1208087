// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PackageReader.h"

#include "core/crypto/SealedBox.h"
#include "core/crypto/Signature.h"
#include "core/crypto/Sodium.h"
#include "core/crypto/StreamDecryptor.h"
#include "core/crypto/StreamEncryptor.h"
#include "core/sync/PackageWriter.h"
#include "core/sync/PayloadInflater.h"

#include <QLocale>
#include <QtEndian>

namespace ff {

namespace {
constexpr qint64 kPrefix = 8 + 2 + 4; // magic, version, header length
constexpr qint64 kSealedKey = crypto::SealedBox::kOverhead + crypto::StreamEncryptor::kKeySize;
constexpr qint64 kMaxCipherChunk = PackageWriter::kChunkSize + crypto::StreamEncryptor::kOverhead;

QString megabytes(qint64 bytes) { return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1); }
} // namespace

Status PackageReader::readHeader(const QByteArray& bytes, const PackageLimits& limits, PackageHeader* header)
{
    if (bytes.size() > limits.maxFileBytes) {
        return Error{tr("The file is too large to be a sync package (%1 MB; at most %2 MB).")
                         .arg(megabytes(bytes.size()), megabytes(limits.maxFileBytes)),
                     QStringLiteral("oversize")};
    }
    if (bytes.size() < kPrefix || !bytes.startsWith(QByteArray(PackageWriter::kMagic, 8)))
        return Error{tr("This file is not a Fieldfile sync package."), QStringLiteral("magic")};
    const quint16 version = qFromLittleEndian<quint16>(bytes.constData() + 8);
    if (version != PackageWriter::kVersion) {
        return Error{
            tr("This package was made by another version of Fieldfile (format %1); update Fieldfile to "
               "read it.")
                .arg(version),
            QStringLiteral("version")};
    }
    const qint64 headerSize = qFromLittleEndian<quint32>(bytes.constData() + 10);
    if (headerSize > limits.maxHeaderBytes)
        return Error{tr("The package is damaged: its header is too large."), QStringLiteral("header size")};
    if (bytes.size() < kPrefix + headerSize) {
        return Error{tr("The package is incomplete: the file ends inside its header. Copy it again."),
                     QStringLiteral("truncated header")};
    }
    if (!PackageHeader::fromCbor(bytes.mid(kPrefix, headerSize), header))
        return Error{tr("The package is damaged: its header cannot be read."), QStringLiteral("header")};
    if (header->changes > limits.maxChanges || header->plainSize > limits.maxPayloadBytes ||
        header->chunks != std::max<qint64>(1, (header->plainSize + PackageWriter::kChunkSize - 1) /
                                                  PackageWriter::kChunkSize)) {
        return Error{tr("The package claims more than a package may hold (%1 changes). It is refused.")
                         .arg(header->changes),
                     QStringLiteral("limits")};
    }
    return Status::ok();
}

Status PackageReader::read(const QByteArray& bytes, const Recipient& recipient, const DeviceLookup& devices,
                           const PackageLimits& limits, PackageHeader* headerOut, QList<Change>* changes)
{
    QList<EncodedChange> encoded;
    if (Status s = read(bytes, recipient, devices, limits, headerOut, &encoded); !s)
        return s;
    QList<Change> decoded;
    decoded.reserve(encoded.size());
    for (const EncodedChange& e : std::as_const(encoded))
        decoded.append(e.toChange());
    *changes = decoded;
    return Status::ok();
}

Status PackageReader::unreadablePayload(const PayloadReader::Fault& fault, const QString& error)
{
    const QString detail = QStringLiteral("payload: ") + error;
    using Kind = PayloadReader::Fault::Kind;
    switch (fault.kind) {
    case Kind::Change:
        return Error{tr("The package is damaged: change %1 in it cannot be read.").arg(fault.change), detail};
    case Kind::TooManyChanges:
        return Error{
            tr("The package is damaged: it holds more than %1 changes, more than a package may hold.")
                .arg(QLocale().toString(qint64(fault.maxChanges))),
            detail};
    case Kind::List:
    case Kind::None:
        break;
    }
    return Error{tr("The package is damaged: its list of changes cannot be read."), detail};
}

Status PackageReader::wrongCount(qint64 held, qint64 declared)
{
    return Error{
        tr("The package is damaged: it holds %1 change(s), but its header says %2.").arg(held).arg(declared),
        QStringLiteral("payload: %1 changes, the header says %2").arg(held).arg(declared)};
}

Status PackageReader::read(const QByteArray& bytes, const Recipient& recipient, const DeviceLookup& devices,
                           const PackageLimits& limits, PackageHeader* headerOut,
                           QList<EncodedChange>* changes)
{
    PackageHeader header;
    QByteArray cbor;
    if (Status s = open(bytes, recipient, devices, limits, &header, &cbor); !s)
        return s;
    if (headerOut)
        *headerOut = header;
    QList<EncodedChange> decoded;
    PayloadReader reader(cbor);
    if (!reader.read(limits.maxChanges, &decoded))
        return unreadablePayload(reader.fault(), reader.error());
    if (decoded.size() != header.changes)
        return wrongCount(decoded.size(), header.changes);
    *changes = std::move(decoded);
    return Status::ok();
}

Status PackageReader::open(const QByteArray& bytes, const Recipient& recipient, const DeviceLookup& devices,
                           const PackageLimits& limits, PackageHeader* headerOut, QByteArray* cborOut)
{
    PackageHeader header;
    if (Status s = readHeader(bytes, limits, &header); !s)
        return s;
    if (headerOut)
        *headerOut = header;
    if (header.recipient != recipient.id) {
        return Error{
            tr("This package is addressed to “%1”, not to “%2”.").arg(header.recipient, recipient.id),
            QStringLiteral("recipient")};
    }
    const std::optional<KnownDevice> device = devices(header.sender);
    if (!device)
        return Error{tr("The package comes from a device that is not enrolled here (%1).").arg(header.sender),
                     QStringLiteral("unknown device")};
    if (device->revoked)
        return Error{
            tr("The package comes from a device that was revoked (%1). It is refused.").arg(header.sender),
            QStringLiteral("revoked")};

    // Walk the structure before trusting it, so a cut file is named as such.
    const qint64 headerSize = qFromLittleEndian<quint32>(bytes.constData() + 10);
    qint64 at = kPrefix + headerSize + kSealedKey + crypto::StreamEncryptor::kHeaderSize;
    QList<QPair<qint64, qint64>> chunks;
    for (qint64 i = 0; i < header.chunks; ++i) {
        if (at + 4 > bytes.size())
            break;
        const qint64 size = qFromLittleEndian<quint32>(bytes.constData() + at);
        if (size > kMaxCipherChunk || size < crypto::StreamEncryptor::kOverhead)
            return Error{tr("The package is damaged (part %1 has an impossible size).").arg(i + 1),
                         QStringLiteral("chunk size")};
        at += 4;
        if (at + size > bytes.size())
            break;
        chunks.append({at, size});
        at += size;
    }
    if (chunks.size() < header.chunks || at + crypto::Signature::kSize > bytes.size()) {
        return Error{tr("The package is incomplete: it ends after %1 of its %2 parts. Copy it again from the "
                        "laptop.")
                         .arg(chunks.size())
                         .arg(header.chunks),
                     QStringLiteral("truncated")};
    }
    if (at + crypto::Signature::kSize != bytes.size())
        return Error{tr("The package has extra bytes after its end. It is refused."),
                     QStringLiteral("trailing")};
    if (!crypto::Signature::verify(bytes.mid(at), bytes.left(at), device->signingPublicKey)) {
        return Error{tr("The package's signature does not match the device %1: it was altered or forged.")
                         .arg(header.sender),
                     QStringLiteral("signature")};
    }

    QByteArray fileKey;
    const qint64 sealedAt = kPrefix + headerSize;
    if (!crypto::SealedBox::open(bytes.mid(sealedAt, kSealedKey), recipient.box.publicKey,
                                 recipient.box.secretKey, &fileKey))
        return Error{tr("This package cannot be opened with this county's key."),
                     QStringLiteral("sealed key")};
    crypto::StreamDecryptor stream(bytes.mid(sealedAt + kSealedKey, crypto::StreamEncryptor::kHeaderSize),
                                   fileKey);
    QByteArray payload;
    payload.reserve(header.plainSize);
    for (int i = 0; i < chunks.size(); ++i) {
        QByteArray plain;
        bool final = false;
        if (!stream.pull(bytes.mid(chunks[i].first, chunks[i].second), &plain, &final) ||
            final != (i == chunks.size() - 1))
            return Error{tr("The package is damaged (part %1 fails its check).").arg(i + 1),
                         QStringLiteral("chunk")};
        payload.append(plain);
    }
    if (payload.size() != header.plainSize || !crypto::equal(crypto::hash(payload), header.payloadHash))
        return Error{tr("The package is damaged: its contents do not match its header."),
                     QStringLiteral("hash")};
    if (payload.size() < 4 || qFromBigEndian<quint32>(payload.constData()) > limits.maxUncompressedBytes)
        return Error{tr("The package is damaged: its compressed contents do not state their size, or state "
                        "more than %1 MB.")
                         .arg(megabytes(limits.maxUncompressedBytes)),
                     QStringLiteral("size")};
    // Never more than the stated size, whatever the stream would give (PayloadInflater): the
    // stated size must be exactly what the stream gives, no more and no less.
    std::optional<QByteArray> cbor = PayloadInflater::inflate(payload, limits.maxUncompressedBytes);
    payload.clear();
    if (!cbor || cbor->isEmpty())
        return Error{tr("The package is damaged: its contents do not decompress to exactly the size they "
                        "state."),
                     QStringLiteral("payload: not compressed data of the size it states")};
    *cborOut = std::move(*cbor);
    return Status::ok();
}

} // namespace ff
