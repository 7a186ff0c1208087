// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/BackupCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyBackup.h"
#include "core/server/CountyKeyFile.h"

#include <QTextStream>

namespace ff {

QString BackupCommand::name() const { return QStringLiteral("backup"); }

QString BackupCommand::description() const
{
    return ServerCli::tr("Copy the county (its database and key file) into a new folder, while it serves.");
}

QString BackupCommand::usage() const { return QStringLiteral("backup FOLDER"); }

ServerCommand::Arguments BackupCommand::arguments() const { return {1, 1}; }

int BackupCommand::run(ServerCommandContext& context) const
{
    // PostgreSQL's own tools copy a database consistently while the servers serve; the key file
    // is never in the database (core/server invariant 10), so it is saved beside the dump.
    if (context.database().dialect().isPostgres())
        return context.fail(
            ServerCli::tr("A county database in PostgreSQL is backed up with PostgreSQL's own tools: "
                          "pg_dump -Fc while the servers go on serving, and with it a copy of the "
                          "county's key file %1, which is not in the database "
                          "(docs/deployment.md, Backup and restore).")
                .arg(CountyKeyFile::pathFor(context.database().localPath())));
    CountyBackup::Summary summary;
    if (Status s = CountyBackup::backup(context.database(), context.arguments().constFirst(), &summary); !s)
        return context.fail(s.error().message);
    context.out() << ServerCli::tr(
                         "Backup written: %1 (%2 MB, the journal up to %3) and %4. Keep it where the "
                         "county's server is not, readable by county IT only.")
                         .arg(summary.database)
                         .arg(double(summary.bytes) / (1024 * 1024), 0, 'f', 1)
                         .arg(summary.journalEnd)
                         .arg(summary.keys)
                  << '\n';
    return kSuccess;
}

} // namespace ff
