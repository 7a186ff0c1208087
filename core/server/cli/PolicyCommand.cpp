// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/PolicyCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyStore.h"

#include <QTextStream>

#include <optional>

namespace ff {

namespace {
const QString kLength = QStringLiteral("min-password-length");
const QString kMinutes = QStringLiteral("lock-minutes");
const QString kSync = QStringLiteral("sync-minutes");

/// The whole number given for `option`, if it was given; false (said on the error stream) when it
/// is not one from low to high.
bool readNumber(ServerCommandContext& context, const QString& option, int low, int high,
                std::optional<int>* value)
{
    if (!context.isSet(option))
        return true;
    bool ok = false;
    const int given = context.value(option).trimmed().toInt(&ok);
    if (!ok || given < low || given > high) {
        context.fail(ServerCli::tr("--%1 needs a whole number from %2 to %3, not “%4”.")
                         .arg(option)
                         .arg(low)
                         .arg(high)
                         .arg(context.value(option)));
        return false;
    }
    *value = given;
    return true;
}
} // namespace

QString PolicyCommand::name() const { return QStringLiteral("policy"); }

QString PolicyCommand::description() const
{
    return ServerCli::tr(
        "Show or set what laptops ask of passwords, when they lock and how often they sync.");
}

QString PolicyCommand::usage() const
{
    return QStringLiteral("policy [--min-password-length N] [--lock-minutes M] [--sync-minutes S]");
}

QList<QCommandLineOption> PolicyCommand::options() const
{
    return {
        {kLength,
         ServerCli::tr("For policy: the shortest password a laptop's profile may have, %1 to %2 "
                       "characters (default %3).")
             .arg(ProfilePolicy::kDefaultMinPasswordLength)
             .arg(CountyStore::kMaxPasswordLength)
             .arg(ProfilePolicy::kDefaultMinPasswordLength),
         QStringLiteral("n")},
        {kMinutes,
         ServerCli::tr("For policy: minutes without use after which a laptop locks, %1 to %2 (default %3).")
             .arg(CountyStore::kMinLockMinutes)
             .arg(CountyStore::kMaxLockMinutes)
             .arg(ProfilePolicy::kDefaultLockMinutes),
         QStringLiteral("minutes")},
        {kSync,
         ServerCli::tr("For policy: minutes between a laptop's automatic syncs while the county answers, "
                       "0 to %1; 0: only when its user asks (default %2).")
             .arg(ProfilePolicy::kMaxSyncMinutes)
             .arg(ProfilePolicy::kDefaultSyncMinutes),
         QStringLiteral("minutes")}};
}

int PolicyCommand::run(ServerCommandContext& context) const
{
    std::optional<int> length;
    std::optional<int> minutes;
    std::optional<int> sync;
    if (!readNumber(context, kLength, ProfilePolicy::kDefaultMinPasswordLength,
                    CountyStore::kMaxPasswordLength, &length) ||
        !readNumber(context, kMinutes, CountyStore::kMinLockMinutes, CountyStore::kMaxLockMinutes,
                    &minutes) ||
        !readNumber(context, kSync, 0, ProfilePolicy::kMaxSyncMinutes, &sync))
        return kFailure;
    QTextStream& out = context.out();
    if (length || minutes || sync) {
        if (Status s = context.county().setPolicy(length, minutes, sync); !s)
            return context.fail(s.error().message);
        out << ServerCli::tr("Policy changed: each laptop receives it at its next sync.") << '\n';
    }
    const ProfilePolicy policy = context.county().policy();
    out << ServerCli::tr("Shortest password: %1 characters").arg(policy.minPasswordLength) << '\n'
        << ServerCli::tr("Laptops lock after: %1 min without use").arg(policy.lockMinutes) << '\n'
        << (policy.syncMinutes > 0
                ? ServerCli::tr("Laptops sync every: %1 min while the county answers").arg(policy.syncMinutes)
                : ServerCli::tr("Laptops sync: only when their user asks"))
        << '\n';
    return kSuccess;
}

} // namespace ff
