// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fieldfile-server's registry of commands, run in-process with the output in strings.
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestServer.h"

#include "core/journal/JournalReader.h"
#include "core/model/ResidentId.h"
#include "core/records/FileOpenRepository.h"
#include "core/records/HouseholdRepository.h"
#include "core/server/cli/ServerCommand.h"
#include "core/server/cli/ServerCommands.h"
#include "core/server/CountyStore.h"
#include "core/sync/DeviceSync.h"
#include "core/sync/PackageWriter.h"

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

/// A county database for the commands on one of the county's stores (docs/postgresql.md): a
/// file, or a PostgreSQL database with its key file; run() puts its --database (and --keys)
/// before the command.
struct County
{
    QTemporaryDir dir;
    QString location;

    explicit County(test::Store store) : location(test::countyDatabase(store, dir.path())) {}
    /// True when the store could not be made (PostgreSQL not installed; countyDatabase warned).
    bool skipped() const { return location.isEmpty(); }
    Run run(const QStringList& args) const { return ::run(test::databaseArguments(location) + args); }
    /// The county's database as the server opens it.
    void open(Database& db) const { REQUIRE(db.open(location, test::keyFileOf(location).chopped(5))); }
};
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
        // Every command runs on both of the county's stores (docs/postgresql.md); the dispatcher's
        // refusal by name is for a command added later, until a test of it runs on both.
        CHECK(command->worksOnPostgres());
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
    // On both of the county's stores: every command is there on each (docs/postgresql.md).
    const County county(GENERATE(test::Store::Sqlite, test::Store::Postgres));
    if (county.skipped())
        return;
    const QString& db = county.location;
    const auto run = [&](const QStringList& args) {
        // The command line as typed, with the key file after --database on PostgreSQL.
        QStringList line = args;
        line.removeFirst();
        line.removeFirst();
        return county.run(line);
    };
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

