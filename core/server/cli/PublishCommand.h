// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `publish FILE [--kind form|agencies|visit-rules]`: checks a form version or a reference list as
/// the app reads it, signs it with the county's key and stores it for every laptop's next sync
/// (CountyPublisher). A problem is refused with its line ("line N: reason"), storing nothing.
class PublishCommand : public ServerCommand
{
public:
    QString name() const override;
    QString description() const override;
    QString usage() const override;
    Arguments arguments() const override { return {1, 1}; }
    QList<QCommandLineOption> options() const override;
    bool worksOnPostgres() const override { return true; }
    int run(ServerCommandContext& context) const override;
};

} // namespace ff
