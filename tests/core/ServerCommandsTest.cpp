// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fieldfile-server's registry of commands, run in-process with the output in strings.
#include "tests/support/QtStringMaker.h"

#include "core/server/cli/ServerCommand.h"
#include "core/server/cli/ServerCommands.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

using namespace ff;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// The command line as main() runs it, with the program's name first.
Run run(const QStringList& args)
{
    const ServerCommands commands;
    QCommandLineParser parser;
    commands.setUp(parser);
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = commands.run(parser, QStringList{QStringLiteral("fieldfile-server")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}
} // namespace

TEST_CASE("fieldfile-server commands: each has a name, a usage and a description, and names are unique",
          "[server][cli]")
{
    const ServerCommands commands;
    REQUIRE(commands.commands().size() == 22);
    QSet<QString> names;
    for (const ServerCommand* command : commands.commands()) {
        INFO(command->name().toStdString());
        CHECK_FALSE(command->name().isEmpty());
        CHECK_FALSE(command->name().contains(QLatin1Char(' ')));
        CHECK_FALSE(command->description().isEmpty());
        // The usage is what is typed: it starts with the command's name.
        CHECK(command->usage().startsWith(command->name()));
        CHECK(command->usageMessage().contains(QStringLiteral("Usage: fieldfile-server ") + command->name()));
        CHECK(commands.find(command->name()) == command);
        names.insert(command->name());
    }
    CHECK(names.size() == commands.commands().size());
    CHECK(commands.names() == QStringList{QStringLiteral("init"),
                                          QStringLiteral("add-user"),
                                          QStringLiteral("enroll-code"),
                                          QStringLiteral("revoke"),
                                          QStringLiteral("assign"),
                                          QStringLiteral("import"),
                                          QStringLiteral("users"),
                                          QStringLiteral("devices"),
                                          QStringLiteral("households"),
                                          QStringLiteral("opened"),
                                          QStringLiteral("parked"),
                                          QStringLiteral("duplicates"),
                                          QStringLiteral("status"),
                                          QStringLiteral("policy"),
                                          QStringLiteral("publish"),
                                          QStringLiteral("published"),
                                          QStringLiteral("recover-profile"),
                                          QStringLiteral("report"),
                                          QStringLiteral("announce-certificate"),
                                          QStringLiteral("backup"),
                                          QStringLiteral("restore"),
                                          QStringLiteral("serve")});
    CHECK(commands.find(QStringLiteral("frobnicate")) == nullptr);
}

TEST_CASE("fieldfile-server --help lists each command with its description, and every option",
          "[server][cli]")
{
    const Run r = run({QStringLiteral("--help")});
    CHECK(r.code == ServerCommand::kSuccess);
    CHECK(r.err.isEmpty());
    CHECK(r.out.contains(QStringLiteral("--database <path>")));
    const ServerCommands commands;
    for (const ServerCommand* command : commands.commands()) {
        INFO(command->name().toStdString());
        const QRegularExpression line(QStringLiteral("^  %1 +%2$")
                                          .arg(QRegularExpression::escape(command->name()),
                                               QRegularExpression::escape(command->description())),
                                      QRegularExpression::MultilineOption);
        CHECK(line.match(r.out).hasMatch());
        for (const QCommandLineOption& option : command->options())
            CHECK(r.out.contains(QStringLiteral("--") + option.names().constFirst()));
    }
    // The command argument's line is the same list, in words.
    CHECK(r.out.simplified().contains(
        QStringLiteral("report, announce-certificate, backup, restore or serve.")));
}

TEST_CASE("fieldfile-server: a missing or unknown command is refused, naming every command", "[server][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("county.db"));
    const ServerCommands commands;

    Run r = run({QStringLiteral("--database"), db, QStringLiteral("frobnicate")});
    CHECK(r.code == ServerCommand::kFailure);
    CHECK(r.out.isEmpty());
    CHECK(r.err == commands.unknownCommandMessage(QStringLiteral("frobnicate")) + QLatin1Char('\n'));
    CHECK(r.err.contains(QStringLiteral("“frobnicate”")));
    for (const QString& name : commands.names())
        CHECK(r.err.contains(name));
    CHECK(r.err.contains(QStringLiteral(
        "Commands: init, add-user, enroll-code, revoke, assign, import, users, "
        "devices, households, opened, parked, duplicates, status, policy, "
        "publish, published, recover-profile, report, announce-certificate, backup, restore, serve.")));
    CHECK_FALSE(QFile::exists(db)); // refused before any database is opened

    r = run({QStringLiteral("--database"), db});
    CHECK(r.code == ServerCommand::kFailure);
    CHECK(r.err ==
          QStringLiteral("Say what to do: init, add-user, enroll-code, revoke, assign, import, users, "
                         "devices, households, opened, parked, duplicates, status, policy, publish, "
                         "published, recover-profile, report, announce-certificate, backup, restore "
                         "or serve (see --help).\n"));

    r = run({QStringLiteral("--database"), db, QStringLiteral("status"), QStringLiteral("--colour")});
    CHECK(r.code == ServerCommand::kFailure);
    CHECK(r.err.contains(QStringLiteral("colour")));
    CHECK(r.err.contains(QStringLiteral("(see --help)")));
}

TEST_CASE("fieldfile-server: the database is checked before the arguments", "[server][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("county.db"));
    Run r = run({QStringLiteral("--database"), db, QStringLiteral("assign"), QStringLiteral("h1")});
    CHECK(r.code == ServerCommand::kFailure);
    CHECK(r.err.startsWith(QStringLiteral("There is no county database at ") + db));
    CHECK_FALSE(QFile::exists(db));

    // init without an id makes the file but no county; every other command then says so.
    r = run({QStringLiteral("--database"), db, QStringLiteral("init")});
    CHECK(r.code == ServerCommand::kFailure);
    CHECK(r.err.contains(QStringLiteral("needs an id")));
    REQUIRE(QFile::exists(db));
    r = run({QStringLiteral("--database"), db, QStringLiteral("users"), QStringLiteral("extra")});
    CHECK(r.code == ServerCommand::kFailure);
    CHECK(r.err.startsWith(QStringLiteral("No county deployment in this database.")));
}

TEST_CASE("fieldfile-server: wrong arguments exit with 2 and the command's usage line", "[server][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("county.db"));
    Run r = run({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--county"),
                 QStringLiteral("371321")});
    REQUIRE(r.code == ServerCommand::kSuccess);
    CHECK(r.out == QStringLiteral("County deployment 371321 created in %1.\n").arg(db));

    const ServerCommands commands;
    for (const ServerCommand* command : commands.commands()) {
        INFO(command->name().toStdString());
        const ServerCommand::Arguments expected = command->arguments();
        QList<qsizetype> wrongCounts;
        if (expected.most != ServerCommand::Arguments::kUnlimited)
            wrongCounts.append(expected.most + 1);
        if (expected.least > 0)
            wrongCounts.append(expected.least - 1);
        if (wrongCounts.isEmpty())
            continue; // any count (assign: its options say what the arguments are; tested below)
        for (const qsizetype count : wrongCounts) {
            INFO(count << " arguments");
            r = run(QStringList{QStringLiteral("--database"), db, command->name()} +
                    QStringList(count, QStringLiteral("x")));
            CHECK(r.code == ServerCommand::kFailure);
            CHECK(r.out.isEmpty());
            CHECK(r.err == command->usageMessage() + QLatin1Char('\n'));
        }
    }
    const QString assignUsage = QStringLiteral("Usage: fieldfile-server assign HOUSEHOLD... CASEWORKER | "
                                               "assign --from CASEWORKER --to CASEWORKER\n");
    r = run({QStringLiteral("--database"), db, QStringLiteral("assign"), QStringLiteral("h1")});
    CHECK(r.code == ServerCommand::kFailure);
    CHECK(r.err == assignUsage);
    r = run({QStringLiteral("--database"), db, QStringLiteral("assign")});
    CHECK(r.err == assignUsage);
    r = run({QStringLiteral("--database"), db, QStringLiteral("assign"), QStringLiteral("--from"),
             QStringLiteral("王芳")});
    CHECK(r.err == assignUsage);
    r = run({QStringLiteral("--database"), db, QStringLiteral("assign"), QStringLiteral("--from"),
             QStringLiteral("王芳"), QStringLiteral("--to"), QStringLiteral("张丽"), QStringLiteral("h1")});
    CHECK(r.err == assignUsage);
    r = run({QStringLiteral("--database"), db, QStringLiteral("households"), QStringLiteral("x"),
             QStringLiteral("--unassigned")});
    CHECK(r.code == ServerCommand::kFailure);
    CHECK(r.err == QStringLiteral("Usage: fieldfile-server households [CASEWORKER | --unassigned]\n"));

    // What fits runs: the same streams carry a command's output.
    r = run({QStringLiteral("--database"), db, QStringLiteral("status")});
    CHECK(r.code == ServerCommand::kSuccess);
    CHECK(r.out.startsWith(QStringLiteral("County 371321\nUsers: 0\n")));
    CHECK(r.err.isEmpty());
}
