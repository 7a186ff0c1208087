// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `serve --listen ADDRESS:PORT [--tls-cert FILE --tls-key FILE]`: the county's HTTP(S) service for
/// the laptops (CountyService), until the process is stopped. Refuses what it cannot use before it
/// listens.
class ServeCommand : public ServerCommand
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
