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
    return ServerCli::tr("List the enrolled devices, when each was last seen and sent its last package "
                         "(--stale N: only those not seen for N days).");
}

QString DevicesCommand::usage() const { return QStringLiteral("devices [--stale DAYS]"); }

QList<QCommandLineOption> DevicesCommand::options() const
{
    return {{QStringLiteral("stale"),
             ServerCli::tr("For devices: only the devices in use that have not synced for this many days."),
             QStringLiteral("days")}};
}

int DevicesCommand::run(ServerCommandContext& context) const
{
    int staleDays = -1;
    if (context.isSet(QStringLiteral("stale"))) {
        bool ok = false;
        staleDays = context.value(QStringLiteral("stale")).trimmed().toInt(&ok);
        if (!ok || staleDays < 0 || staleDays > 3650)
            return context.fail(ServerCli::tr("--stale takes a number of days from 0 to 3650, not \"%1\".")
                                    .arg(context.value(QStringLiteral("stale"))));
    }
    context.out() << CountyDirectory(context.database()).devices(staleDays);
    return kSuccess;
}

} // namespace ff
