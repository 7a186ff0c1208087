// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/UsersCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyDirectory.h"

#include <QTextStream>

namespace ff {

QString UsersCommand::name() const { return QStringLiteral("users"); }

QString UsersCommand::description() const
{
    return ServerCli::tr("List the users: role, station, devices and households.");
}

QString UsersCommand::usage() const { return QStringLiteral("users"); }

int UsersCommand::run(ServerCommandContext& context) const
{
    context.out() << CountyDirectory(context.database()).users();
    return kSuccess;
}

} // namespace ff
