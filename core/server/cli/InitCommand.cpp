// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/InitCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyStore.h"

namespace ff {

QString InitCommand::name() const { return QStringLiteral("init"); }

QString InitCommand::description() const
{
    return ServerCli::tr("Create the county deployment, its id and keys, in a new database.");
}

QString InitCommand::usage() const { return QStringLiteral("init --county ID"); }

ServerCommand::Arguments InitCommand::arguments() const { return {0, 0}; }

QList<QCommandLineOption> InitCommand::options() const
{
    return {{QStringLiteral("county"),
             ServerCli::tr("The county's id, for init (e.g. its region code 371321)."),
             QStringLiteral("id")}};
}

bool InitCommand::needsCounty() const { return false; }

int InitCommand::run(ServerCommandContext& context) const
{
    const QString county = context.value(QStringLiteral("county"));
    return context.done(
        CountyStore::initialize(context.database(), county),
        ServerCli::tr("County deployment %1 created in %2.").arg(county, context.database().path()));
}

} // namespace ff
