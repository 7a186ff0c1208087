// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

namespace ff {

/// `recover-profile PATH [--password-file FILE]`: gives a laptop profile whose password was forgotten
/// a new one (docs/recovery.md). PATH is the profile's folder or its `profile.key`. The profile's
/// data key, sealed to the county's recovery key at enrollment, is opened with the recovery secret
/// from the county's key file and wrapped under the new password; the file is written back
/// atomically and its failed sign-ins reset. The database is not touched, and nothing secret is
/// printed or logged.
///
/// Refused: the demo profile, a profile of another county, one without recovery, one sealed to
/// another recovery key, and a password shorter than the county's policy. The new password comes
/// from the first line of --password-file, or is typed twice on the terminal without echo.
class RecoverProfileCommand : public ServerCommand
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
