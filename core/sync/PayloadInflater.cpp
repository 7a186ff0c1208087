// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PayloadInflater.h"

#include <QtEndian>

#include <zlib.h>

#include <limits>

namespace ff {

namespace {
constexpr qsizetype kPrefix = 4;
/// zlib's counts are unsigned int: the input is handed over in pieces of at most this.
constexpr qsizetype kPiece = qsizetype(1) << 30;
} // namespace

std::optional<QByteArray> PayloadInflater::inflate(QByteArrayView data, qint64 maxBytes)
{
    if (data.size() < kPrefix)
        return std::nullopt;
    const qint64 stated = qFromBigEndian<quint32>(data.constData());
    if (stated > maxBytes || stated > std::numeric_limits<qsizetype>::max() - 1)
        return std::nullopt;
    // One byte more than stated: a stream that fills it gives more than it said.
    QByteArray out(qsizetype(stated) + 1, Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    const auto* in = reinterpret_cast<const Bytef*>(data.constData() + kPrefix);
    qsizetype inLeft = data.size() - kPrefix;
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    qsizetype outLeft = out.size();
    int result = Z_OK;
    while (result == Z_OK) {
        if (stream.avail_in == 0 && inLeft > 0) {
            const qsizetype piece = std::min(inLeft, kPiece);
            stream.next_in = const_cast<Bytef*>(in);
            stream.avail_in = uInt(piece);
            in += piece;
            inLeft -= piece;
        }
        if (stream.avail_out == 0) {
            const qsizetype piece = std::min(outLeft, kPiece);
            if (piece == 0)
                break; // more than stated
            stream.avail_out = uInt(piece);
            outLeft -= piece;
        }
        result = ::inflate(&stream, Z_NO_FLUSH);
        if (result == Z_BUF_ERROR && stream.avail_in == 0 && inLeft == 0)
            break; // the data ends inside the stream
        if (result == Z_BUF_ERROR && stream.avail_out == 0)
            result = Z_OK; // room for more output comes from the next piece
    }
    const qint64 produced = qint64(stream.total_out);
    const bool whole = result == Z_STREAM_END && stream.avail_in == 0 && inLeft == 0 && produced == stated;
    inflateEnd(&stream);
    if (!whole)
        return std::nullopt;
    out.truncate(qsizetype(stated));
    return out;
}

} // namespace ff
