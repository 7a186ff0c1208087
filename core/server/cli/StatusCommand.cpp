// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/StatusCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyStore.h"

#include <QTextStream>

namespace ff {

QString StatusCommand::name() const { return QStringLiteral("status"); }

QString StatusCommand::description() const
{
    return ServerCli::tr("Show the county's counts: users, devices, households, imports.");
}

QString StatusCommand::usage() const { return QStringLiteral("status"); }

int StatusCommand::run(ServerCommandContext& context) const
{
    context.out() << context.county().statusText() << '\n';
    return kSuccess;
}

} // namespace ff
