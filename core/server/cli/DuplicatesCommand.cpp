// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/DuplicatesCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyDirectory.h"

#include <QTextStream>

namespace ff {

QString DuplicatesCommand::name() const { return QStringLiteral("duplicates"); }

QString DuplicatesCommand::description() const
{
    return ServerCli::tr("List households that may be one household filed twice: members with the same "
                         "resident ID number in different households.");
}

QString DuplicatesCommand::usage() const { return QStringLiteral("duplicates"); }

int DuplicatesCommand::run(ServerCommandContext& context) const
{
    context.out() << CountyDirectory(context.database()).possibleDuplicates();
    return kSuccess;
}

} // namespace ff
