// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ff {

/// The readable part of a sync package: who sent it to whom and what it claims to hold. It is
/// checked against the limits before anything is decrypted (docs/sync-protocol.md).
struct PackageHeader
{
    struct Range
    {
        QString origin;
        qint64 first = 0;
        qint64 last = 0;
    };

    QString sender;
    QString recipient;
    quint64 created = 0; ///< the sender's hybrid logical clock when it wrote the package
    qint64 changes = 0;
    qint64 plainSize = 0; ///< bytes of the compressed payload (what the chunks carry)
    qint64 chunks = 0;
    QByteArray payloadHash; ///< BLAKE2b-256 of the compressed payload
    QList<Range> ranges;    ///< per origin device, the sequence numbers it carries
    /// The kind of profile that wrote it: empty for a laptop of a county, kDemoProfile for the demo
    /// profile (whose packages the county refuses). In the CBOR only when not empty.
    QString profile;
    static constexpr QLatin1StringView kDemoProfile{"demo"};
    bool isFromDemo() const { return profile == kDemoProfile; }

    QByteArray toCbor() const;
    [[nodiscard]] static bool fromCbor(const QByteArray& cbor, PackageHeader* header);
};

/// What a receiver accepts at most; checked before any decryption.
struct PackageLimits
{
    qint64 maxFileBytes = qint64(256) * 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    qint64 maxChanges = 1'000'000;
    qint64 maxPayloadBytes = qint64(256) * 1024 * 1024;
    qint64 maxUncompressedBytes = qint64(1024) * 1024 * 1024;
};

/// A device a receiver knows: its signing key, and whether it may still send.
struct KnownDevice
{
    QString id;
    QByteArray signingPublicKey;
    bool revoked = false;
};

} // namespace ff
