// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/RevokeCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyStore.h"

namespace ff {

QString RevokeCommand::name() const { return QStringLiteral("revoke"); }

QString RevokeCommand::description() const
{
    return ServerCli::tr("Revoke a device: its packages are refused from now on.");
}

QString RevokeCommand::usage() const { return QStringLiteral("revoke DEVICE"); }

ServerCommand::Arguments RevokeCommand::arguments() const { return {1, 1}; }

int RevokeCommand::run(ServerCommandContext& context) const
{
    const QString device = context.arguments().constFirst();
    return context.done(context.county().revokeDevice(device),
                        ServerCli::tr("Device %1 revoked: its packages will be refused.").arg(device));
}

} // namespace ff
