// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/KeyPair.h"
#include "core/journal/Change.h"
#include "core/journal/EncodedChange.h"
#include "core/sync/PackageHeader.h"
#include "core/sync/PayloadReader.h"
#include "core/util/Result.h"

#include <functional>
#include <optional>
#include <QCoreApplication>

namespace ff {

/// Opens a sync package, checking in an order that never decrypts what it should not: size and
/// format, header limits, recipient, sender known and not revoked, signature over every byte,
/// then the sealed key and each chunk, the payload hash, the decompressed size, and the changes.
/// Every refusal has its own message for the person importing.
class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(PackageReader)

public:
    struct Recipient
    {
        QString id;
        crypto::KeyPair box;
    };
    using DeviceLookup = std::function<std::optional<KnownDevice>(const QString& deviceId)>;

    /// Reads only as far as the header (after the size and format checks).
    [[nodiscard]] static Status readHeader(const QByteArray& bytes, const PackageLimits& limits,
                                           PackageHeader* header);

    [[nodiscard]] static Status read(const QByteArray& bytes, const Recipient& recipient,
                                     const DeviceLookup& devices, const PackageLimits& limits,
                                     PackageHeader* header, QList<Change>* changes);
    /// Every check up to and including decompression; `cbor` receives the payload (a CBOR array of
    /// changes, read with PayloadReader, whose count must be header->changes).
    [[nodiscard]] static Status open(const QByteArray& bytes, const Recipient& recipient,
                                     const DeviceLookup& devices, const PackageLimits& limits,
                                     PackageHeader* header, QByteArray* cbor);
    /// The refusal of a payload that open() let through but that does not read as changes: a
    /// sentence of its own for what was found (PayloadReader::Fault), `error` as the detail.
    static Status unreadablePayload(const PayloadReader::Fault& fault, const QString& error);
    /// The refusal of a payload that holds another number of changes than its header says.
    static Status wrongCount(qint64 held, qint64 declared);
    /// The same checks; the changes as the journal will store them (PayloadReader), for import.
    [[nodiscard]] static Status read(const QByteArray& bytes, const Recipient& recipient,
                                     const DeviceLookup& devices, const PackageLimits& limits,
                                     PackageHeader* header, QList<EncodedChange>* changes);
};

} // namespace ff
