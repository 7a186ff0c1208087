// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The payload is inflated to the size it states and no further, whatever its stream would give.
#include "tests/support/QtStringMaker.h"

#include "core/sync/PayloadInflater.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QtEndian>

#include <zlib.h>

using namespace ff;

namespace {
/// `zeros` zero bytes compressed in one zlib stream, stated as `stated`: built a megabyte at a
/// time, so that making a bomb does not itself take the memory it would.
QByteArray zeroStream(qint64 zeros, quint32 stated)
{
    QByteArray out(4, '\0');
    qToBigEndian(stated, out.data());
    z_stream stream{};
    REQUIRE(deflateInit(&stream, 9) == Z_OK);
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
        if (result == Z_STREAM_END)
            break;
    }
    deflateEnd(&stream);
    return out;
}

/// The most memory this process has held since resetPeak(), in KiB.
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    REQUIRE(refs.open(QIODevice::WriteOnly));
    refs.write("5");
}
} // namespace

TEST_CASE("a payload inflates to exactly the size it states", "[sync][inflate]")
{
    const QByteArray text = QByteArray("一户一档 ").repeated(5000);
    const QByteArray payload = qCompress(text, 6);
    const std::optional<QByteArray> inflated = PayloadInflater::inflate(payload, 1 << 20);
    REQUIRE(inflated);
    CHECK(*inflated == text);
    CHECK(qUncompress(payload) == text); // the same format as Qt's

    // Stated larger than the stream gives, or smaller; cut short; bytes after its end; over the limit.
    QByteArray larger = payload;
    qToBigEndian(quint32(text.size() + 1), larger.data());
    CHECK_FALSE(PayloadInflater::inflate(larger, 1 << 20));
    QByteArray smaller = payload;
    qToBigEndian(quint32(text.size() - 1), smaller.data());
    CHECK_FALSE(PayloadInflater::inflate(smaller, 1 << 20));
    CHECK_FALSE(PayloadInflater::inflate(payload.first(payload.size() - 5), 1 << 20));
    CHECK_FALSE(PayloadInflater::inflate(payload + "x", 1 << 20));
    CHECK_FALSE(PayloadInflater::inflate(payload, text.size() - 1));
    CHECK(PayloadInflater::inflate(payload, text.size()));
    CHECK_FALSE(PayloadInflater::inflate("abc", 1 << 20));
    CHECK_FALSE(PayloadInflater::inflate(QByteArray(4, '\0') + "not zlib", 1 << 20));
}

TEST_CASE("a payload that inflates without end is refused without taking the memory", "[sync][inflate]")
{
    // 2 GiB of zeros (about 2 MB compressed) stated as 1 MB: qUncompress would grow to 2 GiB.
    const QByteArray bomb = zeroStream(qint64(2) * 1024 * 1024 * 1024, 1024 * 1024);
    INFO("compressed: " << bomb.size() << " bytes");
    CHECK(bomb.size() < 4 * 1024 * 1024);
    resetPeak();
    const qint64 before = peakKiB();
    CHECK_FALSE(PayloadInflater::inflate(bomb, qint64(1024) * 1024 * 1024));
    const qint64 grown = peakKiB() - before;
    INFO("peak memory grew by " << grown << " KiB");
    CHECK(grown < 16 * 1024);
}