TEST_CASE("fieldfile-server: every command does its work on both of the county's stores", "[server][cli]")
{
    const County county(GENERATE(test::Store::Sqlite, test::Store::Postgres));
    if (county.skipped())
        return;
    REQUIRE(county.run({QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")}).code ==
            ServerCommand::kSuccess);
    for (const QString& name : {QStringLiteral("王芳"), QStringLiteral("李娜")})
        REQUIRE(county
                    .run({QStringLiteral("add-user"), name, QStringLiteral("--role"),
                          QStringLiteral("caseworker"), QStringLiteral("--station"),
                          QStringLiteral("岸堤镇社工站")})
                    .code == ServerCommand::kSuccess);

    // 王芳's laptop brings two households whose heads share an ID number (a possible duplicate),
    // opens the first one's file, and slips in a change in another device's name (parked).
    test::TempDatabase laptopDb;
    DeviceSync laptop(laptopDb.db());
    Database db;
    county.open(db);
    CountyStore store(db);
    {
        QString code, user;
        REQUIRE(laptop.ensureKeys());
        REQUIRE(store.issueEnrollmentCode(QStringLiteral("王芳"), &code));
        REQUIRE(store.enroll(code, laptop.deviceId(), laptop.signingKeys().publicKey,
                             laptop.boxKeys().publicKey, &user));
    }
    const Session wang = test::as(QStringLiteral("王芳"));
    HouseholdFile first = test::sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(laptopDb.db(), wang).save(first));
    HouseholdFile second = test::sampleHousehold(QStringLiteral("曾祥"));
    second.household.insert(QStringLiteral("household_no"), QStringLiteral("371321105-000002"));
    second.household.insert(QStringLiteral("village"), QStringLiteral("西岭村"));
    REQUIRE(HouseholdRepository(laptopDb.db(), wang).save(second));
    const QString firstId = first.household.value(QStringLiteral("id")).toString();
    const QString secondId = second.household.value(QStringLiteral("id")).toString();
    REQUIRE(FileOpenRepository(laptopDb.db(), wang).record(firstId));
    QList<Change> changes = JournalReader(laptopDb.db()).since(0);
    Change forged = changes.first();
    forged.id = {QStringLiteral("laptop-of-someone-else"), 1};
    forged.op = Change::Op::Update;
    forged.fields = {{QStringLiteral("phone"), QStringLiteral("13900000000")}};
    forged.bases.clear();
    changes.append(forged);
    const QByteArray package = PackageWriter::write(changes, {laptop.deviceId(), laptop.signingKeys()},
                                                    {QStringLiteral("371321"), store.boxKeys().publicKey}, 1);
    const CountyStore::ImportOutcome imported = store.importPackage(package);
    REQUIRE(imported.kind == CountyStore::ImportOutcome::Kind::Applied);
    REQUIRE(imported.report.parked == 1);

    // households: read from the journal through the merge heads, by caseworker or of nobody.
    Run r = county.run({QStringLiteral("households")});
    CHECK(r.code == ServerCommand::kSuccess);
    CHECK(r.out.contains(firstId + QStringLiteral("\t371321105-000001\t东山村\t王芳\n")));
    CHECK(r.out.contains(secondId + QStringLiteral("\t371321105-000002\t西岭村\t王芳\n")));
    CHECK(county.run({QStringLiteral("households"), QStringLiteral("王芳")}).out == r.out);
    r = county.run({QStringLiteral("households"), QStringLiteral("李娜")});
    CHECK(r.code == ServerCommand::kSuccess);
    CHECK_FALSE(r.out.contains(firstId));
    CHECK_FALSE(
        county.run({QStringLiteral("households"), QStringLiteral("--unassigned")}).out.contains(firstId));
    r = county.run({QStringLiteral("households"), QStringLiteral("nobody")});
    CHECK(r.code == ServerCommand::kFailure);
    CHECK(r.err.contains(QStringLiteral("There is no caseworker called “nobody”")));

    // opened: a household by its id or its household number.
    r = county.run({QStringLiteral("opened"), QStringLiteral("371321105-000001")});
    CHECK(r.code == ServerCommand::kSuccess);
    CHECK(r.out.contains(QStringLiteral("\t王芳\t") + laptop.deviceId() + QLatin1Char('\n')));
    CHECK(county.run({QStringLiteral("opened"), firstId}).out == r.out);
    CHECK_FALSE(county.run({QStringLiteral("opened"), secondId}).out.contains(laptop.deviceId()));

    // parked: the change in another device's name, and why.
    r = county.run({QStringLiteral("parked")});
    CHECK(r.code == ServerCommand::kSuccess);
    CHECK(r.out.contains(QStringLiteral("laptop-of-someone-else\t1\t")));
    CHECK(r.out.contains(QStringLiteral("phone")));
    CHECK(r.out.contains(QStringLiteral("another device than the one that sent the package")));

    // duplicates: the two heads with one ID number, masked, with both households.
    r = county.run({QStringLiteral("duplicates")});
    CHECK(r.code == ServerCommand::kSuccess);
    const QString number =
        ResidentId::normalize(first.members.first().value(QStringLiteral("id_number")).toString());
    CHECK(r.out.contains(ResidentId::masked(number) + QLatin1Char('\t') + firstId +
                         QStringLiteral("\t371321105-000001\t东山村\t张伟\n")));
    CHECK(r.out.contains(ResidentId::masked(number) + QLatin1Char('\t') + secondId +
                         QStringLiteral("\t371321105-000002\t西岭村\t曾祥\n")));
    CHECK_FALSE(r.out.contains(number));

    // publish and published: a list, published, again unchanged, then replaced.
    CHECK(county.run({QStringLiteral("published")}).out.startsWith(QStringLiteral("Nothing is published")));
    const QString agencies = county.dir.filePath(QStringLiteral("agencies.json"));
    const auto writeAgencies = [&](const QByteArray& name) {
        QFile file(agencies);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"agencies": [{"code": "school", "zh_CN": ")" + name + R"(", "en": "School"}]})");
    };
    writeAgencies("学校");
    r = county.run({QStringLiteral("publish"), agencies});
    CHECK(r.code == ServerCommand::kSuccess);
    CHECK(r.out.startsWith(QStringLiteral("Published agencies.json")));
    CHECK(county.run({QStringLiteral("publish"), agencies}).out.contains(QStringLiteral("nothing changed")));
    writeAgencies("中心学校");
    CHECK(county.run({QStringLiteral("publish"), agencies}).out.startsWith(QStringLiteral("Published")));
    r = county.run({QStringLiteral("published")});
    CHECK(r.out.startsWith(QStringLiteral("agencies\tagencies.json\t")));
    CHECK(r.out.count(QLatin1Char('\n')) == 1);
    r = county.run({QStringLiteral("publish"), county.dir.filePath(QStringLiteral("rules.txt"))});
    CHECK(r.code == ServerCommand::kFailure);

    // announce-certificate: none announced, cleared; a file that is no certificate refused.
    r = county.run({QStringLiteral("announce-certificate")});
    CHECK(r.code == ServerCommand::kSuccess);
    CHECK(r.out == QStringLiteral("No next certificate is announced.\n"));
    CHECK(county.run({QStringLiteral("announce-certificate"), agencies})
              .err.contains(QStringLiteral("is not a PEM certificate")));
    CHECK(county.run({QStringLiteral("announce-certificate"), QStringLiteral("--clear")}).code ==
          ServerCommand::kSuccess);

    // policy: shown, and set.
    CHECK(county.run({QStringLiteral("policy"), QStringLiteral("--lock-minutes"), QStringLiteral("20")})
              .out.contains(QStringLiteral("Laptops lock after: 20 min")));
    CHECK(store.policy().lockMinutes == 20);
}
