// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeyPair.h"
#include "core/sync/PackageHeader.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace ff {

/// The county's signed answer to an imported package: which package, from which device, what
/// became of it, and which sequence numbers of which origins it now holds. Carried back to the
/// laptop (on the same USB stick) so the laptop knows what arrived (docs/sync-protocol.md).
struct Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)

public:
    static constexpr char kMagic[8] = {'F', 'F', 'R', 'C', 'T', '\0', '\r', '\n'};

    QString county;
    QString device;
    QString person;         ///< whom the county enrolled the device for (empty when it does not know)
    QString station;        ///< that person's station (empty for none)
    QByteArray packageHash; ///< BLAKE2b-256 of the whole package file
    qint64 importedAt = 0;  ///< milliseconds since the epoch, county clock
    QString outcome;        ///< "applied" or "already-imported"
    qint64 applied = 0;
    qint64 alreadyHere = 0;
    qint64 parked = 0;
    qint64 conflicts = 0;
    QMap<QString, qint64> parkedReasons; ///< reason code → count (ChangeImporter::reasonText)
    QList<PackageHeader::Range> ranges;

    QByteArray sign(const crypto::KeyPair& countySigning) const;
    /// Reads a receipt and checks the county's signature.
    [[nodiscard]] static Status read(const QByteArray& bytes, const QByteArray& countySigningPublicKey,
                                     Receipt* receipt);
};

} // namespace ff
