// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures what a caseworker waits for in the household list: the first page, and each kind of
// search as the lazy list runs it (count + first page of 100), on a county-sized database, beside
// a full scan of the household table measured in the same run; each on a plain database and on an
// encrypted one (core/storage) holding the same caseload, alternating, with the ratio of the two.
// See README.md.

#include "tests/bench/BenchEncryption.h"
#include "tests/bench/BenchTools.h"

#include "core/db/Database.h"
#include "core/demo/DemoGenerator.h"
#include "core/records/HouseholdListQuery.h"
#include "core/records/PinyinTable.h"
#include "core/records/RecordProjections.h"
#include "core/storage/PlainFileEncryptor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace ff;
using bench::evictFromOsCache;
using bench::loadAverage;
using bench::msSince;
using bench::percentile;

namespace {

QTextStream out(stdout);

constexpr int kPageSize = 100;
/// The rows a 1366×768 window shows of the list, whose matched members the list names as it paints
/// them (HouseholdListModel::kNamedAtOnce), before the caseworker sees the list.
constexpr int kPaintedRows = 25;
constexpr double kFirstPageBudgetMs = 300;
constexpr double kSearchBudgetMs = 20;

/// What one run of the list's first page gave: the households it counts, whether the search
/// limit cut them, and whether the page held the rows the count promised.
struct Outcome
{
    int hits = 0;
    bool more = false;
    bool pageOk = true;
};

/// Does what the app's lazy list model does when it (re)loads and the view paints: a fresh query,
/// count(), page 0 and the matched members of the rows a window shows.
Outcome firstPage(Database& db, const HouseholdFilter& filter, HouseholdListQuery::Column column,
                  Qt::SortOrder order = Qt::AscendingOrder)
{
    HouseholdListQuery q(db);
    q.setFilter(filter);
    q.setSort(column, order);
    Outcome o;
    o.hits = q.count();
    o.more = q.moreThanShown();
    QList<HouseholdRow> rows = q.page(0, kPageSize, HouseholdListQuery::MatchedMembers::Later);
    q.nameMatchedMembers(rows, 0, kPaintedRows);
    o.pageOk = rows.size() == std::min(o.hits, kPageSize);
    return o;
}

/// Timings of one measurement over several inputs.
struct Stats
{
    double p50 = 0;
    double p95 = 0;
    int inputs = 0;
    int hitsMedian = 0;
    /// The median input matched more households than the list shows (the search limit).
    bool hitsCapped = false;
    int misses = 0;
    int badPages = 0;
};

/// The timings and outcomes of one measurement, collected input by input.
struct Samples
{
    QList<double> ms;
    QList<std::pair<int, bool>> hits;
    int misses = 0;
    int badPages = 0;

    void add(double elapsedMs, const Outcome& o)
    {
        ms.append(elapsedMs);
        hits.append({o.hits, o.more});
        misses += o.hits == 0 ? 1 : 0;
        badPages += o.pageOk ? 0 : 1;
    }
    Stats stats()
    {
        std::sort(ms.begin(), ms.end());
        std::sort(hits.begin(), hits.end());
        Stats s;
        s.p50 = percentile(ms, 0.50);
        s.p95 = percentile(ms, 0.95);
        s.inputs = int(ms.size());
        s.hitsMedian = hits.at(hits.size() / 2).first;
        s.hitsCapped = hits.at(hits.size() / 2).second;
        s.misses = misses;
        s.badPages = badPages;
        return s;
    }
};

/// One measurement on the plain database and on the encrypted one.
struct Pair
{
    Stats plain;
    Stats encrypted;
};

/// Times run() once per input on each database, alternating which goes first (the plain one for
/// even inputs, the encrypted one for odd ones), so that a machine getting busier or quieter
/// weighs on both alike; prepare(), if given, runs before each timing starts.
Pair measure(const QStringList& inputs, const std::function<Outcome(bool encrypted, const QString&)>& run,
             const std::function<void(bool encrypted)>& prepare = {})
{
    Samples plain, encrypted;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        for (const bool enc : {i % 2 == 1, i % 2 == 0}) {
            if (prepare)
                prepare(enc);
            QElapsedTimer t;
            t.start();
            const Outcome o = run(enc, inputs.at(i));
            (enc ? encrypted : plain).add(msSince(t), o);
        }
    }
    return {plain.stats(), encrypted.stats()};
}

