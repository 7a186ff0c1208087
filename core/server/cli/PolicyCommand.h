// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `policy [--min-password-length N] [--lock-minutes M]`: what the county asks of every laptop's
/// profile — the shortest password allowed and the minutes without use after which the app locks.
/// Shows it; with options, sets it first (CountyStore::setPolicy). Laptops receive it at enrollment
/// and at each sync (docs/sync-protocol.md §8.4, §8.6).
class PolicyCommand : public ServerCommand
{
public:
    QString name() const override;
    QString description() const override;
    QString usage() const override;
    QList<QCommandLineOption> options() const override;
    bool worksOnPostgres() const override { return true; }
    int run(ServerCommandContext& context) const override;
};

} // namespace ff
