// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fieldfile-server: the county's command line. Links only fieldfile_core.
//
//   fieldfile-server [--database PATH] init --county ID
//   fieldfile-server [--database PATH] add-user NAME --role caseworker|supervisor|county [--station NAME]
//   fieldfile-server [--database PATH] enroll-code USER
//   fieldfile-server [--database PATH] revoke DEVICE
//   fieldfile-server [--database PATH] assign HOUSEHOLD CASEWORKER
//   fieldfile-server [--database PATH] import FILE.ffpkg...
//   fieldfile-server [--database PATH] users | devices | households [CASEWORKER | --unassigned] | parked
//   fieldfile-server [--database PATH] status
//   fieldfile-server [--database PATH] serve --listen ADDR:PORT [--tls-cert FILE --tls-key FILE]

#include "core/db/Database.h"
#include "core/records/RecordProjections.h"
#include "core/server/CountyDirectory.h"
#include "core/server/CountyService.h"
#include "core/server/CountyStore.h"
#include "core/server/ServerTranslator.h"
#include "core/sync/ChangeImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

/// The context of the command line's messages in the translations.
class ServerCli
{
    Q_DECLARE_TR_FUNCTIONS(ServerCli)
};

int fail(const QString& message)
{
    err << message << Qt::endl;
    return 2;
}

QString defaultDatabase()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("county.db"));
}

