// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `backup FOLDER`: a consistent copy of the county (its database and key file), written while the
/// server goes on serving (CountyBackup::backup). A county in PostgreSQL is refused, saying to use
/// pg_dump and to save the key file with it (docs/postgresql.md).
class BackupCommand : public ServerCommand
{
public:
    QString name() const override;
    QString description() const override;
    QString usage() const override;
    Arguments arguments() const override;
    bool worksOnPostgres() const override { return true; }
    int run(ServerCommandContext& context) const override;
};

} // namespace ff
