// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `status`: the county deployment and its counts (CountyStore::statusText).
class StatusCommand : public ServerCommand
{
public:
    QString name() const override;
    bool worksOnPostgres() const override { return true; }
    QString description() const override;
    QString usage() const override;
    int run(ServerCommandContext& context) const override;
};

} // namespace ff
