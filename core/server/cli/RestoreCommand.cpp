// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/RestoreCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyBackup.h"

#include <QTextStream>

namespace ff {

QString RestoreCommand::name() const { return QStringLiteral("restore"); }

QString RestoreCommand::description() const
{
    return ServerCli::tr("Put a backup in place of the county (the server stopped); laptops then send their "
                         "changes again.");
}

QString RestoreCommand::usage() const { return QStringLiteral("restore FOLDER"); }

ServerCommand::Arguments RestoreCommand::arguments() const { return {1, 1}; }

int RestoreCommand::run(ServerCommandContext& context) const
{
    return context.done(
        CountyBackup::restore(context.arguments().constFirst(), context.databasePath()),
        ServerCli::tr(
            "Restored %1 from %2. At its next sync every laptop sends its own changes again, so what "
            "was written after the backup comes back; devices enrolled after the backup must enroll "
            "again.")
            .arg(context.databasePath(), context.arguments().constFirst()));
}

} // namespace ff
