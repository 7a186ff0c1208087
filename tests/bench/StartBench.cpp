// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the app's start: the real `fieldfile` process, from its spawn to its exit, opening a
// caseload of N households with their casework and quitting once its main window was first
// painted, beside a program that shows an empty QMainWindow and quits at its first paint
// (EmptyWindow.cpp), in the same run, interleaved. See README.md.

#include "core/db/Database.h"
#include "core/demo/DemoGenerator.h"
#include "core/records/RecordProjections.h"
#include "tests/bench/BenchTools.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
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
#include <numeric>
#include <random>

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

/// Keeps this CPU busy for `ms` milliseconds.
void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
    }
}

/// Runs a program to its end; the wall time from its spawn to its exit in ms, or -1 when it failed.
double timedRun(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
                QString* failure)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    // Every start from a busy CPU. On a virtual machine a CPU left idle comes back slowly: a start
    // right after the bench had waited took up to 20 ms longer, and a cold start, after the
    // eviction's work, ran 10-20 ms faster than the same start warm (2026-12-07).
    spin(30);
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

/// One kind of start timed in each round, and its times.
struct Start
{
    QString name;
    QString program;
    QStringList arguments;
    QString home;               ///< the settings folder of a regular start; empty: a new one each time
    bool cold = false;          ///< the caseload evicted from the OS cache before it
    int baseline = 0;           ///< the index of the start it is compared with (itself for a baseline)
    bool reference = false;     ///< shown beside the baseline, not held to the budget
    bool chineseSystem = false; ///< started as on a laptop set to Chinese (chineseSystem())
    QList<double> ms;
};

/// `base` as on a laptop whose system is set to Chinese, as caseworkers' are: LANG=zh_CN.UTF-8 and
/// nothing overriding it, so the app follows the system's language and fontconfig's default
/// language is Chinese (a Chinese font is the default one).
QProcessEnvironment chineseSystem(QProcessEnvironment base)
{
    for (const char* name : {"LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANGUAGE", "FC_LANG"})
        base.remove(QString::fromLatin1(name));
    base.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    return base;
}

/// The environment of a start with its settings (and data and cache) in `folder`.
QProcessEnvironment environmentIn(const QProcessEnvironment& base, const QString& folder)
{
    QProcessEnvironment env = base;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), folder + QStringLiteral("/cache"));
    return env;
}

/// A first start: the program's settings in a new, empty folder, thrown away after it.
double firstStart(const QString& program, const QStringList& arguments, const QProcessEnvironment& base,
                  QString* failure)
{
    QTemporaryDir folder;
    return timedRun(program, arguments, environmentIn(base, folder.path()), failure);
}

