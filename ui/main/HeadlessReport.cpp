// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/HeadlessReport.h"

#include "core/crypto/SecretBytes.h"
#include "core/db/Database.h"
#include "core/forms/BuiltInForms.h"
#include "core/indicators/CsvWriter.h"
#include "core/indicators/IndicatorReport.h"
#include "core/journal/JournalReplayer.h"
#include "core/profile/ProfileDirectory.h"
#include "core/profile/ProfileOpener.h"
#include "core/records/PublishedDocumentStore.h"
#include "core/sync/DeviceSync.h"
#include "ui/main/LanguageMenu.h"
#include "ui/main/OnDemandParts.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace ff {

namespace {
constexpr qint64 kMaxPasswordBytes = 4096;

/// The first line of `device`, without its line end; the bytes read are wiped.
QString firstLine(QIODevice& device)
{
    QByteArray bytes = device.read(kMaxPasswordBytes + 1);
    const qsizetype end = bytes.indexOf('\n');
    QByteArray first = end < 0 ? bytes : bytes.left(end);
    if (first.endsWith('\r'))
        first.chop(1);
    const QString line = QString::fromUtf8(first);
    std::fill(bytes.begin(), bytes.end(), '\0');
    std::fill(first.begin(), first.end(), '\0');
    return line;
}

/// The profile folder --profile names: a folder, a folder's name under the profiles, or the name
/// of the person it belongs to; without --profile, the only profile of a person, else the demo.
QString profileFolder(const QString& wanted, QString* problem)
{
    const ProfileDirectory profiles;
    const QList<ProfileDirectory::Entry> all = profiles.profiles();
    if (!wanted.isEmpty()) {
        if (QFileInfo(wanted).isDir() && QFile::exists(ProfileDirectory::keyFilePath(wanted)))
            return wanted;
        for (const ProfileDirectory::Entry& e : all) {
            if (QFileInfo(e.folder).fileName() == wanted || e.keyFile.identity().user == wanted ||
                e.keyFile.identity().displayName == wanted)
                return e.folder;
        }
        *problem = HeadlessReport::tr("There is no profile “%1” on this computer.").arg(wanted);
        return {};
    }
    QList<ProfileDirectory::Entry> people;
    for (const ProfileDirectory::Entry& e : all)
        if (!e.keyFile.isDemo())
            people.append(e);
    if (people.size() == 1)
        return people.first().folder;
    if (people.isEmpty() && profiles.hasDemo())
        return profiles.demoFolder();
    *problem = people.isEmpty() ? HeadlessReport::tr("There is no profile on this computer yet.")
                                : HeadlessReport::tr("Say whose profile to count with --profile NAME.");
    return {};
}

/// Whether the command line asks for `--format pdf` (read before the application exists, which
/// the format decides).
bool asksForPdf(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.toLower() == "--format=pdf" || arg.toLower() == "-format=pdf")
            return true;
        if ((arg == "--format" || arg == "-format") && i + 1 < argc &&
            QByteArray(argv[i + 1]).trimmed().toLower() == "pdf")
            return true;
    }
    return false;
}
} // namespace

bool HeadlessReport::isRequested(int argc, char** argv)
{
    return argc > 1 && std::strcmp(argv[1], "report") == 0;
}

