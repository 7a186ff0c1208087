// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `assign HOUSEHOLD... CASEWORKER`: gives households, named by household number or id, to a
/// caseworker (HouseholdAssignment); `assign --from A --to B` gives B every household of A. Every
/// household named is looked up before anything is assigned.
class AssignCommand : public ServerCommand
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
