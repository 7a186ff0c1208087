// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures what a station waits for on its two home pages: the supervisor's workbench (the review
// queue and the station overview) and the caseworker's My tasks, on a station of N households with
// a year of casework, each beside a raw SQL count of the same rows through the SQLite C API in the
// same run; with --encrypted, each also on an encrypted twin of the station (core/storage),
// alternating, with the ratio of the two. See README.md.

#include "tests/bench/BenchEncryption.h"
#include "tests/bench/BenchTools.h"

#include "core/db/Database.h"
#include "core/demo/DemoGenerator.h"
#include "core/indicators/IndicatorReport.h"
#include "core/indicators/Indicators.h"
#include "core/model/VisitRules.h"
#include "core/records/RecordProjections.h"
#include "core/records/ReviewQueue.h"
#include "core/records/StationOverview.h"
#include "core/records/TaskList.h"
#include "core/schema/Role.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QHash>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace ff;
using bench::loadAverage;
using bench::msSince;
using bench::percentile;

namespace {

QTextStream out(stdout);

/// The issue's budget: p95 of each page's load.
constexpr double kBudgetMs = 100;
/// The dashboard's budgets (issue 14): a station's first chart, the county's.
constexpr double kStationReportBudgetMs = 200;
constexpr double kCountyReportBudgetMs = 1000;
/// The rows the review queue's model asks for at a time (ReviewQueueModel::kPageSize).
constexpr int kQueuePage = 50;
/// My tasks' default horizon (TaskListPage's spin box starts at 7 days).
constexpr int kHorizonDays = 7;
/// Raw counts per baseline; their median is the baseline.
constexpr int kBaselineRuns = 5;
/// The day the demo's year of casework ends and the pages are read on. Fixed, so that a file made
/// on one day and reused on another still holds a week of notes waiting and the same overdue work.
const QDate kToday(2026, 12, 1);
/// Whose day it is, kept in the file: a file made for another day is not reused.
const QString kTodayMeta = QStringLiteral("station_bench_today");

/// Pads to a width in terminal columns, counting Han characters as two.
QString padded(const QString& text, int width)
{
    int columns = 0;
    for (char32_t c : text.toUcs4())
        columns +=
            (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
                             (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) || c >= 0x20000))
                ? 2
                : 1;
    return text + QString(std::max(0, width - columns), QLatin1Char(' '));
}

/// Runs a statement through the C API with text binds and sums its first column over every row
/// (a count, or the counts of a GROUP BY); -1 when it fails.
qint64 sumFirstColumn(sqlite3* handle, const QString& sql, const QStringList& binds = {})
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    for (int i = 0; i < binds.size(); ++i) {
        const QByteArray text = binds.at(i).toUtf8();
        sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    qint64 sum = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        sum += sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? sum : -1;
}

/// The baseline of a line: the same rows counted with the C API, median of kBaselineRuns.
struct Baseline
{
    QString sql;
    QStringList binds;
    double p50 = 0;
    qint64 rows = -1;
};

Baseline baseline(sqlite3* handle, const QString& sql, const QStringList& binds = {})
{
    Baseline b{sql, binds, 0, -1};
    QList<double> ms;
    for (int i = 0; i < kBaselineRuns; ++i) {
        QElapsedTimer t;
        t.start();
        b.rows = sumFirstColumn(handle, sql, binds);
        ms.append(msSince(t));
    }
    std::sort(ms.begin(), ms.end());
    b.p50 = percentile(ms, 0.5);
    return b;
}

/// Times run() `runs` times (after one untimed run, as a page is shown after the app started);
/// run() returns how many rows the page got.
struct Stats
{
    int n = 0;
    double p50 = 0;
    double p95 = 0;
    int rows = 0;
};

Stats measure(int runs, const std::function<int()>& run)
{
    Stats s;
    s.rows = run();
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        s.rows = run();
        ms.append(msSince(t));
    }
    std::sort(ms.begin(), ms.end());
    s.n = int(ms.size());
    s.p50 = percentile(ms, 0.5);
    s.p95 = percentile(ms, 0.95);
    return s;
}

