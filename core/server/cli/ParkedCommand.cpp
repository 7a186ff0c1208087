// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/ParkedCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyDirectory.h"

#include <QTextStream>

namespace ff {

QString ParkedCommand::name() const { return QStringLiteral("parked"); }

QString ParkedCommand::description() const
{
    return ServerCli::tr("List the changes the county keeps parked, and why.");
}

QString ParkedCommand::usage() const { return QStringLiteral("parked"); }

int ParkedCommand::run(ServerCommandContext& context) const
{
    context.out() << CountyDirectory(context.database()).parked();
    return kSuccess;
}

} // namespace ff
