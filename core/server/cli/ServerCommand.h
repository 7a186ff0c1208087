// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace ff {

class ServerCommandContext;

/// One command of fieldfile-server: its name, its line in the help, its usage, the arguments and
/// options it takes, and what it does with the county database.
///
/// The dispatcher (ServerCommands) checks the number of arguments and opens the database before
/// run(), so a command only does its own work.
class ServerCommand
{
public:
    /// Exit codes: success; some packages refused (import); a wrong command line or a refusal.
    static constexpr int kSuccess = 0;
    static constexpr int kRefused = 1;
    static constexpr int kFailure = 2;

    /// How many positional arguments may follow the command's name.
    struct Arguments
    {
        static constexpr qsizetype kUnlimited = -1;
        qsizetype least = 0;
        qsizetype most = 0; ///< kUnlimited: any number from `least` on
        bool accepts(qsizetype count) const
        {
            return count >= least && (most == kUnlimited || count <= most);
        }
    };

    virtual ~ServerCommand() = default;

    /// What county IT types, e.g. "add-user".
    virtual QString name() const = 0;
    /// One line for --help, translated.
    virtual QString description() const = 0;
    /// The command line after "fieldfile-server", e.g. "assign HOUSEHOLD CASEWORKER". Not translated:
    /// it is what is typed.
    virtual QString usage() const = 0;
    /// None unless the command says otherwise.
    virtual Arguments arguments() const { return {}; }
    /// The options the command reads; all of them go on the one parser, with --database.
    virtual QList<QCommandLineOption> options() const { return {}; }
    /// Whether the command needs an existing, initialized county database (all but init).
    virtual bool needsCounty() const { return true; }
    /// Whether the command works on the open database; `restore` replaces the file instead.
    virtual bool opensDatabase() const { return true; }
    /// Whether it runs on a county database in PostgreSQL (docs/postgresql.md); the others refuse
    /// there, saying so, until they do.
    virtual bool worksOnPostgres() const { return false; }
    /// What is said when the arguments do not fit: "Usage: fieldfile-server " and usage().
    virtual QString usageMessage() const;

    /// Does the command; returns the program's exit code.
    virtual int run(ServerCommandContext& context) const = 0;
};

} // namespace ff
