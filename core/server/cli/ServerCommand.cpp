// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/ServerCommand.h"

#include "core/server/cli/ServerCli.h"

namespace ff {

QString ServerCommand::usageMessage() const
{
    return ServerCli::tr("Usage: fieldfile-server %1").arg(usage());
}

} // namespace ff
