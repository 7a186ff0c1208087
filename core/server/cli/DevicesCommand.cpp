// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/DevicesCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyDirectory.h"

#include <QTextStream>

namespace ff {

QString DevicesCommand::name() const { return QStringLiteral("devices"); }

QString DevicesCommand::description() const
{
    return ServerCli::tr("List the enrolled devices (to find the one to revoke).");
}

QString DevicesCommand::usage() const { return QStringLiteral("devices"); }

int DevicesCommand::run(ServerCommandContext& context) const
{
    context.out() << CountyDirectory(context.database()).devices();
    return kSuccess;
}

} // namespace ff
