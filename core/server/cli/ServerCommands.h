// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/cli/ServerCommand.h"

#include <memory>
#include <QStringList>
#include <vector>

class QCommandLineParser;
class QTextStream;

namespace ff {

/// The commands of fieldfile-server, in the order the help lists them, and the dispatch of a command
/// line to one of them. The help, the list of commands in the messages and the parser's options all
/// come from this one list.
class ServerCommands
{
    Q_DISABLE_COPY_MOVE(ServerCommands)

public:
    ServerCommands();
    ~ServerCommands();

    QList<const ServerCommand*> commands() const;
    /// The command called name, or null.
    const ServerCommand* find(const QString& name) const;
    QStringList names() const;

    /// Puts the program's description, --help, --database, every command's options (each name once)
    /// and the command argument on a new parser.
    void setUp(QCommandLineParser& parser) const;
    /// What --help prints: the parser's help, then each command with its description.
    QString helpText(const QCommandLineParser& parser) const;
    /// The refusal of a command line without a command; names every command.
    QString missingCommandMessage() const;
    /// The refusal of a command nobody knows; names every command.
    QString unknownCommandMessage(const QString& name) const;

    /// Runs a command line (the program's name first) on a parser set up by setUp(): help, or the
    /// command after the shared checks (its name, the database, the number of its arguments).
    /// Writes to out and err; returns the exit code (ServerCommand::kSuccess …).
    int run(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out,
            QTextStream& err) const;

private:
    /// "init, add-user, … status or serve" in the language of the messages.
    QString namesInWords() const;

    std::vector<std::unique_ptr<ServerCommand>> m_commands;
};

} // namespace ff
