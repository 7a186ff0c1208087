// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/AssignCommand.h"

#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/CountyDirectory.h"
#include "core/server/CountyStore.h"

#include <QCommandLineOption>

namespace ff {

namespace {
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
} // namespace

QString AssignCommand::name() const { return QStringLiteral("assign"); }

QString AssignCommand::description() const
{
    return ServerCli::tr("Assign households to a caseworker: one or more by household number (or id), or "
                         "every household of one caseworker with --from and --to.");
}

QString AssignCommand::usage() const
{
    return QStringLiteral("assign HOUSEHOLD... CASEWORKER | assign --from CASEWORKER --to CASEWORKER");
}

ServerCommand::Arguments AssignCommand::arguments() const { return {0, Arguments::kUnlimited}; }

QList<QCommandLineOption> AssignCommand::options() const
{
    return {
        {kFrom, ServerCli::tr("Reassign every household of this caseworker."), QStringLiteral("caseworker")},
        {kTo, ServerCli::tr("The caseworker who takes them over."), QStringLiteral("caseworker")}};
}

int AssignCommand::run(ServerCommandContext& context) const
{
    QStringList args = context.arguments();
    const CountyDirectory directory(context.database());
    QStringList households;
    QString caseworker;
    if (context.isSet(kFrom) || context.isSet(kTo)) {
        if (!context.isSet(kFrom) || !context.isSet(kTo) || !args.isEmpty())
            return context.fail(usageMessage());
        caseworker = context.value(kTo);
        households = directory.householdsOf(context.value(kFrom));
        if (households.isEmpty())
            return context.fail(ServerCli::tr("%1 holds no household.").arg(context.value(kFrom)));
    } else {
        if (args.size() < 2)
            return context.fail(usageMessage());
        caseworker = args.takeLast();
        // Every household named must be known before anything is assigned.
        for (const QString& given : std::as_const(args)) {
            const QString id = directory.householdId(given);
            if (id.isEmpty())
                return context.fail(
                    ServerCli::tr(
                        "There is no household “%1” (give its household number, e.g. 37132116015-001063, "
                        "or its id from `fieldfile-server households`). Nothing was assigned.")
                        .arg(given));
            households.append(id);
        }
    }
    // One transaction per household (each is a journaled change with its scope exit); a refusal
    // (an unknown caseworker) comes at the first one, before anything changed.
    for (const QString& id : std::as_const(households)) {
        if (Status s = context.county().assign(id, caseworker); !s)
            return context.done(s, {});
    }
    return context.done(
        Status::ok(),
        ServerCli::tr("%n household(s) assigned to %1.", nullptr, int(households.size())).arg(caseworker));
}

} // namespace ff