/// Values drawn from random rows of the real data (fixed seed): `sql` selects one text by rowid,
/// `transform` turns it into a search input or rejects it with an empty string. Keeps drawing
/// until `n` different inputs or until the data plainly has no more of them.
QStringList drawInputs(const QSqlDatabase& db, const QString& sql, qint64 maxRowid, int n, quint32 seed,
                       const std::function<QString(const QString&)>& transform)
{
    QRandomGenerator rng(seed);
    QSqlQuery q(db);
    q.prepare(sql);
    QStringList inputs;
    QSet<QString> seen;
    for (int tries = 0; inputs.size() < n && tries < n * 200 && maxRowid > 0; ++tries) {
        q.addBindValue(qint64(rng.bounded(quint64(maxRowid))) + 1);
        if (!q.exec() || !q.next())
            continue;
        const QString input = transform(q.value(0).toString());
        q.finish();
        if (!input.isEmpty() && !seen.contains(input)) {
            seen.insert(input);
            inputs.append(input);
        }
    }
    return inputs;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

/// Every household row read and tested: what any search would cost without an index. Through the
/// C API, so the baseline carries no Qt overhead.
std::pair<double, int> fullScan(sqlite3* handle)
{
    QElapsedTimer t;
    t.start();
    sqlite3_stmt* stmt = nullptr;
    int hits = -1;
    if (sqlite3_prepare_v2(handle, "SELECT count(*) FROM household WHERE head_name LIKE '%伟%'", -1, &stmt,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        hits = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return {msSince(t), hits};
}

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

void header()
{
    out << padded(QStringLiteral("measurement"), 44)
        << QStringLiteral("%1 %2 %3 %4 %5  %6  %7\n")
               .arg(QStringLiteral("n"), 4)
               .arg(QStringLiteral("p50 ms"), 9)
               .arg(QStringLiteral("p95 ms"), 9)
               .arg(QStringLiteral("hits"), 7)
               .arg(QStringLiteral("p50 vs scan"), 12)
               .arg(QStringLiteral("budget (p95)"), -14)
               .arg(QStringLiteral("enc/plain p50"));
    out << QString(128, QLatin1Char('-')) << '\n';
}

int g_over = 0;
int g_overhead = 0;
int g_ratios = 0;

/// One line of the table; `ratio`, when given, is the encrypted line's p50 over the plain one's.
void line(const QString& what, const Stats& s, double scanMs, double budgetMs, double ratio = 0)
{
    QString verdict;
    if (budgetMs > 0) {
        const bool pass = s.p95 <= budgetMs;
        g_over += pass ? 0 : 1;
        verdict = QStringLiteral("%1 ≤ %2 ms")
                      .arg(pass ? QStringLiteral("PASS") : QStringLiteral("OVER"))
                      .arg(budgetMs);
    }
    QString overhead;
    if (ratio > 0) {
        ++g_ratios;
        overhead = bench::overheadVerdict(ratio, &g_overhead);
    }
    const QString hits = QString::number(s.hitsMedian) + (s.hitsCapped ? QStringLiteral("+") : QString());
    out << padded(what, 44)
        << QStringLiteral("%1 %2 %3 %4 %5  %6  %7")
               .arg(s.inputs, 4)
               .arg(s.p50, 9, 'f', 2)
               .arg(s.p95, 9, 'f', 2)
               .arg(hits, 7)
               .arg(QStringLiteral("%1× scan").arg(s.p50 / scanMs, 0, 'f', s.p50 / scanMs < 0.1 ? 3 : 2), 12)
               .arg(verdict, -14)
               .arg(overhead);
    if (s.misses > 0)
        out << "  (" << s.misses << " inputs found nothing)";
    if (s.badPages > 0)
        out << "  (" << s.badPages << " pages shorter than the count)";
    out << '\n';
    out.flush();
}

/// The plain database's line, then the encrypted one's (against its own scan) with the ratio.
void lines(const QString& what, const Pair& p, const std::pair<double, double>& scanMs, double budgetMs)
{
    line(what, p.plain, scanMs.first, budgetMs);
    line(QStringLiteral("  encrypted"), p.encrypted, scanMs.second, budgetMs, p.encrypted.p50 / p.plain.p50);
}

QString firstChars(const QString& text, qsizetype n)
{
    const QList<uint> ucs = text.toUcs4();
    return ucs.size() < n ? QString()
                          : QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs.constData()), n);
}

qsizetype charCount(const QString& text) { return text.toUcs4().size(); }

/// The encrypted twin of the database at path: "-encrypted" before its ".db".
QString encryptedPathFor(const QString& path)
{
    return path.endsWith(QStringLiteral(".db")) ? path.chopped(3) + QStringLiteral("-encrypted.db")
                                                : path + QStringLiteral("-encrypted.db");
}

/// Registers the encrypted twin's key: read from `<path>.key` when the file exists (a random key
/// written there when the file was made; invented demo data only), new and written there otherwise.
/// A new twin of a plain file that holds a caseload (`plainPath`, its log folded in) is that file
/// copied and encrypted in place, as a profile's plain file is (PlainFileEncryptor): a minute or
/// two rather than generating the caseload again.
bool registerKey(const QString& path, const QString& plainPath)
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
        const QString plainLog = plainPath + QStringLiteral("-wal");
        if (QFileInfo(plainPath).size() > 0 && QFileInfo(plainLog).size() == 0) {
            out << "Encrypting a copy of " << plainPath << " into " << path << " (only once)\n";
            out.flush();
            QElapsedTimer t;
            t.start();
            if (!QFile::copy(plainPath, path)) {
                out << "cannot copy " << plainPath << " to " << path << '\n';
                return false;
            }
            if (Status s = storage::PlainFileEncryptor::encryptInPlace(path, key); !s) {
                out << "cannot encrypt " << path << ": " << s.error().message << " (" << s.error().detail
                    << ")\n";
                return false;
            }
            out << "Encrypted in " << qRound(msSince(t) / 1000) << " s\n\n";
        }
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

/// Opens the database, generating the demo caseload into it first if it is new.
bool prepareDatabase(const QString& path, int households)
{
    Database db;
    if (Status s = db.open(path); !s) {
        out << "cannot open " << path << ": " << s.error().message << " (" << s.error().detail << ")\n";
        return false;
    }
    const qint64 have = scalar(db.sql(), QStringLiteral("SELECT count(*) FROM household"));
    if (have == households)
        return true;
    if (have != 0) {
        out << path << " holds " << have << " households, not " << households
            << ": remove it or pass --database\n";
        return false;
    }
    out << "Generating " << households << " demo households into " << path
        << (db.isEncrypted() ? " (encrypted)" : "")
        << " (only once, later runs reuse the file; 200,000 take about 2 minutes)\n";
    out.flush();
    QElapsedTimer t;
    t.start();
    DemoGenerator::Options options;
    options.households = households;
    options.batch = 2000;
    options.casework = false; // the list and search read households only; casework would triple the wait
    int shown = 0;
    const Status s = DemoGenerator::generate(db, options, [&](int done, int total) {
        const int percent = int(qint64(done) * 100 / total);
        if (percent / 10 > shown / 10 || done == total) {
            shown = percent;
            out << "  " << done << " / " << total << " households, " << qRound(msSince(t) / 1000) << " s\n";
            out.flush();
        }
        return true;
    });
    if (!s) {
        out << "generation failed: " << s.error().message << " (" << s.error().detail << ")\n";
        return false;
    }
    // Fold the write-ahead log into the file, so its size is the size of the data. No ANALYZE: the
    // app never runs it, and the benchmark must see the query plans a caseworker's laptop gets.
    QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << "Generated in " << qRound(msSince(t) / 1000) << " s\n\n";
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ff::RecordProjections::install();
    QCoreApplication::setApplicationName(QStringLiteral("fieldfile-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the household list and search (see tests/bench/README.md)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("households"),
                      QStringLiteral("Households in the demo caseload (default 200000)."),
                      QStringLiteral("N"), QStringLiteral("200000")});
    parser.addOption(
        {QStringLiteral("database"),
         QStringLiteral("Database file; generated if new (default fieldfile-bench-<N>.db here)."),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("runs"),
                      QStringLiteral("Different inputs per kind of search (default 200)."),
                      QStringLiteral("R"), QStringLiteral("200")});
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
                             : QStringLiteral("fieldfile-bench-%1.db").arg(households);

    // The same caseload twice: in a plain file and in an encrypted one (its key in <file>.key).
    const QString encryptedPath = encryptedPathFor(path);
    if (!prepareDatabase(path, households) || !registerKey(encryptedPath, path) ||
        !prepareDatabase(encryptedPath, households))
        return 1;
    const QString load = loadAverage();
    auto pathOf = [&](bool encrypted) { return encrypted ? encryptedPath : path; };

    // The app's first page on start: a fresh connection, count and first page in the default order;
    // first with the file's pages evicted from the OS cache (as after a reboot), then cached.
    bool evicted = true;
    auto appStart = [&](bool evict) {
        return measure(
            QStringList(3, QString()),
            [&](bool encrypted, const QString&) {
                Database fresh;
                if (!fresh.open(pathOf(encrypted)) || fresh.isEncrypted() != encrypted)
                    return Outcome{0, false, false};
                return firstPage(fresh, {}, HouseholdListQuery::Village);
            },
            [&](bool encrypted) { evicted = (!evict || evictFromOsCache(pathOf(encrypted))) && evicted; });
    };
    const Pair coldStart = appStart(true);
    const Pair warmStart = appStart(false);

    Database plainDb, encryptedDb;
    for (const bool encrypted : {false, true}) {
        Database& db = encrypted ? encryptedDb : plainDb;
        if (Status s = db.open(pathOf(encrypted)); !s || db.isEncrypted() != encrypted) {
            out << "cannot open " << pathOf(encrypted) << ": " << s.error().message << '\n';
            return 1;
        }
    }
    auto dbOf = [&](bool encrypted) -> Database& { return encrypted ? encryptedDb : plainDb; };
    QSqlDatabase sql = plainDb.sql();

    const qint64 householdCount =
        scalar(sql, QStringLiteral("SELECT count(*) FROM household WHERE deleted = 0"));
    const qint64 memberCount = scalar(sql, QStringLiteral("SELECT count(*) FROM member WHERE deleted = 0"));
    const qint64 keyCount = scalar(sql, QStringLiteral("SELECT count(*) FROM search_key"));
    auto megabytes = [](const QStringList& files) {
        qint64 bytes = 0;
        for (const QString& file : files)
            bytes += QFileInfo(file).size();
        return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
    };
    const bool analyzed =
        scalar(sql, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")) > 0;
    const bool sameData =
        scalar(encryptedDb.sql(), QStringLiteral("SELECT count(*) FROM member WHERE deleted = 0")) ==
            memberCount &&
        scalar(encryptedDb.sql(), QStringLiteral("SELECT count(*) FROM search_key")) == keyCount;

    out << "Fieldfile household list and search benchmark\n"
        << "  database     " << QFileInfo(path).absoluteFilePath() << '\n'
        << "  encrypted    " << QFileInfo(encryptedPath).absoluteFilePath()
        << (sameData ? " (the same caseload, encrypted at rest)" : " (DOES NOT HOLD THE SAME CASELOAD)")
        << '\n'
        << "  households   " << householdCount << ", members " << memberCount << ", search keys " << keyCount
        << '\n'
        << "  file size    " << megabytes({path, path + QStringLiteral("-wal")}) << ", encrypted "
        << megabytes({encryptedPath, storage::EncryptedVfs::walPath(encryptedPath)})
        << (analyzed ? " (has ANALYZE statistics, which the app never writes: plans may differ)" : "") << '\n'
        << "  machine      " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " CPUs, SQLite " << sqlite3_libversion() << ", Qt " << qVersion() << '\n'
        << "  load average " << load << " (other processes on the machine make timings noisier)\n"
        << "  inputs       " << runs
        << " different inputs per kind of search, drawn from the data (fixed seed)\n"
        << "  encryption   every measurement on both files, alternating input by input; the encrypted line\n"
        << "               below each plain one is compared with the encrypted file's own scan, and\n"
        << "               enc/plain is its p50 over the plain p50 (budget ≤ " << bench::kEncryptionBudget
        << "×)\n\n";

    // Baseline: a scan of every household row, median of five, in this run on this machine; on
    // each file, alternating.
    QList<double> scans[2];
    int scanHits[2] = {0, 0};
    for (int i = 0; i < 5; ++i) {
        for (const bool encrypted : {i % 2 == 1, i % 2 == 0}) {
            const auto [ms, hits] = fullScan(dbOf(encrypted).handle());
            scans[encrypted].append(ms);
            scanHits[encrypted] = hits;
        }
    }
    for (const bool encrypted : {false, true}) {
        if (scanHits[encrypted] < 0) {
            out << "the baseline scan failed: " << sqlite3_errmsg(dbOf(encrypted).handle()) << '\n';
            return 1;
        }
        std::sort(scans[encrypted].begin(), scans[encrypted].end());
    }
    const std::pair<double, double> scanMs = {percentile(scans[0], 0.5), percentile(scans[1], 0.5)};
    auto scanStats = [&](bool encrypted) {
        return Stats{percentile(scans[encrypted], 0.5),
                     percentile(scans[encrypted], 0.95),
                     int(scans[encrypted].size()),
                     scanHits[encrypted],
                     false,
                     0,
                     0};
    };

    header();
    lines(QStringLiteral("baseline: full scan, head_name LIKE '%伟%'"), {scanStats(false), scanStats(true)},
          scanMs, 0);
    lines(evicted ? QStringLiteral("first page, app start (file not in OS cache)")
                  : QStringLiteral("first page, app start (could not evict cache)"),
          coldStart, scanMs, kFirstPageBudgetMs);
    lines(QStringLiteral("first page, app start (file in OS cache)"), warmStart, scanMs, kFirstPageBudgetMs);

    static const char* const columnNames[HouseholdListQuery::ColumnCount] = {
        "number", "head", "village", "status", "special groups", "risk", "last visit"};
    const QStringList repeats(20, QString());
    for (int c = 0; c < HouseholdListQuery::ColumnCount; ++c) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const Pair p = measure(repeats, [&](bool encrypted, const QString&) {
                return firstPage(dbOf(encrypted), {}, HouseholdListQuery::Column(c), order);
            });
            lines(QStringLiteral("first page, sorted by %1 %2")
                      .arg(QLatin1String(columnNames[c]),
                           order == Qt::AscendingOrder ? QStringLiteral("↑") : QStringLiteral("↓")),
                  p, scanMs, kFirstPageBudgetMs);
        }
    }

    // Inputs drawn from the data: a caseworker searches for people who are there.
    const qint64 maxMember = scalar(sql, QStringLiteral("SELECT max(rowid) FROM member"));
    const qint64 maxHousehold = scalar(sql, QStringLiteral("SELECT max(rowid) FROM household"));
    const QString memberName = QStringLiteral("SELECT name FROM member WHERE rowid = ? AND deleted = 0");
    const QString memberId = QStringLiteral("SELECT id_number FROM member WHERE rowid = ? AND deleted = 0");
    const QString village = QStringLiteral("SELECT village FROM household WHERE rowid = ? AND deleted = 0");
    struct Kind
    {
        QString label;
        QStringList inputs;
    };
    const QList<Kind> kinds = {
        {QStringLiteral("search: 2-character name (张伟)"),
         drawInputs(sql, memberName, maxMember, runs, 1,
                    [](const QString& n) { return charCount(n) == 2 ? n : QString(); })},
        {QStringLiteral("search: 3-character name (张伟明)"),
         drawInputs(sql, memberName, maxMember, runs, 2,
                    [](const QString& n) { return charCount(n) == 3 ? n : QString(); })},
        {QStringLiteral("search: pinyin initials (zw, zwm)"),
         drawInputs(sql, memberName, maxMember, runs, 3,
                    [](const QString& n) {
                        const QString initials = PinyinTable::initialsVariants(n).value(0);
                        const bool letters = std::all_of(initials.begin(), initials.end(), [](QChar c) {
                            return c >= QLatin1Char('a') && c <= QLatin1Char('z');
                        });
                        return letters && initials.size() >= 2 && initials.size() <= 3 ? initials : QString();
                    })},
        {QStringLiteral("search: ID number, first 10 digits"),
         drawInputs(sql, memberId, maxMember, runs, 4,
                    [](const QString& id) { return id.size() == 18 ? id.left(10) : QString(); })},
        {QStringLiteral("search: ID number, all 18"),
         drawInputs(sql, memberId, maxMember, runs, 5,
                    [](const QString& id) { return id.size() == 18 ? id : QString(); })},
        {QStringLiteral("search: village, first 2 characters"),
         drawInputs(sql, village, maxHousehold, runs, 6, [](const QString& v) { return firstChars(v, 2); })},
        {QStringLiteral("search: 1 character as typed (张…)"),
         drawInputs(sql, memberName, maxMember, runs, 7, [](const QString& n) { return firstChars(n, 1); })},
    };
    for (const Kind& kind : kinds) {
        if (kind.inputs.isEmpty()) {
            out << padded(kind.label, 44) << "   no such inputs in the data\n";
            continue;
        }
        lines(kind.label,
              measure(kind.inputs,
                      [&](bool encrypted, const QString& text) {
                          HouseholdFilter filter;
                          filter.search = text;
                          return firstPage(dbOf(encrypted), filter, HouseholdListQuery::Village);
                      }),
              scanMs, kSearchBudgetMs);
    }

    out << "\nInputs, first three of each kind:\n";
    for (const Kind& kind : kinds)
        out << "  " << padded(kind.label, 44) << kind.inputs.mid(0, 3).join(QStringLiteral(", ")) << '\n';
    out << "\nn: inputs (or repeats) measured; hits: median households counted, '+' when the search limit of "
        << HouseholdListQuery::kDefaultSearchLimit << " cut it;\neach line is count() + page(0, " << kPageSize
        << ") on a fresh HouseholdListQuery, and the matched members of its first " << kPaintedRows
        << " rows (a window's),\nas the list does per keystroke before it is painted.\n";
    if (g_over == 0)
        out << "All within budget.\n";
    else
        out << g_over << " line(s) OVER budget.\n";
    out << "Encryption: " << g_overhead << " of " << g_ratios << " measurements over "
        << bench::kEncryptionBudget << "× the plain file's p50.\n";
    return 0;
}
