// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the app's start: the real `fieldfile` process, from its spawn to its exit, opening a
// caseload of N households with their casework and quitting once its main window was first
// painted, beside a program that shows an empty QMainWindow and quits at its first paint
// (EmptyWindow.cpp), in the same run, alternating. See README.md.

#include "core/db/Database.h"
#include "core/demo/DemoGenerator.h"
#include "core/records/RecordProjections.h"
#include "tests/bench/BenchTools.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

#include <fcntl.h>
#include <unistd.h>

using namespace ff;
using bench::evictFromOsCache;
using bench::loadAverage;
using bench::msSince;
using bench::percentile;

namespace {

QTextStream out(stdout);

/// The budget: the app's start at most this many times the empty window's, p50.
constexpr double kBudgetRatio = 2.0;
qint64 countOf(sqlite3* handle, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    qint64 n = -1;
    if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return n;
}

/// Says what the caseload holds, read without the app's migrations, so that an app built before
/// a schema change can be timed on the same file (--fieldfile).
bool describe(const QString& path, int households, QString* summary)
{
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(handle);
        return false;
    }
    const qint64 have = countOf(handle, "SELECT count(*) FROM household");
    *summary = QStringLiteral("%1 households, %2 members, %3 changes in the journal, schema %4, %5 MB")
                   .arg(have)
                   .arg(countOf(handle, "SELECT count(*) FROM member"))
                   .arg(countOf(handle, "SELECT count(*) FROM journal"))
                   .arg(countOf(handle, "PRAGMA user_version"))
                   .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1);
    sqlite3_close(handle);
    if (have != households)
        out << path << " holds " << have << " households, not " << households
            << ": remove it or pass --database\n";
    return have == households;
}

/// Opens the caseload, generating N demo households with their casework into it if it is new.
bool prepareCaseload(const QString& path, int households, QString* summary)
{
    if (QFile::exists(path))
        return describe(path, households, summary);
    {
        Database db;
        if (Status s = db.open(path); !s) {
            out << "cannot open " << path << ": " << s.error().message << " (" << s.error().detail << ")\n";
            return false;
        }
        out << "Generating " << households << " demo households with their casework into " << path
            << " (only once, later runs reuse the file)\n";
        out.flush();
        QElapsedTimer t;
        t.start();
        DemoGenerator::Options options;
        options.households = households;
        options.batch = 1000;
        options.casework = true;
        const Status s = DemoGenerator::generate(db, options);
        if (!s) {
            out << "generation failed: " << s.error().message << " (" << s.error().detail << ")\n";
            return false;
        }
        countOf(db.handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
        out << "Generated in " << qRound(msSince(t) / 1000) << " s\n\n";
    }
    return describe(path, households, summary);
}

/// Runs a program to its end; the wall time from its spawn to its exit in ms, or -1 when it failed.
double timedRun(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
                QString* failure)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *failure = QStringLiteral("%1 %2: exit %3, %4")
                       .arg(program, arguments.join(QLatin1Char(' ')))
                       .arg(process.exitCode())
                       .arg(QString::fromLocal8Bit(process.readAllStandardError()).left(400));
        process.kill();
        return -1;
    }
    return msSince(t);
}

