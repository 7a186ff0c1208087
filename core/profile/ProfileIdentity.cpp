// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileIdentity.h"

namespace ff {

QJsonObject ProfileIdentity::toJson() const
{
    return {{QStringLiteral("user"), user},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("role"), role},
            {QStringLiteral("station"), station},
            {QStringLiteral("county"), county}};
}

ProfileIdentity ProfileIdentity::fromJson(const QJsonObject& o)
{
    ProfileIdentity identity{
        o.value(QStringLiteral("user")).toString(), o.value(QStringLiteral("displayName")).toString(),
        o.value(QStringLiteral("role")).toString(), o.value(QStringLiteral("station")).toString(),
        o.value(QStringLiteral("county")).toString()};
    if (identity.displayName.isEmpty())
        identity.displayName = identity.user;
    return identity;
}

QJsonObject ProfilePolicy::toJson() const
{
    return {{QStringLiteral("minPasswordLength"), minPasswordLength},
            {QStringLiteral("lockMinutes"), lockMinutes},
            {QStringLiteral("syncMinutes"), syncMinutes}};
}

ProfilePolicy ProfilePolicy::fromJson(const QJsonObject& o)
{
    ProfilePolicy policy;
    const int length = o.value(QStringLiteral("minPasswordLength")).toInt(0);
    if (length >= kDefaultMinPasswordLength && length <= 128)
        policy.minPasswordLength = length;
    const int minutes = o.value(QStringLiteral("lockMinutes")).toInt(0);
    if (minutes >= 1 && minutes <= 240)
        policy.lockMinutes = minutes;
    const int sync = o.value(QStringLiteral("syncMinutes")).toInt(-1);
    if (sync >= 0 && sync <= kMaxSyncMinutes)
        policy.syncMinutes = sync;
    return policy;
}

} // namespace ff
