// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `add-user NAME --role caseworker|supervisor|county [--station NAME]`: a new user of the county.
class AddUserCommand : public ServerCommand
{
public:
    QString name() const override;
    bool worksOnPostgres() const override { return true; }
    QString description() const override;
    QString usage() const override;
    Arguments arguments() const override;
    QList<QCommandLineOption> options() const override;
    int run(ServerCommandContext& context) const override;
};

} // namespace ff
