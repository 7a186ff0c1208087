// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace ff {

/// Who a profile belongs to, as the county's user record says at enrollment: the user's id, the
/// name people know them by, their role and station, and the county and server they enrolled with.
/// Shown on the sign-in screen before anything is unlocked; the open database holds the same
/// record, and that copy (inside the encryption) is the one sessions are made from.
struct ProfileIdentity
{
    QString user;
    QString displayName;
    QString role; ///< roleName(): caseworker, supervisor, county
    QString station;
    QString county;

    QJsonObject toJson() const;
    static ProfileIdentity fromJson(const QJsonObject& o);
};

/// What the county asks of every laptop enrolled with it.
struct ProfilePolicy
{
    static constexpr int kDefaultMinPasswordLength = 8;
    static constexpr int kDefaultLockMinutes = 10;
    /// Minutes between automatic syncs while the county answers; 0: only when the user asks.
    static constexpr int kDefaultSyncMinutes = 15;
    static constexpr int kMaxSyncMinutes = 1440;
    int minPasswordLength = kDefaultMinPasswordLength;
    int lockMinutes = kDefaultLockMinutes;
    int syncMinutes = kDefaultSyncMinutes;

    QJsonObject toJson() const;
    /// Missing or out-of-range values fall back to the defaults (never weaker than 8 characters).
    static ProfilePolicy fromJson(const QJsonObject& o);
};

} // namespace ff
