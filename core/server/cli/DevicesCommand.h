// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `devices [--stale N]`: the enrolled devices with when each was last seen and sent its last
/// package, what county IT looks up before `revoke`; with --stale, those in use not seen for N
/// days (CountyDirectory).
class DevicesCommand : public ServerCommand
{
public:
    QString name() const override;
    bool worksOnPostgres() const override { return true; }
    QString description() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;
    int run(ServerCommandContext& context) const override;
};

} // namespace ff
