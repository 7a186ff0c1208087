// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `init --county ID`: makes the county deployment, its id and fresh keys, in a new database.
class InitCommand : public ServerCommand
{
public:
    QString name() const override;
    bool worksOnPostgres() const override { return true; }
    QString description() const override;
    QString usage() const override;
    Arguments arguments() const override;
    QList<QCommandLineOption> options() const override;
    bool needsCounty() const override;
    int run(ServerCommandContext& context) const override;
};

} // namespace ff
