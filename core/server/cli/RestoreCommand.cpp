// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/RestoreCommand.h"

#include "core/db/Database.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyBackup.h"

#include <QTextStream>

namespace ff {

namespace {
const QString kEpochOnly = QStringLiteral("epoch-only");
} // namespace

QString RestoreCommand::name() const { return QStringLiteral("restore"); }

QString RestoreCommand::description() const
{
    return ServerCli::tr("Put a backup in place of the county (the server stopped); laptops then send their "
                         "changes again.");
}

QString RestoreCommand::usage() const { return QStringLiteral("restore FOLDER | restore --epoch-only"); }

ServerCommand::Arguments RestoreCommand::arguments() const { return {0, 1}; }

QList<QCommandLineOption> RestoreCommand::options() const
{
    return {{kEpochOnly, ServerCli::tr("For restore: after PostgreSQL's administrator restored the county's "
                                       "database with pg_restore, only start a new epoch.")}};
}

int RestoreCommand::run(ServerCommandContext& context) const
{
    const bool epochOnly = context.isSet(kEpochOnly);
    if (epochOnly != context.arguments().isEmpty())
        return context.fail(usageMessage());
    if (!Database::isPostgresUrl(context.databasePath())) {
        if (epochOnly)
            return context.fail(ServerCli::tr(
                "--epoch-only is for a county database in PostgreSQL that its administrator restored "
                "with pg_restore. A county database file is restored with restore FOLDER, which starts "
                "a new epoch itself."));
        return context.done(
            CountyBackup::restore(context.arguments().constFirst(), context.databasePath()),
            ServerCli::tr(
                "Restored %1 from %2. At its next sync every laptop sends its own changes again, so what "
                "was written after the backup comes back; devices enrolled after the backup must enroll "
                "again.")
                .arg(context.databasePath(), context.arguments().constFirst()));
    }
    if (!epochOnly)
        return context.fail(
            ServerCli::tr("A county database in PostgreSQL is restored by its administrator: stop every "
                          "serve process, restore the database with pg_restore from a pg_dump backup, "
                          "put the key file saved with that backup back as %1, then run restore "
                          "--epoch-only so that the laptops send their changes again "
                          "(docs/deployment.md, Backup and restore).")
                .arg(context.isSet(QStringLiteral("keys")) ? context.value(QStringLiteral("keys"))
                                                           : QStringLiteral("--keys FILE.keys")));
    // The restored database carries the epoch it had when it was dumped, which laptops synced
    // since then hold too: without a new one they would not notice that the county went back in
    // time, and what they sent after the dump would never come back (core/server invariant 15).
    if (!context.openCounty(true))
        return kFailure;
    return context.done(CountyBackup::renewEpoch(context.database()),
                        ServerCli::tr("The county in %1 has a new epoch. At its next sync every laptop sends "
                                      "its own changes again and pulls from the start; devices enrolled "
                                      "after the backup must enroll again.")
                            .arg(context.databasePath()));
}

} // namespace ff
