// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `restore FOLDER`: puts a backup in place of the county's database and key file, with a new
/// epoch, so that every laptop sends its changes again at its next sync (CountyBackup::restore).
/// A county in PostgreSQL is restored by its administrator (pg_restore) and the key file put
/// back by hand; `restore --epoch-only` then gives it the new epoch (docs/postgresql.md).
class RestoreCommand : public ServerCommand
{
public:
    QString name() const override;
    QString description() const override;
    QString usage() const override;
    Arguments arguments() const override;
    QList<QCommandLineOption> options() const override;
    bool needsCounty() const override { return false; }
    bool opensDatabase() const override { return false; }
    bool worksOnPostgres() const override { return true; }
    int run(ServerCommandContext& context) const override;
};

} // namespace ff
