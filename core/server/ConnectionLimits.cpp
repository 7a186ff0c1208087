// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/ConnectionLimits.h"

namespace ff {

bool ConnectionLimits::isProxy(const QHostAddress& address) const
{
    for (const QHostAddress& proxy : proxies) {
        if (proxy.isEqual(address, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

qint64 ConnectionLimits::maxBodyBytesFor(QByteArrayView target) const
{
    const qsizetype query = target.indexOf('?');
    const QByteArray path =
        QByteArray::fromPercentEncoding((query < 0 ? target : target.first(query)).toByteArray());
    return maxBodyBytesByPath.value(path, 0);
}

} // namespace ff
