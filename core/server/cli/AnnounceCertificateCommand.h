// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `announce-certificate FILE.pem | --clear`: the certificate the county will serve with next,
/// sent signed with every pull page, so that laptops that pinned the county's own certificate
/// accept the new one when the server changes over (docs/sync-protocol.md §8.1).
class AnnounceCertificateCommand : public ServerCommand
{
public:
    QString name() const override;
    QString description() const override;
    QString usage() const override;
    Arguments arguments() const override;
    QList<QCommandLineOption> options() const override;
    bool worksOnPostgres() const override { return true; }
    int run(ServerCommandContext& context) const override;
};

} // namespace ff