/// The content of every file under `folder`, to tell whether a start wrote its settings.
QByteArray contentOf(const QString& folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        all += file.fileName().toUtf8();
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

/// Starts a program untimed in its settings folder until a start leaves the settings as they were
/// (a caseworker's daily start: the settings written by earlier ones, nothing new to write). The
/// app's window, neither moved nor resized, writes no geometry, so the app settles at once; a start
/// that wrote its settings would be followed by others until one leaves them unchanged. The starts
/// it took, or -1 when a start failed or the settings still changed after five.
int settle(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
           const QString& folder, QString* failure)
{
    for (int starts = 1; starts <= 5; ++starts) {
        const QByteArray before = contentOf(folder);
        if (timedRun(program, arguments, env, failure) < 0)
            return -1;
        if (starts > 1 && contentOf(folder) == before)
            return starts;
    }
    *failure = program + QStringLiteral(": its settings still change after five starts");
    return -1;
}

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

    // Both offscreen. A first start has its settings in a new, empty folder; a regular start (a
    // caseworker's every day) in a folder of that program's own, kept across its runs, whose settings
    // earlier untimed starts have written.
    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    base.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QTemporaryDir emptyHome;
    QTemporaryDir chineseHome;
    QTemporaryDir englishHome;
    QTemporaryDir chineseSystemHome;
    const QString emptyWindow = parser.value(QStringLiteral("empty-window"));
    // The language given, as a caseworker's saved choice would: Chinese, the users' own, and English,
    // which reads no Chinese font for its first screen (the machine's own language decides otherwise).
    const auto appArguments = [&path](const QString& language) {
        return QStringList{QStringLiteral("--database"), QFileInfo(path).absoluteFilePath(),
                           QStringLiteral("--language"), language, QStringLiteral("--quit-after-start")};
    };
    const QStringList chinese = appArguments(QStringLiteral("zh_CN"));
    const QStringList english = appArguments(QStringLiteral("en"));
    // On a laptop set to Chinese: no language given, the system's followed.
    const QStringList system = {QStringLiteral("--database"), QFileInfo(path).absoluteFilePath(),
                                QStringLiteral("--quit-after-start")};
    const bool cold = !parser.isSet(QStringLiteral("no-cold")) && evictFromOsCache(path);

    out << "Fieldfile start benchmark: the app's process from spawn to exit, beside an empty window's\n"
        << "  caseload     " << QFileInfo(path).absoluteFilePath() << ": " << summary << '\n'
        << "  app          " << fieldfile << ' ' << chinese.join(QLatin1Char(' '))
        << " (quits after the first paint of its main window; also with --language en, and with no"
           " language on a system set to Chinese: LANG=zh_CN.UTF-8)\n"
        << "  baseline     " << emptyWindow
        << ": a QApplication showing an empty 1280×680 QMainWindow, quit after its first paint,"
           " linked with Qt Widgets alone\n"
        << "  reference    the same with --chinese-text: two lines of Chinese in it (a bold title, a line),"
           " what showing any Chinese costs\n"
        << "  both         QT_QPA_PLATFORM=offscreen; " << runs
        << " runs of each, each round in a shuffled order, each start after 30 ms of a busy CPU; a"
           " first start with its settings in a new empty folder, a"
           " regular start in the program's own folder kept across its runs (its settings written"
           " by untimed starts before)\n"
        << "  machine      " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " CPUs, Qt " << qVersion() << ", SQLite " << sqlite3_libversion() << '\n'
        << "  load average " << loadAverage() << " before the run\n\n";
    out.flush();

    // The starts of a round, in the order they run. Cold ones only where the file can be evicted.
    QList<Start> starts;
    const auto add = [&starts, cold](Start start, bool baseline, int comparedWith) {
        if (start.cold && !cold)
            return;
        start.baseline = baseline ? int(starts.size()) : comparedWith;
        starts.append(start);
    };
    add({QStringLiteral("empty window, first start"), emptyWindow, {}, {}}, true, 0);
    const int firstBase = int(starts.size()) - 1;
    // What any window pays to show Chinese (its font's two faces and their glyphs): a reference.
    add({QStringLiteral("window with Chinese text, first start"),
         emptyWindow,
         {QStringLiteral("--chinese-text")}},
        false, firstBase);
    starts.last().reference = true;
    add({QStringLiteral("fieldfile, first start, Chinese, warm"), fieldfile, chinese, {}}, false, firstBase);
    add({QStringLiteral("fieldfile, first start, Chinese, cold"), fieldfile, chinese, {}, true}, false,
        firstBase);
    add({QStringLiteral("fieldfile, first start, English, warm"), fieldfile, english, {}}, false, firstBase);
    add({QStringLiteral("empty window, regular start"), emptyWindow, {}, emptyHome.path()}, true, 0);
    const int regularBase = int(starts.size()) - 1;
    add({QStringLiteral("fieldfile, regular start, Chinese, warm"), fieldfile, chinese, chineseHome.path()},
        false, regularBase);
    add({QStringLiteral("fieldfile, regular start, Chinese, cold"), fieldfile, chinese, chineseHome.path(),
         true},
        false, regularBase);
    add({QStringLiteral("fieldfile, regular start, English, warm"), fieldfile, english, englishHome.path()},
        false, regularBase);
    Start onChineseSystem{QStringLiteral("fieldfile, regular, Chinese system, warm"), fieldfile, system,
                          chineseSystemHome.path()};
    onChineseSystem.chineseSystem = true;
    add(onChineseSystem, false, regularBase);

    QString failure;
    // Untimed starts first: the libraries into the OS cache, as on any second start, and the
    // regular starts' settings written.
    const int emptySettled =
        settle(emptyWindow, {}, environmentIn(base, emptyHome.path()), emptyHome.path(), &failure);
    const int chineseSettled = emptySettled < 0
                                   ? -1
                                   : settle(fieldfile, chinese, environmentIn(base, chineseHome.path()),
                                            chineseHome.path(), &failure);
    const int englishSettled = chineseSettled < 0
                                   ? -1
                                   : settle(fieldfile, english, environmentIn(base, englishHome.path()),
                                            englishHome.path(), &failure);
    const int systemSettled =
        englishSettled < 0
            ? -1
            : settle(fieldfile, system, environmentIn(chineseSystem(base), chineseSystemHome.path()),
                     chineseSystemHome.path(), &failure);
    if (systemSettled < 0) {
        out << "A start failed: " << failure << '\n';
        return 1;
    }
    out << "  untimed      " << emptySettled << " starts of the empty window and " << chineseSettled << ", "
        << englishSettled << " and " << systemSettled
        << " of the app (Chinese, English, Chinese system) until a start left their settings unchanged\n\n";
    out.flush();
    const auto appSettings = [&] {
        return contentOf(chineseHome.path()) + contentOf(englishHome.path()) +
               contentOf(chineseSystemHome.path());
    };
    const QByteArray settledSettings = appSettings();
    // Each round in an order of its own, shuffled the same way at every run of the bench: in one
    // fixed order each start always followed the same one, and the start after the English first
    // start's settings write and the empty window ran 3-5 ms slower than the same start cold.
    std::mt19937 shuffler(20261207);
    QList<int> order(starts.size());
    std::iota(order.begin(), order.end(), 0);
    for (int i = 0; i < runs; ++i) {
        std::shuffle(order.begin(), order.end(), shuffler);
        for (const int index : std::as_const(order)) {
            Start& start = starts[index];
            if (start.cold)
                evictFromOsCache(path);
            const QProcessEnvironment env = start.chineseSystem ? chineseSystem(base) : base;
            const double ms = start.home.isEmpty() ? firstStart(start.program, start.arguments, env, &failure)
                                                   : timedRun(start.program, start.arguments,
                                                              environmentIn(env, start.home), &failure);
            if (ms < 0) {
                out << "A start failed: " << failure << '\n';
                return 1;
            }
            start.ms << ms;
        }
    }
    const bool settingsKept = appSettings() == settledSettings;

    for (Start& l : starts)
        std::sort(l.ms.begin(), l.ms.end());
    int over = 0;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
               .arg(QStringLiteral("start"), -40)
               .arg(QStringLiteral("n"), 4)
               .arg(QStringLiteral("p50 ms"), 9)
               .arg(QStringLiteral("p95 ms"), 9)
               .arg(QStringLiteral("p50 vs empty"), 13)
               .arg(QStringLiteral("p95 vs empty"), 13)
               .arg(QStringLiteral("budget (p50 ≤ 2×)"));
    for (int i = 0; i < starts.size(); ++i) {
        const Start& l = starts.at(i);
        const Start& b = starts.at(l.baseline);
        const double p50 = percentile(l.ms, 0.5);
        const double p95 = percentile(l.ms, 0.95);
        const double base50 = percentile(b.ms, 0.5);
        const double base95 = percentile(b.ms, 0.95);
        const bool isBase = l.baseline == i;
        QString verdict;
        if (l.reference) {
            verdict = QStringLiteral("(reference)");
        } else if (!isBase) {
            verdict = p50 <= kBudgetRatio * base50 ? QStringLiteral("PASS") : QStringLiteral("OVER");
            over += verdict == QStringLiteral("OVER") ? 1 : 0;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
                   .arg(l.name, -40)
                   .arg(l.ms.size(), 4)
                   .arg(p50, 9, 'f', 1)
                   .arg(p95, 9, 'f', 1)
                   .arg(isBase ? QString() : QStringLiteral("%1×").arg(p50 / base50, 0, 'f', 2), 13)
                   .arg(isBase ? QString() : QStringLiteral("%1×").arg(p95 / base95, 0, 'f', 2), 13)
                   .arg(verdict);
    }
    if (!settingsKept)
        out << "(the app's regular starts changed its settings: they wrote them, as a first start does)\n";
    if (!cold && !parser.isSet(QStringLiteral("no-cold")))
        out << "(the file could not be evicted from the OS cache here: no cold line)\n";
    out << '\n' << over << " line(s) over the budget; load average " << loadAverage() << " after the run\n";
    return 0;
}
