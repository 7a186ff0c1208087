// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/AssignCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyStore.h"

namespace ff {

QString AssignCommand::name() const { return QStringLiteral("assign"); }

QString AssignCommand::description() const { return ServerCli::tr("Assign a household to a caseworker."); }

QString AssignCommand::usage() const { return QStringLiteral("assign HOUSEHOLD CASEWORKER"); }

ServerCommand::Arguments AssignCommand::arguments() const { return {2, 2}; }

int AssignCommand::run(ServerCommandContext& context) const
{
    const QStringList args = context.arguments();
    return context.done(context.county().assign(args[0], args[1]),
                        ServerCli::tr("Household %1 assigned to %2.").arg(args[0], args[1]));
}

} // namespace ff