int HeadlessReport::run(int argc, char** argv)
{
    // A PDF needs fonts and a printer, so a QGuiApplication; without a window it needs no display
    // (offscreen, unless the caller chose a platform). CSV needs neither.
    std::unique_ptr<QCoreApplication> app;
    if (asksForPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Fieldfile"));
    QCoreApplication::setApplicationName(QStringLiteral("fieldfile"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the indicators of a scope and period, beside the previous period."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), tr("Write a report and exit."));
    parser.addOptions(
        {{QStringLiteral("scope"),
          tr("county (everything this computer holds, the default), township:NAME, station:NAME or "
             "caseworker:NAME."),
          QStringLiteral("scope")},
         {QStringLiteral("period"), tr("A month (2026-11), a quarter (2026-Q4) or a year (2026)."),
          QStringLiteral("period")},
         {QStringLiteral("format"),
          tr("csv (the indicators as a table, the default) or pdf (the printed report: "
             "the monthly station report, the county summary)."),
          QStringLiteral("format"), QStringLiteral("csv")},
         {QStringLiteral("output"), tr("The file to write."), QStringLiteral("file")},
         {QStringLiteral("profile"),
          tr("Whose profile: its folder, or its person's name (default: the only one)."),
          QStringLiteral("name")},
         {QStringLiteral("password-file"),
          tr("A file whose first line is the profile's password (else it is read from standard input)."),
          QStringLiteral("file")},
         {QStringLiteral("database"), tr("Count an unencrypted database file instead of a profile."),
          QStringLiteral("path")},
         {QStringLiteral("language"), tr("Language of the report: zh_CN or en."), QStringLiteral("code")}});
    parser.process(*app);
    LanguageMenu::apply(parser.isSet(QStringLiteral("language")) ? parser.value(QStringLiteral("language"))
                                                                 : LanguageMenu::saved());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto fail = [&](const QString& message, int code) {
        err << message << Qt::endl;
        return code;
    };

    const std::optional<ReportPeriod> period = ReportPeriod::parse(parser.value(QStringLiteral("period")));
    if (!period)
        return fail(tr("--period is a month (2026-11), a quarter (2026-Q4) or a year (2026)."), 2);
    const std::optional<IndicatorScope> scope =
        IndicatorScope::parse(parser.isSet(QStringLiteral("scope")) ? parser.value(QStringLiteral("scope"))
                                                                    : QStringLiteral("county"));
    if (!scope)
        return fail(tr("--scope is county, township:NAME, station:NAME or caseworker:NAME."), 2);
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return fail(tr("Reports are written as CSV (--format csv) or PDF (--format pdf)."), 2);
    const QString output = parser.value(QStringLiteral("output")).trimmed();
    if (output.isEmpty())
        return fail(tr("Say where to write the report with --output FILE."), 2);

    Database db;
    if (parser.isSet(QStringLiteral("database"))) {
        const QString path = parser.value(QStringLiteral("database"));
        if (!QFile::exists(path))
            return fail(tr("There is no database at %1.").arg(path), 1);
        if (Status s = db.open(path); !s)
            return fail(s.error().message + QLatin1Char(' ') + s.error().detail, 1);
    } else {
        QString problem;
        const QString folder = profileFolder(parser.value(QStringLiteral("profile")), &problem);
        if (folder.isEmpty())
            return fail(problem, 1);
        ProfileKeyFile keyFile;
        if (Status s = ProfileKeyFile::read(ProfileDirectory::keyFilePath(folder), &keyFile); !s)
            return fail(s.error().message + QLatin1Char(' ') + s.error().detail, 1);
        crypto::SecretBytes dataKey;
        if (!keyFile.isDemo()) {
            QString password;
            if (parser.isSet(QStringLiteral("password-file"))) {
                QFile file(parser.value(QStringLiteral("password-file")));
                if (!file.open(QIODevice::ReadOnly))
                    return fail(tr("The password file %1 could not be read.").arg(file.fileName()), 1);
                password = firstLine(file);
            } else if (isatty(STDIN_FILENO) == 0) {
                QFile in;
                if (in.open(stdin, QIODevice::ReadOnly))
                    password = firstLine(in);
            } else {
                return fail(tr("This profile is encrypted: give its password with --password-file FILE or on "
                               "standard input."),
                            2);
            }
            if (Status s = ProfileOpener::unlock(folder, password, &dataKey); !s)
                return fail(s.error().message, 1);
        }
        if (Status s = ProfileOpener::open(folder, dataKey, db); !s)
            return fail(s.error().message + QLatin1Char(' ') + s.error().detail, 1);
    }

    // As the app opens a database: a county server's file gets the record rows the server does not
    // keep; the form versions the county published (beside the data, and received through sync)
    // read the needs of assessments made with them.
    if (Status s = JournalReplayer::rebuildIfStale(db); !s)
        return fail(s.error().message + QLatin1Char(' ') + s.error().detail, 1);
    // A laptop whose provisioning was cut: the list data of what arrived (core/sync/README.md, 20).
    if (Status s = DeviceSync(db).finishProvisioning(); !s)
        return fail(s.error().message + QLatin1Char(' ') + s.error().detail, 1);
    BuiltInForms::setPublishedFolder(QFileInfo(db.path()).dir().filePath(QStringLiteral("forms")));
    if (Status s = PublishedDocumentStore(db).install(); !s)
        err << s.error().message << ' ' << s.error().detail << Qt::endl;
    if (format == QLatin1String("pdf")) {
        // The printed report is made with Qt PrintSupport, loaded for it (OnDemandParts).
        QString error;
        OnDemandParts* parts = OnDemandParts::get(&error);
        if (!parts)
            return fail(error, 1);
        if (Status s = parts->saveReportPdf(db, *scope, *period, QDateTime::currentDateTime(), output); !s)
            return fail(s.error().message + QLatin1Char(' ') + s.error().detail, 1);
    } else {
        const QByteArray csv = IndicatorReport::compute(db, *scope, *period).toCsv();
        if (Status s = CsvWriter::save(output, csv); !s)
            return fail(s.error().message + QLatin1Char(' ') + s.error().detail, 1);
    }
    out << tr("The indicators of %1, %2, are in %3.").arg(scope->label(), period->label(), output)
        << Qt::endl;
    return 0;
}

} // namespace ff
