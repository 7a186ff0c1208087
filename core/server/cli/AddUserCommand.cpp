// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/AddUserCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyStore.h"

namespace ff {

QString AddUserCommand::name() const { return QStringLiteral("add-user"); }

QString AddUserCommand::description() const
{
    return ServerCli::tr("Add a user: a caseworker, a supervisor or county staff.");
}

QString AddUserCommand::usage() const
{
    return QStringLiteral("add-user NAME --role caseworker|supervisor|county [--station NAME]");
}

ServerCommand::Arguments AddUserCommand::arguments() const { return {1, 1}; }

QList<QCommandLineOption> AddUserCommand::options() const
{
    return {{QStringLiteral("role"), ServerCli::tr("For add-user: caseworker, supervisor or county."),
             QStringLiteral("role")},
            {QStringLiteral("station"), ServerCli::tr("For add-user: the user's social-work station."),
             QStringLiteral("name")}};
}

int AddUserCommand::run(ServerCommandContext& context) const
{
    const QString user = context.arguments().constFirst();
    const QString role = context.value(QStringLiteral("role"));
    if (roleFromName(role) == Role::County && context.isSet(QStringLiteral("station")))
        return context.fail(ServerCli::tr("County staff belong to no station: leave out --station."));
    return context.done(context.county().addUser(user, role, context.value(QStringLiteral("station"))),
                        ServerCli::tr("User %1 added.").arg(user));
}

} // namespace ff