/// Times run() `runs` times on each database (after one untimed run on each), alternating which goes
/// first, so that a machine getting busier or quieter weighs on both alike.
std::pair<Stats, Stats> measureBoth(int runs, Database& plain, Database& encrypted,
                                    const std::function<int(Database&)>& run)
{
    Stats s[2];
    s[0].rows = run(plain);
    s[1].rows = run(encrypted);
    QList<double> ms[2];
    for (int i = 0; i < runs; ++i) {
        for (const bool enc : {i % 2 == 1, i % 2 == 0}) {
            QElapsedTimer t;
            t.start();
            s[enc].rows = run(enc ? encrypted : plain);
            ms[enc].append(msSince(t));
        }
    }
    for (int k = 0; k < 2; ++k) {
        std::sort(ms[k].begin(), ms[k].end());
        s[k].n = int(ms[k].size());
        s[k].p50 = percentile(ms[k], 0.5);
        s[k].p95 = percentile(ms[k], 0.95);
    }
    return {s[0], s[1]};
}

int g_over = 0;
int g_overhead = 0;
int g_ratios = 0;
int g_lines = 0;
/// First pages of the queue that held fewer notes than its count promised: a bug, not slowness.
int g_shortPages = 0;
QStringList g_baselines;

void header()
{
    out << padded(QStringLiteral("measurement"), 50)
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
               .arg(QStringLiteral("n"), 4)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p95 ms"), 8)
               .arg(QStringLiteral("rows"), 6)
               .arg(QStringLiteral("base ms"), 8)
               .arg(QStringLiteral("base rows"), 9)
               .arg(QStringLiteral("p50 vs base"), 12)
               .arg(QStringLiteral("budget (p95)"), -16)
        << "enc/plain p50\n";
    out << QString(140, QLatin1Char('-')) << '\n';
}

/// One line of the table; `ratio`, when given, is the encrypted line's p50 over the plain one's.
void line(const QString& what, const Stats& s, const Baseline& b, double ratio = 0,
          double budgetMs = kBudgetMs)
{
    // No budget (0): a line for the record, counted neither in nor over.
    const bool pass = budgetMs <= 0 || s.p95 <= budgetMs;
    g_over += pass ? 0 : 1;
    g_lines += budgetMs > 0 ? 1 : 0;
    const double vsBase = b.p50 > 0 ? s.p50 / b.p50 : 0;
    out << padded(what, 50)
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
               .arg(s.n, 4)
               .arg(s.p50, 8, 'f', 2)
               .arg(s.p95, 8, 'f', 2)
               .arg(s.rows, 6)
               .arg(b.p50, 8, 'f', 3)
               .arg(b.rows, 9)
               .arg(QStringLiteral("%1×").arg(vsBase, 0, 'f', vsBase < 10 ? 2 : 0), 12)
               .arg(budgetMs <= 0 ? QStringLiteral("(none)")
                                  : QStringLiteral("%1 ≤ %2 ms")
                                        .arg(pass ? QStringLiteral("PASS") : QStringLiteral("OVER"))
                                        .arg(budgetMs),
                    -16);
    if (ratio > 0) {
        ++g_ratios;
        out << bench::overheadVerdict(ratio, &g_overhead);
    }
    out << '\n';
    out.flush();
    if (ratio > 0)
        return; // the same baseline SQL as the plain line's
    QString sql = b.sql;
    for (const QString& bind : b.binds)
        sql.replace(sql.indexOf(QLatin1Char('?')), 1, QLatin1Char('\'') + bind + QLatin1Char('\''));
    g_baselines.append(QStringLiteral("  %1  %2").arg(padded(what, 50), sql));
}