struct Line
{
    QString name;
    QList<double> ms;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    RecordProjections::install();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The app's start beside an empty window's (README.md)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("households"), QStringLiteral("Households in the caseload (10000)."),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("The caseload's file (fieldfile-start-bench-<n>.db here)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Starts of each kind (20)."),
                      QStringLiteral("r"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("fieldfile"), QStringLiteral("The app to start (the one built beside)."),
                      QStringLiteral("path"), QStringLiteral(FIELDFILE_APP_BINARY)});
    parser.addOption({QStringLiteral("empty-window"),
                      QStringLiteral("The baseline program to start (the one built beside)."),
                      QStringLiteral("path"), QStringLiteral(FIELDFILE_EMPTY_WINDOW_BINARY)});
    parser.addOption(
        {QStringLiteral("no-cold"), QStringLiteral("Only starts with the file in the OS cache.")});
    parser.process(app);
    const int households = parser.value(QStringLiteral("households")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : QStringLiteral("fieldfile-start-bench-%1.db").arg(households);
    const QString fieldfile = parser.value(QStringLiteral("fieldfile"));

    QString summary;
    if (!prepareCaseload(path, households, &summary))
        return 1;

    // Both offscreen, each with settings of its own that no run keeps: every start is a first one
    // as far as window geometry and column widths go, in the app's default language.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    const QString emptyWindow = parser.value(QStringLiteral("empty-window"));
    const QStringList appArguments = {QStringLiteral("--database"), QFileInfo(path).absoluteFilePath(),
                                      QStringLiteral("--quit-after-start")};
    const bool cold = !parser.isSet(QStringLiteral("no-cold")) && evictFromOsCache(path);

    out << "Fieldfile start benchmark: the app's process from spawn to exit, beside an empty window's\n"
        << "  caseload     " << QFileInfo(path).absoluteFilePath() << ": " << summary << '\n'
        << "  app          " << fieldfile << ' ' << appArguments.join(QLatin1Char(' '))
        << " (quits after the first paint of its main window)\n"
        << "  baseline     " << emptyWindow
        << ": a QApplication showing an empty 1280×680 QMainWindow, quit after its first paint,"
           " linked with Qt Widgets alone\n"
        << "  both         QT_QPA_PLATFORM=offscreen, settings in a fresh temporary folder; " << runs
        << " runs of each, alternating\n"
        << "  machine      " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " CPUs, Qt " << qVersion() << ", SQLite " << sqlite3_libversion() << '\n'
        << "  load average " << loadAverage() << " before the run\n\n";
    out.flush();

    Line empty{QStringLiteral("empty window (baseline)"), {}};
    Line warm{QStringLiteral("fieldfile, file in the OS cache"), {}};
    Line coldLine{QStringLiteral("fieldfile, file evicted (cold)"), {}};
    QString failure;
    // One untimed start of each first: the libraries into the OS cache, as on any second start.
    timedRun(emptyWindow, {}, env, &failure);
    timedRun(fieldfile, appArguments, env, &failure);
    for (int i = 0; i < runs; ++i) {
        const double e = timedRun(emptyWindow, {}, env, &failure);
        const double w = timedRun(fieldfile, appArguments, env, &failure);
        double c = 0;
        if (cold) {
            evictFromOsCache(path);
            c = timedRun(fieldfile, appArguments, env, &failure);
        }
        if (e < 0 || w < 0 || c < 0) {
            out << "A start failed: " << failure << '\n';
            return 1;
        }
        empty.ms << e;
        warm.ms << w;
        if (cold)
            coldLine.ms << c;
    }

    QList<Line> lines = {empty, warm};
    if (cold)
        lines << coldLine;
    for (Line& l : lines)
        std::sort(l.ms.begin(), l.ms.end());
    const double base50 = percentile(lines.first().ms, 0.5);
    const double base95 = percentile(lines.first().ms, 0.95);
    int over = 0;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
               .arg(QStringLiteral("start"), -34)
               .arg(QStringLiteral("n"), 4)
               .arg(QStringLiteral("p50 ms"), 9)
               .arg(QStringLiteral("p95 ms"), 9)
               .arg(QStringLiteral("p50 vs empty"), 13)
               .arg(QStringLiteral("p95 vs empty"), 13)
               .arg(QStringLiteral("budget (p50 ≤ 2×)"));
    for (const Line& l : lines) {
        const double p50 = percentile(l.ms, 0.5);
        const double p95 = percentile(l.ms, 0.95);
        const bool isBase = &l == &lines.first();
        QString verdict;
        if (!isBase) {
            verdict = p50 <= kBudgetRatio * base50 ? QStringLiteral("PASS") : QStringLiteral("OVER");
            over += verdict == QStringLiteral("OVER") ? 1 : 0;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
                   .arg(l.name, -34)
                   .arg(l.ms.size(), 4)
                   .arg(p50, 9, 'f', 1)
                   .arg(p95, 9, 'f', 1)
                   .arg(isBase ? QString() : QStringLiteral("%1×").arg(p50 / base50, 0, 'f', 2), 13)
                   .arg(isBase ? QString() : QStringLiteral("%1×").arg(p95 / base95, 0, 'f', 2), 13)
                   .arg(verdict);
    }
    if (!cold && !parser.isSet(QStringLiteral("no-cold")))
        out << "(the file could not be evicted from the OS cache here: no cold line)\n";
    out << '\n' << over << " line(s) over the budget; load average " << loadAverage() << " after the run\n";
    return 0;
}
