// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace ff::test {

/// A payload in the package's compressed form (the size it states, 4 bytes big endian, then a
/// zlib stream) of `zeros` zero bytes that states `stated`: with zeros far over stated, a payload
/// that inflates without end. Built a megabyte at a time, so that making it takes no more memory
/// than it is.
QByteArray zeroStream(qint64 zeros, quint32 stated);

/// The most memory this test process has held since resetPeakMemory(), in KiB (VmHWM).
qint64 peakMemoryKiB();
void resetPeakMemory();

} // namespace ff::test