/// Registers the encrypted twin's key: read from `<path>.key` when the file exists (a random key
/// written there when the file was made; invented demo data only), new and written there otherwise.
bool registerKey(const QString& path)
{
    QFile keyFile(path + QStringLiteral(".key"));
    QByteArray hex;
    if (QFile::exists(path)) {
        if (!keyFile.open(QIODevice::ReadOnly)) {
            out << path << " exists but its key file " << keyFile.fileName()
                << " does not: remove it (it is made again)\n";
            return false;
        }
        hex = keyFile.readAll().trimmed();
    } else {
        const crypto::SecretBytes key = bench::newDataKey();
        hex = QByteArray(reinterpret_cast<const char*>(key.data()), key.size()).toHex();
        if (!keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || keyFile.write(hex + '\n') < 0) {
            out << "cannot write " << keyFile.fileName() << '\n';
            return false;
        }
        keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QByteArray bytes = QByteArray::fromHex(hex);
    const crypto::SecretBytes key = crypto::SecretBytes::copyOf(bytes.constData(), int(bytes.size()));
    bytes.fill('\0');
    hex.fill('\0');
    if (Status s = bench::encryptWith(path, key); !s) {
        out << "cannot use the encrypting VFS: " << s.error().message << '\n';
        return false;
    }
    return true;
}

/// Opens the station database, generating the demo caseload with its year of casework into it
/// first if it is new.
bool prepareStation(const QString& path, int households)
{
    Database db;
    if (Status s = db.open(path); !s) {
        out << "cannot open " << path << ": " << s.error().message << " (" << s.error().detail << ")\n";
        return false;
    }
    const qint64 have = sumFirstColumn(db.handle(), QStringLiteral("SELECT count(*) FROM household"));
    if (have == households && db.meta(kTodayMeta) == kToday.toString(Qt::ISODate))
        return true;
    if (have != 0) {
        out << path << " holds " << have << " households"
            << (have == households ? " made for another day" : "") << ", not " << households << " made for "
            << kToday.toString(Qt::ISODate) << ": remove it or pass --database\n";
        return false;
    }
    out << "Generating " << households << " demo households with a year of casework up to "
        << kToday.toString(Qt::ISODate) << " into " << path << " (only once, later runs reuse the file)\n";
    out.flush();
    QElapsedTimer t;
    t.start();
    DemoGenerator::Options options;
    options.households = households;
    options.batch = 1000;
    options.today = kToday;
    options.casework = true; // with the supervisor's part (DemoSupervision): notes waiting and returned
    int shown = -1;
    const Status s = DemoGenerator::generate(db, options, [&](int done, int total) {
        const int percent = int(qint64(done) * 100 / total);
        if (percent / 10 > shown / 10 || done == total) {
            shown = percent;
            out << "  " << percent << " %, " << qRound(msSince(t) / 1000) << " s\n";
            out.flush();
        }
        return true;
    });
    if (!s) {
        out << "generation failed: " << s.error().message << " (" << s.error().detail << ")\n";
        return false;
    }
    if (!db.setMeta(kTodayMeta, kToday.toString(Qt::ISODate)))
        return false;
    // Fold the write-ahead log into the file. No ANALYZE: the app never runs it, and the benchmark
    // must see the query plans a station's laptop gets.
    sumFirstColumn(db.handle(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << "Generated in " << qRound(msSince(t) / 1000) << " s\n\n";
    return true;
}

bool exec(sqlite3* handle, const QString& sql, const QStringList& binds = {})
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        out << "failed: " << sql << ": " << sqlite3_errmsg(handle) << '\n';
        return false;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QByteArray text = binds.at(i).toUtf8();
        sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        out << "failed: " << sql << ": " << sqlite3_errmsg(handle) << '\n';
    return rc == SQLITE_DONE;
}

/// A caseworker's laptop: a copy of the station holding only `caseworker`'s households and the
/// records about them (every table's rows with another household_id removed), as a sync assigns
/// them (sync-protocol §9.4). Made again on every run.
bool makeCaseworkerCopy(Database& station, const QString& path, const QString& caseworker)
{
    for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(file);
    if (!exec(station.handle(), QStringLiteral("VACUUM INTO ?"), {path}))
        return false;
    sqlite3* copy = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &copy) != SQLITE_OK) {
        sqlite3_close(copy);
        return false;
    }
    QStringList tables;
    {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(copy,
                           "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) p"
                           " WHERE m.type = 'table' AND p.name = 'household_id' ORDER BY m.name",
                           -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            tables.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))));
        sqlite3_finalize(stmt);
    }
    const QString mine = QStringLiteral("SELECT id FROM household WHERE coalesce(trim(caseworker), '') = ?");
    bool ok = exec(copy, QStringLiteral("BEGIN"));
    for (const QString& table : std::as_const(tables))
        ok = ok &&
             exec(copy, QStringLiteral("DELETE FROM \"%1\" WHERE household_id NOT IN (%2)").arg(table, mine),
                  {caseworker});
    ok = ok &&
         exec(copy, QStringLiteral("DELETE FROM household WHERE id NOT IN (%1)").arg(mine), {caseworker});
    ok = ok && exec(copy, QStringLiteral("COMMIT")) && exec(copy, QStringLiteral("VACUUM"));
    sqlite3_close(copy);
    return ok;
}

