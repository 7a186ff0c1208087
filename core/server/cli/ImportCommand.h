// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `import FILE.ffpkg...`: imports packages one by one, each all or nothing, reports on each and
/// writes its signed receipt next to it. Exits with 1 when any package was refused.
class ImportCommand : public ServerCommand
{
public:
    QString name() const override;
    bool worksOnPostgres() const override { return true; }
    QString description() const override;
    QString usage() const override;
    Arguments arguments() const override;
    QString usageMessage() const override;
    int run(ServerCommandContext& context) const override;
};

} // namespace ff
