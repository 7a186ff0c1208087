// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ZeroStream.h"

#include <QFile>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>

namespace ff::test {

QByteArray zeroStream(qint64 zeros, quint32 stated)
{
    QByteArray out(4, '\0');
    qToBigEndian(stated, out.data());
    z_stream stream{};
    if (deflateInit(&stream, 9) != Z_OK)
        return {};
    const QByteArray block(1024 * 1024, '\0');
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (qint64 left = zeros;;) {
        const qint64 piece = std::min<qint64>(left, block.size());
        left -= piece;
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(block.constData()));
        stream.avail_in = uInt(piece);
        const int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        int result = Z_OK;
        do {
            stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
            stream.avail_out = uInt(buffer.size());
            result = deflate(&stream, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
        } while (stream.avail_out == 0);
        if (result == Z_STREAM_END || result < 0)
            break;
    }
    deflateEnd(&stream);
    return out;
}

qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeakMemory()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

} // namespace ff::test
