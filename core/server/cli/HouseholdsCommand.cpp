// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/HouseholdsCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyDirectory.h"
#include "core/server/CountyStore.h"

#include <QTextStream>

namespace ff {

QString HouseholdsCommand::name() const { return QStringLiteral("households"); }

QString HouseholdsCommand::description() const
{
    return ServerCli::tr("List the households and whose they are (to find one to assign).");
}

QString HouseholdsCommand::usage() const { return QStringLiteral("households [CASEWORKER | --unassigned]"); }

ServerCommand::Arguments HouseholdsCommand::arguments() const { return {0, 1}; }

QList<QCommandLineOption> HouseholdsCommand::options() const
{
    return {{QStringLiteral("unassigned"), ServerCli::tr("For households: only those of nobody.")}};
}

int HouseholdsCommand::run(ServerCommandContext& context) const
{
    const QStringList args = context.arguments();
    const bool unassigned = context.isSet(QStringLiteral("unassigned"));
    if (unassigned && !args.isEmpty())
        return context.fail(usageMessage());
    if (!args.isEmpty() && context.county().role(args[0]) != Role::Caseworker)
        return context.fail(ServerCli::tr("There is no caseworker called “%1”.").arg(args[0]));
    // "-" asks the directory for the households of nobody.
    context.out()
        << CountyDirectory(context.database()).households(unassigned ? QStringLiteral("-") : args.value(0));
    return kSuccess;
}

} // namespace ff
