// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `report --period P [--scope S] [--format csv] --output FILE`: the indicators
/// (docs/indicators.md) of the county's own data for a scope and period beside the previous
/// period, as CSV; counted by core/indicators over a copy whose records are rebuilt from the
/// county's journal (CountyRecordCopy), so the numbers are those a laptop holding the same
/// households counts.
class ReportCommand : public ServerCommand
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
