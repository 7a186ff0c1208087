// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/EnrollCodeCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyStore.h"

namespace ff {

QString EnrollCodeCommand::name() const { return QStringLiteral("enroll-code"); }

QString EnrollCodeCommand::description() const
{
    return ServerCli::tr("Issue a one-time code for a user to enroll one laptop.");
}

QString EnrollCodeCommand::usage() const { return QStringLiteral("enroll-code USER"); }

ServerCommand::Arguments EnrollCodeCommand::arguments() const { return {1, 1}; }

int EnrollCodeCommand::run(ServerCommandContext& context) const
{
    const QString user = context.arguments().constFirst();
    QString code;
    const Status s = context.county().issueEnrollmentCode(user, &code);
    return context.done(s, ServerCli::tr("One-time enrollment code for %1: %2").arg(user, code));
}

} // namespace ff
