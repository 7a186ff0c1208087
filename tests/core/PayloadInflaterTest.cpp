// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The payload is inflated to the size it states and no further, whatever its stream would give.
#include "tests/support/QtStringMaker.h"
#include "tests/support/ZeroStream.h"

#include "core/sync/PayloadInflater.h"

#include <catch2/catch.hpp>
#include <QtEndian>

using namespace ff;

using test::peakMemoryKiB;
using test::resetPeakMemory;
using test::zeroStream;

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
    resetPeakMemory();
    const qint64 before = peakMemoryKiB();
    CHECK_FALSE(PayloadInflater::inflate(bomb, qint64(1024) * 1024 * 1024));
    const qint64 grown = peakMemoryKiB() - before;
    INFO("peak memory grew by " << grown << " KiB");
    CHECK(grown < 16 * 1024);
}
