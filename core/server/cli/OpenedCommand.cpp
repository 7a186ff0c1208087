// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/OpenedCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyDirectory.h"

#include <QTextStream>

namespace ff {

QString OpenedCommand::name() const { return QStringLiteral("opened"); }

QString OpenedCommand::description() const
{
    return ServerCli::tr("Who opened a household's file, when, and on which device.");
}

QString OpenedCommand::usage() const { return QStringLiteral("opened HOUSEHOLD-NUMBER"); }

ServerCommand::Arguments OpenedCommand::arguments() const { return {1, 1}; }

int OpenedCommand::run(ServerCommandContext& context) const
{
    const QString household = context.arguments().value(0);
    const QString text = CountyDirectory(context.database()).fileOpenings(household);
    if (text.isEmpty())
        return context.fail(ServerCli::tr("There is no household “%1”.").arg(household));
    context.out() << text;
    return kSuccess;
}

} // namespace ff
