// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every benchmark measures with: elapsed milliseconds, nearest-rank percentiles, the load
// average printed in its header, and the OS cache emptied of a database for a cold measurement.

#include "core/storage/EncryptedVfs.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>

#include <fcntl.h>
#include <unistd.h>

namespace ff::bench {

inline double msSince(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

/// Nearest-rank percentile of sorted values (0 for none).
inline double percentile(const QList<double>& sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(q * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

/// The one-minute load average, where the system tells it.
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 0);
}

/// Asks the kernel to forget the cached pages of a database (its file, its WAL, an encrypted
/// file's WAL), so the next read comes from the disk as after a reboot. False where that is not
/// possible.
inline bool evictFromOsCache(const QString& path)
{
#if defined(Q_OS_UNIX) && defined(POSIX_FADV_DONTNEED)
    bool ok = true;
    for (const QString& file : {path, path + QStringLiteral("-wal"), storage::EncryptedVfs::walPath(path)}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ok = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 && ok;
        ::close(fd);
    }
    return ok;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace ff::bench