int importFiles(ff::CountyStore& county, const QStringList& files)
{
    int refused = 0;
    int index = 0;
    for (const QString& path : files) {
        ++index;
        out << QStringLiteral("[%1/%2] %3: ").arg(index).arg(files.size()).arg(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out << ServerCli::tr("refused: the file cannot be read.") << '\n';
            ++refused;
            continue;
        }
        // Never read more than a package may be: the size limit comes before anything else.
        if (file.size() > ff::PackageLimits{}.maxFileBytes) {
            out << ServerCli::tr("refused: the file is too large to be a sync package.") << '\n';
            ++refused;
            continue;
        }
        const ff::CountyStore::ImportOutcome result = county.importPackage(file.readAll());
        using Kind = ff::CountyStore::ImportOutcome::Kind;
        if (result.kind == Kind::Refused) {
            out << ServerCli::tr("refused: ") << result.reason << '\n';
            ++refused;
            continue;
        }
        if (result.kind == Kind::AlreadyImported)
            out << ServerCli::tr("already imported; nothing changed") << '\n';
        else
            out << ServerCli::tr("applied %1, already here %2, conflicts opened %3, parked %4")
                       .arg(result.report.applied + result.report.unparked)
                       .arg(result.report.alreadyHere)
                       .arg(result.report.conflictsOpened)
                       .arg(result.report.parked)
                << '\n';
        for (auto it = result.report.parkedReasons.cbegin(); it != result.report.parkedReasons.cend(); ++it)
            out << QStringLiteral("    ")
                << ServerCli::tr("parked %1: %2")
                       .arg(it.value())
                       .arg(ff::ChangeImporter::reasonText(it.key()))
                << '\n';
        const QFileInfo info(path);
        const QString receiptPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".ffrct"));
        QSaveFile receipt(receiptPath);
        if (receipt.open(QIODevice::WriteOnly) && receipt.write(result.receipt) == result.receipt.size() &&
            receipt.commit())
            out << QStringLiteral("    ") << ServerCli::tr("receipt: ") << receiptPath << '\n';
        else
            out << QStringLiteral("    ") << ServerCli::tr("the receipt could not be written to ")
                << receiptPath << '\n';
    }
    out << ServerCli::tr("%1 package(s): %2 imported, %3 refused.")
               .arg(files.size())
               .arg(files.size() - refused)
               .arg(refused)
        << '\n';
    return refused == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ff::RecordProjections::install();
    QCoreApplication::setOrganizationName(QStringLiteral("Fieldfile"));
    QCoreApplication::setApplicationName(QStringLiteral("fieldfile-server"));
    // County IT reads the messages in the system's language; each laptop gets its answers in the
    // language it asks for (ServerTranslator).
    ff::ServerTranslator translator;
    if (translator.loadCatalogue())
        QCoreApplication::installTranslator(&translator);
    // Qt's own messages (an unknown option, a missing value) in the same language.
    QTranslator qtMessages;
    if (QLocale::system().language() == QLocale::Chinese &&
        qtMessages.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtMessages);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ServerCli::tr("The Fieldfile county server: deployment, users, devices and package import."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"),
                      ServerCli::tr("The county database (default: %1).").arg(defaultDatabase()),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("county"),
                      ServerCli::tr("The county's id, for init (e.g. its region code 371321)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("role"),
                      ServerCli::tr("For add-user: caseworker, supervisor or county."),
                      QStringLiteral("role")});
    parser.addOption({QStringLiteral("station"),
                      ServerCli::tr("For add-user: the user's social-work station."),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("listen"),
         ServerCli::tr("For serve: the address and port, e.g. 0.0.0.0:8443 (port 0: any free port)."),
         QStringLiteral("address:port")});
    parser.addOption({QStringLiteral("tls-cert"), ServerCli::tr("For serve: PEM certificate for HTTPS."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("tls-key"), ServerCli::tr("For serve: PEM private key for HTTPS."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("page-changes"),
         ServerCli::tr("For serve: changes per pull page (default %1; smaller pages lose less when a "
                       "poor connection drops).")
             .arg(ff::CountyService::kPullPageChanges),
         QStringLiteral("n")});
    parser.addOption({QStringLiteral("unassigned"), ServerCli::tr("For households: only those of nobody.")});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        ServerCli::tr("init, add-user, enroll-code, revoke, assign, import, users, devices, households, "
                      "parked, status or serve."));
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + QLatin1Char(' ') + ServerCli::tr("(see --help)"));
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(
            ServerCli::tr("Say what to do: init, add-user, enroll-code, revoke, assign, import, users, "
                          "devices, households, parked, status or serve (see --help)."));
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    static const QStringList commands = {
        QStringLiteral("init"),   QStringLiteral("add-user"), QStringLiteral("enroll-code"),
        QStringLiteral("revoke"), QStringLiteral("assign"),   QStringLiteral("import"),
        QStringLiteral("users"),  QStringLiteral("devices"),  QStringLiteral("households"),
        QStringLiteral("parked"), QStringLiteral("status"),   QStringLiteral("serve")};
    if (!commands.contains(command))
        return fail(ServerCli::tr("Unknown command “%1”. Commands: %2.")
                        .arg(command, commands.join(QStringLiteral(", "))));

    const QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                  : defaultDatabase();
    if (command != QStringLiteral("init") && !QFile::exists(path))
        return fail(
            ServerCli::tr(
                "There is no county database at %1. Create one with: fieldfile-server init --county ID")
                .arg(path));
    ff::Database db;
    if (ff::Status s = db.open(path); !s)
        return fail(s.error().message + QLatin1Char(' ') + s.error().detail);
    ff::CountyStore county(db);
    if (command != QStringLiteral("init") && !county.isInitialized())
        return fail(county.statusText());

    auto expect = [&](int count, const QString& usage) -> bool {
        if (rest.size() == count)
            return true;
        err << ServerCli::tr("Usage: fieldfile-server %1").arg(usage) << Qt::endl;
        return false;
    };
    auto done = [](const ff::Status& s, const QString& message) {
        if (!s)
            return fail(s.error().message);
        out << message << '\n';
        return 0;
    };

    if (command == QStringLiteral("init")) {
        if (!expect(0, QStringLiteral("init --county ID")))
            return 2;
        return done(ff::CountyStore::initialize(db, parser.value(QStringLiteral("county"))),
                    ServerCli::tr("County deployment %1 created in %2.")
                        .arg(parser.value(QStringLiteral("county")), path));
    }
    if (command == QStringLiteral("add-user")) {
        if (!expect(1, QStringLiteral("add-user NAME --role caseworker|supervisor|county [--station NAME]")))
            return 2;
        if (parser.value(QStringLiteral("role")) == QStringLiteral("county") &&
            parser.isSet(QStringLiteral("station")))
            return fail(ServerCli::tr("County staff belong to no station: leave out --station."));
        return done(county.addUser(rest[0], parser.value(QStringLiteral("role")),
                                   parser.value(QStringLiteral("station"))),
                    ServerCli::tr("User %1 added.").arg(rest[0]));
    }
    if (command == QStringLiteral("enroll-code")) {
        if (!expect(1, QStringLiteral("enroll-code USER")))
            return 2;
        QString code;
        const ff::Status s = county.issueEnrollmentCode(rest[0], &code);
        return done(s, ServerCli::tr("One-time enrollment code for %1: %2").arg(rest[0], code));
    }
    if (command == QStringLiteral("revoke")) {
        if (!expect(1, QStringLiteral("revoke DEVICE")))
            return 2;
        return done(county.revokeDevice(rest[0]),
                    ServerCli::tr("Device %1 revoked: its packages will be refused.").arg(rest[0]));
    }
    if (command == QStringLiteral("assign")) {
        if (!expect(2, QStringLiteral("assign HOUSEHOLD CASEWORKER")))
            return 2;
        return done(county.assign(rest[0], rest[1]),
                    ServerCli::tr("Household %1 assigned to %2.").arg(rest[0], rest[1]));
    }
    if (command == QStringLiteral("import")) {
        if (rest.isEmpty())
            return fail(ServerCli::tr("Usage: fieldfile-server import FILE.ffpkg..."));
        return importFiles(county, rest);
    }
    if (command == QStringLiteral("users")) {
        if (!expect(0, QStringLiteral("users")))
            return 2;
        out << ff::CountyDirectory(db).users();
        return 0;
    }
    if (command == QStringLiteral("devices")) {
        if (!expect(0, QStringLiteral("devices")))
            return 2;
        out << ff::CountyDirectory(db).devices();
        return 0;
    }
    if (command == QStringLiteral("parked")) {
        if (!expect(0, QStringLiteral("parked")))
            return 2;
        out << ff::CountyDirectory(db).parked();
        return 0;
    }
    if (command == QStringLiteral("households")) {
        const bool unassigned = parser.isSet(QStringLiteral("unassigned"));
        if (rest.size() > 1 || (unassigned && !rest.isEmpty())) {
            err << ServerCli::tr("Usage: fieldfile-server %1")
                       .arg(QStringLiteral("households [CASEWORKER | --unassigned]"))
                << Qt::endl;
            return 2;
        }
        if (!rest.isEmpty() && county.role(rest[0]) != ff::Role::Caseworker)
            return fail(ServerCli::tr("There is no caseworker called “%1”.").arg(rest[0]));
        out << ff::CountyDirectory(db).households(unassigned ? QStringLiteral("-") : rest.value(0));
        return 0;
    }
    if (command == QStringLiteral("serve")) {
        if (!expect(0, QStringLiteral("serve --listen ADDRESS:PORT [--tls-cert FILE --tls-key FILE]")))
            return 2;
        const QString listen = parser.value(QStringLiteral("listen"));
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
        QHostAddress address;
        if (colon <= 0 || !portOk || port > 65535 || !address.setAddress(listen.left(colon)))
            return fail(ServerCli::tr("serve needs --listen ADDRESS:PORT, e.g. --listen 0.0.0.0:8443."));
        if (parser.isSet(QStringLiteral("tls-cert")) != parser.isSet(QStringLiteral("tls-key")))
            return fail(ServerCli::tr("HTTPS needs both --tls-cert and --tls-key."));
        int pageChanges = ff::CountyService::kPullPageChanges;
        if (parser.isSet(QStringLiteral("page-changes"))) {
            bool ok = false;
            pageChanges = parser.value(QStringLiteral("page-changes")).toInt(&ok);
            if (!ok || pageChanges < 1 || pageChanges > 100000)
                return fail(ServerCli::tr("--page-changes needs a number from 1 to 100000."));
        }
        static ff::CountyService service(county, path);
        service.setPullPageChanges(pageChanges);
        const bool tls = parser.isSet(QStringLiteral("tls-cert"));
        if (tls) {
            if (ff::Status s = service.useTls(parser.value(QStringLiteral("tls-cert")),
                                              parser.value(QStringLiteral("tls-key")));
                !s)
                return fail(s.error().message);
        }
        const quint16 bound = service.listen(address, quint16(port));
        if (bound == 0)
            return fail(ServerCli::tr("Cannot listen on %1 (in use, or not an address of this machine).")
                            .arg(listen));
        out << ServerCli::tr("County %1 listening on %2://%3:%4")
                   .arg(county.countyId(), tls ? QStringLiteral("https") : QStringLiteral("http"),
                        address.toString())
                   .arg(bound)
            << Qt::endl;
        if (tls)
            out << ServerCli::tr(
                       "Certificate fingerprint (SHA-256), for laptops to check when they connect: %1")
                       .arg(service.certificateFingerprint())
                << Qt::endl;
        return app.exec();
    }
    if (!expect(0, QStringLiteral("status")))
        return 2;
    out << county.statusText() << '\n';
    return 0;
}