/// The most frequent value of a column among some rows (the busiest caseworker, the commonest kind).
QString mostFrequent(sqlite3* handle, const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    QString value;
    if (sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return value;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ff::RecordProjections::install();
    QCoreApplication::setApplicationName(QStringLiteral("fieldfile-station-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the review queue, the station overview and My tasks (see tests/bench/README.md)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("households"),
                      QStringLiteral("Households in the station's demo caseload (default 5000)."),
                      QStringLiteral("N"), QStringLiteral("5000")});
    parser.addOption(
        {QStringLiteral("database"),
         QStringLiteral("Database file; generated if new (default fieldfile-station-bench-<N>.db here)."),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("runs"),
                      QStringLiteral("Timed repeats of each measurement (default 40)."), QStringLiteral("R"),
                      QStringLiteral("40")});
    parser.addOption(
        {QStringLiteral("encrypted"),
         QStringLiteral("Also measure the station on an encrypted twin (<name>-encrypted.db, its key in "
                        "<name>-encrypted.db.key; generated if new), alternating with the plain one.")});
    parser.process(app);
    bool ok = false;
    const int households = parser.value(QStringLiteral("households")).toInt(&ok);
    if (!ok || households <= 0) {
        out << "--households needs a positive number\n";
        return 2;
    }
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || runs <= 0) {
        out << "--runs needs a positive number\n";
        return 2;
    }
    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : QStringLiteral("fieldfile-station-bench-%1.db").arg(households);
    const bool withEncrypted = parser.isSet(QStringLiteral("encrypted"));
    const QString encryptedPath =
        (path.endsWith(QStringLiteral(".db")) ? path.chopped(3) : path) + QStringLiteral("-encrypted.db");
    if (!prepareStation(path, households) ||
        (withEncrypted && (!registerKey(encryptedPath) || !prepareStation(encryptedPath, households))))
        return 1;
    const QString load = loadAverage();

    Database station;
    if (Status s = station.open(path); !s) {
        out << "cannot open " << path << ": " << s.error().message << '\n';
        return 1;
    }
    sqlite3* handle = station.handle();
    Database encryptedStation;
    if (withEncrypted) {
        if (Status s = encryptedStation.open(encryptedPath); !s || !encryptedStation.isEncrypted()) {
            out << "cannot open " << encryptedPath << " encrypted: " << s.error().message << '\n';
            return 1;
        }
    }
    // One line, or with --encrypted two: the plain station's, then the encrypted twin's (against its
    // own baseline) with the ratio of their medians.
    const auto report = [&](const QString& what, const std::function<int(Database&)>& run, const QString& sql,
                            const QStringList& binds = {}, double budgetMs = kBudgetMs) {
        if (!withEncrypted) {
            line(what, measure(runs, [&]() { return run(station); }), baseline(handle, sql, binds), 0,
                 budgetMs);
            return;
        }
        const auto [plain, encrypted] = measureBoth(runs, station, encryptedStation, run);
        line(what, plain, baseline(handle, sql, binds), 0, budgetMs);
        line(QStringLiteral("  encrypted"), encrypted, baseline(encryptedStation.handle(), sql, binds),
             plain.p50 > 0 ? encrypted.p50 / plain.p50 : 1, budgetMs);
    };
    const auto count = [&](sqlite3* h, const QString& sql) { return sumFirstColumn(h, sql); };

    // Whom to filter by: the caseworker with the most notes waiting, the commonest kind among them.
    const QString caseworker =
        mostFrequent(handle, QStringLiteral("SELECT submitted_by FROM note_review"
                                            " WHERE state = 'pending' AND deleted = 0"
                                            " GROUP BY submitted_by ORDER BY count(*) DESC"));
    const QString kind =
        mostFrequent(handle, QStringLiteral("SELECT subject_type FROM note_review"
                                            " WHERE state = 'pending' AND deleted = 0"
                                            " GROUP BY subject_type ORDER BY count(*) DESC"));
    // The caseworker's laptop, for My tasks.
    const QString copyPath =
        (path.endsWith(QStringLiteral(".db")) ? path.chopped(3) : path) + QStringLiteral("-caseworker.db");
    if (!makeCaseworkerCopy(station, copyPath, caseworker)) {
        out << "cannot make the caseworker's copy " << copyPath << '\n';
        return 1;
    }
    Database laptop;
    if (Status s = laptop.open(copyPath); !s) {
        out << "cannot open " << copyPath << ": " << s.error().message << '\n';
        return 1;
    }
    const bool analyzed = count(handle, QStringLiteral("SELECT count(*) FROM sqlite_master"
                                                       " WHERE name = 'sqlite_stat1'")) > 0;
    const auto megabytes = [](const QString& file) {
        return QString::number(double(QFileInfo(file).size()) / (1024.0 * 1024.0), 'f', 1) +
               QStringLiteral(" MB");
    };

    out << "Fieldfile station benchmark: the review queue, the station overview and My tasks\n"
        << "  database     " << QFileInfo(path).absoluteFilePath() << " (" << megabytes(path) << ")"
        << (analyzed ? " (has ANALYZE statistics, which the app never writes: plans may differ)" : "") << '\n'
        << "  station      "
        << count(handle, QStringLiteral("SELECT count(*) FROM household WHERE deleted = 0"))
        << " households, "
        << count(handle, QStringLiteral("SELECT count(DISTINCT coalesce(trim(caseworker), '')) FROM household"
                                        " WHERE deleted = 0"))
        << " caseworkers, "
        << count(handle, QStringLiteral("SELECT count(*) FROM service_log WHERE deleted = 0"))
        << " service logs, " << count(handle, QStringLiteral("SELECT count(*) FROM visit WHERE deleted = 0"))
        << " visits, " << count(handle, QStringLiteral("SELECT count(*) FROM plan_action WHERE deleted = 0"))
        << " plan actions, " << count(handle, QStringLiteral("SELECT count(*) FROM journal")) << " changes\n"
        << "  notes        "
        << count(handle, QStringLiteral("SELECT count(*) FROM note_review WHERE deleted = 0")) << " reviews: "
        << count(handle,
                 QStringLiteral("SELECT count(*) FROM note_review WHERE state = 'pending' AND deleted = 0"))
        << " pending, "
        << count(handle,
                 QStringLiteral("SELECT count(*) FROM note_review WHERE state = 'returned' AND deleted = 0"))
        << " returned\n"
        << "  today        " << kToday.toString(Qt::ISODate) << " (the day the demo's year ends)\n"
        << "  filters      caseworker " << caseworker << " (most notes waiting), kind " << kind
        << " (the commonest waiting)\n"
        << "  laptop       " << QFileInfo(copyPath).absoluteFilePath() << ": " << caseworker
        << "'s caseload, "
        << count(laptop.handle(), QStringLiteral("SELECT count(*) FROM household WHERE deleted = 0"))
        << " households (a copy of the station without the other caseworkers' households)\n"
        << "  machine      " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " CPUs, SQLite " << sqlite3_libversion() << ", Qt " << qVersion() << '\n'
        << "  encrypted    "
        << (withEncrypted ? QFileInfo(encryptedPath).absoluteFilePath() +
                                QStringLiteral(": the same station encrypted at rest, measured alternately; "
                                               "enc/plain: the p50s' ratio (budget ≤ %1×)")
                                    .arg(bench::kEncryptionBudget)
                          : QStringLiteral("not measured (--encrypted)"))
        << '\n'
        << "  load average " << load << " (other processes on the machine make timings noisier)\n"
        << "  runs         " << runs
        << " timed repeats of each measurement after one untimed, each on a fresh\n"
        << "               object as the pages make them; baselines: the median of " << kBaselineRuns
        << " raw counts\n\n";
    header();

    // The review queue, as ReviewQueueModel::refresh and its first page: count() and page 0.
    const auto queue = [](const ReviewQueue::Filter& filter) {
        return [filter](Database& db) {
            const int n = ReviewQueue(db, kToday).count(filter);
            const QList<ReviewQueue::Item> items = ReviewQueue(db, kToday).page(filter, 0, kQueuePage);
            if (items.size() != std::min(n, kQueuePage))
                ++g_shortPages;
            return n;
        };
    };
    const QString pendingCount =
        QStringLiteral("SELECT count(*) FROM note_review WHERE state = 'pending' AND deleted = 0");
    {
        ReviewQueue::Filter all;
        report(QStringLiteral("review queue: count + first %1, everyone").arg(kQueuePage), queue(all),
               pendingCount);
        ReviewQueue::Filter one;
        one.caseworker = caseworker;
        report(QStringLiteral("review queue: one caseworker (%1)").arg(caseworker), queue(one),
               pendingCount + QStringLiteral(" AND submitted_by = ?"), {caseworker});
        ReviewQueue::Filter ofKind;
        ofKind.subjectType = kind;
        report(QStringLiteral("review queue: one kind (%1)").arg(kind), queue(ofKind),
               pendingCount + QStringLiteral(" AND subject_type = ?"), {kind});
        ReviewQueue::Filter returned;
        returned.state = QStringLiteral("returned");
        report(QStringLiteral("review queue: returned notes"), queue(returned),
               QStringLiteral("SELECT count(*) FROM note_review WHERE state = 'returned' AND deleted = 0"));
    }

    // The station overview, as StationOverviewPage::refresh: the visit rules, then rows().
    {
        report(
            QStringLiteral("station overview: rows"),
            [](Database& db) {
                const VisitRules rules = VisitRules::forDatabase(db.path());
                const QList<StationOverviewRow> r =
                    StationOverview(db, rules, kToday, Role::Supervisor).rows();
                return StationOverview::total(r).households;
            },
            QStringLiteral("SELECT count(*) FROM household WHERE deleted = 0"
                           " GROUP BY coalesce(trim(caseworker), '')"));
        // A number clicked: the list behind it, as StationOverviewPage::listDialog asks for it.
        using M = StationOverview::Measure;
        const struct
        {
            M measure;
            QString label;
            QString sql;
        } measures[] = {
            {M::VisitsOverdue, QStringLiteral("visits overdue"),
             QStringLiteral("SELECT count(*) FROM household WHERE deleted = 0"
                            " AND coalesce(trim(caseworker), '') = ?")},
            {M::OpenRisks, QStringLiteral("open risks"),
             QStringLiteral("SELECT count(*) FROM risk_flag f JOIN household h ON h.id = f.household_id"
                            " WHERE f.deleted = 0 AND h.deleted = 0 AND f.flag_status = 'open'"
                            " AND coalesce(trim(h.caseworker), '') = ?")},
            {M::ActionsOverdue, QStringLiteral("plan actions overdue"),
             QStringLiteral("SELECT count(*) FROM plan_action a JOIN household h ON h.id = a.household_id"
                            " WHERE a.deleted = 0 AND h.deleted = 0"
                            " AND coalesce(a.status, '') NOT IN ('done', 'dropped')"
                            " AND coalesce(trim(h.caseworker), '') = ?")},
        };
        for (const auto& m : measures) {
            report(QStringLiteral("station overview: %1, %2").arg(m.label, caseworker),
                   [&](Database& db) {
                       const StationOverview source(db, VisitRules::forDatabase(db.path()), kToday,
                                                    Role::Supervisor);
                       const QList<StationOverview::Entry> entries = source.entries(m.measure, caseworker);
                       return std::max(int(entries.size()), source.count(m.measure, caseworker));
                   },
                   m.sql, {caseworker});
        }
    }

    // My tasks, as TaskListPage::refresh: tasks(today, 7) with the rules read when the page was made.
    const QString taskBaseline =
        QStringLiteral("SELECT count(*) FROM household WHERE deleted = 0 UNION ALL"
                       " SELECT count(*) FROM plan_action WHERE deleted = 0"
                       " AND coalesce(status, 'planned') NOT IN ('done', 'dropped')");
    const auto tasks = [](Database& db) {
        // The rules as the page reads them when it is made; the list as refresh() asks for it.
        static QHash<QString, VisitRules> rules;
        if (!rules.contains(db.path()))
            rules.insert(db.path(), VisitRules::forDatabase(db.path()));
        return int(TaskList(db, rules.value(db.path())).tasks(kToday, kHorizonDays).size());
    };
    line(QStringLiteral("my tasks: %1's caseload").arg(caseworker),
         measure(runs, [&]() { return tasks(laptop); }), baseline(laptop.handle(), taskBaseline));
    report(QStringLiteral("my tasks: the whole station on one laptop"), tasks, taskBaseline);

    // The indicators (issue 14). First what its budget is for: the dashboard's first chart, the
    // services by category and method per month (Indicators::monthly, which the dashboard counts
    // and draws before anything else), over the 6 months up to last month for the largest station
    // and for the whole database as the county, and over this year's 12 months for the county.
    // Baseline: the same service logs counted by month, category and method in one raw aggregate.
    // Then the tables that follow: the period's report, every figure beside the previous period's,
    // as the dashboard and `fieldfile report` compute it (no budget in the issue).
    {
        const ReportPeriod month = ReportPeriod::containing(ReportPeriod::Kind::Month, kToday).previous();
        const ReportPeriod year = ReportPeriod::containing(ReportPeriod::Kind::Year, kToday);
        const QString busiest =
            mostFrequent(handle, QStringLiteral("SELECT station FROM household WHERE deleted = 0"
                                                " GROUP BY station ORDER BY count(*) DESC"));
        const QString services = QStringLiteral(
            "SELECT count(*) FROM service_log WHERE deleted = 0 AND served_on BETWEEN ? AND ?%1"
            " GROUP BY substr(served_on, 1, 7), category, method");
        const QString ofStation = QStringLiteral(
            " AND household_id IN (SELECT id FROM household WHERE deleted = 0 AND station = ?)");
        const auto monthsUpTo = [](const ReportPeriod& last, int count) {
            QList<ReportPeriod> months;
            for (int i = count - 1; i >= 0; --i) {
                const QDate m = QDate(last.first().year(), last.first().month(), 1).addMonths(-i);
                months.append(ReportPeriod::month(m.year(), m.month()));
            }
            return months;
        };
        const QList<ReportPeriod> sixMonths = monthsUpTo(month, 6);
        const QList<ReportPeriod> twelveMonths = monthsUpTo(ReportPeriod::month(year.last().year(), 12), 12);
        const auto firstChart = [](IndicatorScope scope, QList<ReportPeriod> months) {
            return
                [scope, months](Database& db) { return int(Indicators(db, scope).monthly(months).size()); };
        };
        const auto indicators = [](IndicatorScope scope, ReportPeriod period) {
            return [scope, period](Database& db) {
                return int(IndicatorReport::compute(db, scope, period).rows().size());
            };
        };
        const auto days = [](const ReportPeriod& from, const ReportPeriod& to) {
            return QStringList{from.first().toString(Qt::ISODate), to.last().toString(Qt::ISODate)};
        };
        report(QStringLiteral("first chart: station %1, 6 months to %2").arg(busiest, month.code()),
               firstChart(IndicatorScope::station(busiest), sixMonths), services.arg(ofStation),
               days(sixMonths.first(), month) << busiest, kStationReportBudgetMs);
        report(QStringLiteral("first chart: county, 6 months to %1").arg(month.code()),
               firstChart(IndicatorScope::county(), sixMonths), services.arg(QString()),
               days(sixMonths.first(), month), kCountyReportBudgetMs);
        report(QStringLiteral("first chart: county, the months of %1").arg(year.code()),
               firstChart(IndicatorScope::county(), twelveMonths), services.arg(QString()), days(year, year),
               kCountyReportBudgetMs);
        report(QStringLiteral("then the tables: station %1, %2").arg(busiest, month.code()),
               indicators(IndicatorScope::station(busiest), month), services.arg(ofStation),
               days(month, month) << busiest, 0);
        report(QStringLiteral("then the tables: county, %1").arg(month.code()),
               indicators(IndicatorScope::county(), month), services.arg(QString()), days(month, month), 0);
        report(QStringLiteral("then the tables: county, %1").arg(year.code()),
               indicators(IndicatorScope::county(), year), services.arg(QString()), days(year, year), 0);
    }

    out << "\nBaselines (through the SQLite C API; `base rows` sums the first column):\n"
        << g_baselines.join(QLatin1Char('\n')) << '\n';
    out << "\nrows: what the page got (the queue's count, the overview's households, the entries behind a\n"
           "number, the tasks); p50 vs base: the page's median over its baseline's.\n";
    if (g_shortPages > 0)
        out << g_shortPages << " first page(s) of the queue held fewer notes than its count (a bug).\n";
    if (g_over == 0)
        out << "All " << g_lines << " lines within their budget (p95 ≤ " << kBudgetMs
            << " ms; the indicators' as their lines say).\n";
    else
        out << g_over << " of " << g_lines << " line(s) OVER their budget (p95 ≤ " << kBudgetMs
            << " ms; the indicators' as their lines say).\n";
    if (withEncrypted)
        out << "Encryption: " << g_overhead << " of " << g_ratios << " measurements over "
            << bench::kEncryptionBudget << "× the plain station's p50.\n";
    return 0;
}
