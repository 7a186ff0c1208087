// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeyPair.h"
#include "core/journal/Change.h"
#include "core/sync/PackageHeader.h"

#include <QByteArray>
#include <QList>

namespace ff {

class JournalPayload;

/// Writes a sync package: header, the changes as compressed CBOR encrypted in 64 KiB secretstream
/// chunks under a random file key sealed to the recipient, and the sender's signature over it all.
/// The same bytes go over HTTP or on a USB stick (docs/sync-protocol.md gives every byte).
class PackageWriter
{
public:
    static constexpr char kMagic[8] = {'F', 'F', 'P', 'K', 'G', '\0', '\r', '\n'};
    static constexpr quint16 kVersion = 1;
    static constexpr int kChunkSize = 64 * 1024;

    struct Sender
    {
        QString deviceId;
        crypto::KeyPair signing;
        /// Written from the demo profile: the header says so (`profile` = `demo`), and a county
        /// refuses the package.
        bool demo = false;
    };
    struct Recipient
    {
        QString id;
        QByteArray boxPublicKey;
    };

    /// The package bytes, or empty if the keys are unusable.
    static QByteArray write(const QList<Change>& changes, const Sender& sender, const Recipient& recipient,
                            quint64 created);
    /// The package of changes read from the journal as they are stored (the county's pull pages):
    /// the same bytes write() gives for them, `created` the last change's clock.
    static QByteArray write(const JournalPayload& changes, const Sender& sender, const Recipient& recipient);
    /// The package of an already compressed payload (docs/sync-protocol.md §4.3) under `header`,
    /// whose sender, recipient, sizes and hash are filled in here: write() ends here, and tests make
    /// packages whose payload is not what it should be with it.
    static QByteArray seal(const QByteArray& payload, PackageHeader header, const Sender& sender,
                           const Recipient& recipient);
};

} // namespace ff
