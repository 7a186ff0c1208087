// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace ff {

/// Inflates a package's payload (docs/sync-protocol.md §4.3: the uncompressed size as 4 bytes, big
/// endian, then a zlib stream, as qCompress writes it) without ever holding more than it may.
///
/// qUncompress trusts the size the data states only as a first guess and grows its buffer for as
/// long as the stream goes on, so 3 MB that inflate without end took a county server to 3.9 GB.
/// Here the stated size is the most that is inflated: a stream that would give more, or less, or
/// that has bytes after its end, is refused, and so is a stated size over `maxBytes`.
class PayloadInflater
{
public:
    [[nodiscard]] static std::optional<QByteArray> inflate(QByteArrayView data, qint64 maxBytes);
};

} // namespace ff
