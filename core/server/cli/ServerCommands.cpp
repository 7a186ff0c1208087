// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/cli/ServerCommands.h"

#include "core/db/Database.h"

#include "core/server/cli/AddUserCommand.h"
#include "core/server/cli/AnnounceCertificateCommand.h"
#include "core/server/cli/AssignCommand.h"
#include "core/server/cli/BackupCommand.h"
#include "core/server/cli/DevicesCommand.h"
#include "core/server/cli/DuplicatesCommand.h"
#include "core/server/cli/EnrollCodeCommand.h"
#include "core/server/cli/HouseholdsCommand.h"
#include "core/server/cli/ImportCommand.h"
#include "core/server/cli/InitCommand.h"
#include "core/server/cli/OpenedCommand.h"
#include "core/server/cli/ParkedCommand.h"
#include "core/server/cli/PolicyCommand.h"
#include "core/server/cli/PublishCommand.h"
#include "core/server/cli/PublishedCommand.h"
#include "core/server/cli/RecoverProfileCommand.h"
#include "core/server/cli/ReportCommand.h"
#include "core/server/cli/RestoreCommand.h"
#include "core/server/cli/RevokeCommand.h"
#include "core/server/cli/ServeCommand.h"
#include "core/server/cli/ServerCli.h"
#include "core/server/cli/ServerCommandContext.h"
#include "core/server/cli/StatusCommand.h"
#include "core/server/cli/UsersCommand.h"

#include <algorithm>
#include <QCommandLineParser>
#include <QSet>
#include <QTextStream>

namespace ff {

ServerCommands::ServerCommands()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<AddUserCommand>());
    m_commands.push_back(std::make_unique<EnrollCodeCommand>());
    m_commands.push_back(std::make_unique<RevokeCommand>());
    m_commands.push_back(std::make_unique<AssignCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<UsersCommand>());
    m_commands.push_back(std::make_unique<DevicesCommand>());
    m_commands.push_back(std::make_unique<HouseholdsCommand>());
    m_commands.push_back(std::make_unique<OpenedCommand>());
    m_commands.push_back(std::make_unique<ParkedCommand>());
    m_commands.push_back(std::make_unique<DuplicatesCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<PolicyCommand>());
    m_commands.push_back(std::make_unique<PublishCommand>());
    m_commands.push_back(std::make_unique<PublishedCommand>());
    m_commands.push_back(std::make_unique<RecoverProfileCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<AnnounceCertificateCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<ServeCommand>());
}

ServerCommands::~ServerCommands() = default;

QList<const ServerCommand*> ServerCommands::commands() const
{
    QList<const ServerCommand*> list;
    for (const auto& command : m_commands)
        list.append(command.get());
    return list;
}

const ServerCommand* ServerCommands::find(const QString& name) const
{
    for (const auto& command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

QStringList ServerCommands::names() const
{
    QStringList list;
    for (const auto& command : m_commands)
        list.append(command->name());
    return list;
}

void ServerCommands::setUp(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        ServerCli::tr("The Fieldfile county server: deployment, users, devices and package import."));
    parser.addHelpOption();
    const QCommandLineOption database = ServerCommandContext::databaseOption();
    parser.addOption(database);
    const QCommandLineOption keys = ServerCommandContext::keysOption();
    parser.addOption(keys);
    // One parser for all commands, as county IT has always typed them: an option may come before or
    // after the command, and two commands may share one.
    QSet<QString> added(database.names().cbegin(), database.names().cend());
    added.unite(QSet<QString>(keys.names().cbegin(), keys.names().cend()));
    for (const auto& command : m_commands) {
        for (const QCommandLineOption& option : command->options()) {
            const QStringList optionNames = option.names();
            if (std::any_of(optionNames.cbegin(), optionNames.cend(),
                            [&](const QString& name) { return added.contains(name); }))
                continue;
            parser.addOption(option);
            added.unite(QSet<QString>(optionNames.cbegin(), optionNames.cend()));
        }
    }
    parser.addPositionalArgument(
        QStringLiteral("command"),
        ServerCli::tr("%1.", "the list of commands, as a sentence").arg(namesInWords()));
}

QString ServerCommands::helpText(const QCommandLineParser& parser) const
{
    qsizetype width = 0;
    for (const auto& command : m_commands)
        width = std::max(width, command->name().size());
    QString text = parser.helpText() + QLatin1Char('\n') + ServerCli::tr("Commands:") + QLatin1Char('\n');
    for (const auto& command : m_commands)
        text += QStringLiteral("  ") + command->name().leftJustified(width + 2) + command->description() +
                QLatin1Char('\n');
    return text;
}

QString ServerCommands::missingCommandMessage() const
{
    return ServerCli::tr("Say what to do: %1 (see --help).").arg(namesInWords());
}

QString ServerCommands::unknownCommandMessage(const QString& name) const
{
    return ServerCli::tr("Unknown command “%1”. Commands: %2.").arg(name, names().join(QStringLiteral(", ")));
}

QString ServerCommands::namesInWords() const
{
    QStringList list = names();
    if (list.size() < 2)
        return list.join(QString());
    const QString last = list.takeLast();
    return ServerCli::tr("%1 or %2", "the last two of a list of commands")
        .arg(list.join(ServerCli::tr(", ", "between the names in a list of commands")), last);
}

int ServerCommands::run(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out,
                        QTextStream& err) const
{
    ServerCommandContext context(parser, out, err);
    if (!parser.parse(arguments))
        return context.fail(parser.errorText() + QLatin1Char(' ') + ServerCli::tr("(see --help)"));
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser);
        return ServerCommand::kSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.fail(missingCommandMessage());
    const ServerCommand* command = find(positional.constFirst());
    if (!command)
        return context.fail(unknownCommandMessage(positional.constFirst()));
    if (Database::isPostgresUrl(context.databasePath()) && !command->worksOnPostgres())
        return context.fail(ServerCli::tr("%1 does not work on a county database in PostgreSQL yet "
                                          "(docs/postgresql.md says what does).")
                                .arg(command->name()));
    // The database before the arguments: a command on a missing county is refused as such.
    if (command->opensDatabase() && !context.openCounty(command->needsCounty()))
        return ServerCommand::kFailure;
    if (!command->arguments().accepts(context.arguments().size()))
        return context.fail(command->usageMessage());
    return command->run(context);
}

} // namespace ff
