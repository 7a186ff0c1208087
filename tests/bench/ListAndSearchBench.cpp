// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures what a caseworker waits for in the household list: the first page, and each kind of
// search as the lazy list runs it (count + first page of 100), on a county-sized database, beside
// a full scan of the household table measured in the same run. See README.md.

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/HouseholdListQuery.h"
#include "storage/PinyinTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace ff;

namespace {

QTextStream out(stdout);

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    int hitsMedian = 0;
};

Stats measure(const QStringList& inputs, const std::function<int(const QString&)>& run)
{
    QList<double> ms;
    QList<int> hits;
    for (const QString& input : inputs) {
        QElapsedTimer t;
        t.start();
        hits.append(run(input));
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(hits.begin(), hits.end());
    auto at = [&](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size()))));
    };
    return {at(0.5), at(0.95), ms.last(), hits.at(hits.size() / 2)};
}

int listFirstPage(QSqlDatabase db, const HouseholdFilter& filter, HouseholdListQuery::Column column)
{
    HouseholdListQuery q(db);
    q.setFilter(filter);
    q.setSort(column, Qt::AscendingOrder);
    const int count = q.count();
    const QList<HouseholdRow> rows = q.page(0, 100);
    return rows.isEmpty() && count > 0 ? -1 : count;
}

QStringList sample(QSqlDatabase db, const QString& sql, int n, quint32 seed)
{
    QStringList all;
    QSqlQuery q(db);
    q.exec(sql);
    while (q.next())
        all.append(q.value(0).toString());
    QStringList picked;
    QRandomGenerator rng(seed);
    for (int i = 0; i < n && !all.isEmpty(); ++i)
        picked.append(all.at(rng.bounded(int(all.size()))));
    return picked;
}

void row(const QString& what, const Stats& s, double scanMs, double budget)
{
    const QString verdict =
        budget <= 0 ? QString() : (s.p95 <= budget ? QStringLiteral("PASS") : QStringLiteral("OVER"));
    out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
               .arg(what, -34)
               .arg(s.p50, 8, 'f', 2)
               .arg(s.p95, 8, 'f', 2)
               .arg(s.max, 8, 'f', 2)
               .arg(s.hitsMedian, 8)
               .arg(QStringLiteral("%1×").arg(s.p95 / scanMs, 0, 'f', 3), 9)
               .arg(budget > 0 ? QStringLiteral("%1 (≤ %2 ms)").arg(verdict).arg(budget) : QString());
    out.flush();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("households"), QStringLiteral("Size of the caseload."),
                      QStringLiteral("n"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database file (made if missing)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Searches per kind."), QStringLiteral("n"),
                      QStringLiteral("200")});
    parser.process(app);
    const int households = parser.value(QStringLiteral("households")).toInt();
    const int runs = std::max(10, parser.value(QStringLiteral("runs")).toInt());
    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : QStringLiteral("fieldfile-bench-%1.db").arg(households);

    {
        Database db;
        if (Status s = db.open(path); !s) {
            out << s.error().message << ' ' << s.error().detail << '\n';
            return 1;
        }
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT count(*) FROM household"));
        const int have = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (have != households) {
            if (have != 0) {
                out << "database " << path << " holds " << have << " households, not " << households
                    << "; remove it\n";
                return 1;
            }
            out << "generating " << households << " demo households into " << path
                << " (once; reused later)…\n";
            out.flush();
            QElapsedTimer t;
            t.start();
            DemoGenerator::Options o;
            o.households = households;
            o.batch = 2000;
            if (Status s = DemoGenerator::generate(db, o); !s) {
                out << s.error().message << '\n';
                return 1;
            }
            QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QSqlQuery(db.sql()).exec(QStringLiteral("ANALYZE"));
            out << "generated in " << double(t.elapsed()) / 1000.0 << " s\n";
        }
    }

    // A fresh connection, as the app has when it starts.
    Database db;
    if (Status s = db.open(path); !s)
        return 1;
    QSqlDatabase sql = db.sql();
    QSqlQuery info(sql);
    info.exec(QStringLiteral("SELECT (SELECT count(*) FROM household), (SELECT count(*) FROM member),"
                             " (SELECT count(*) FROM journal), (SELECT count(*) FROM search_key)"));
    info.next();
    out << "Fieldfile list and search benchmark\n"
        << "households " << info.value(0).toInt() << ", members " << info.value(1).toInt()
        << ", journal changes " << info.value(2).toInt() << ", search keys " << info.value(3).toInt()
        << ", file " << QFileInfo(path).size() / (1024 * 1024) << " MB\n\n";
    info.finish();

    // First page, cold: the very first query on the fresh connection, as the app opens.
    QElapsedTimer cold;
    cold.start();
    const int firstCount = listFirstPage(sql, {}, HouseholdListQuery::Village);
    const double coldMs = double(cold.nsecsElapsed()) / 1e6;

    // Baseline: a full scan of the household table in the same run (what any search would cost
    // without an index), median of 5.
    QStringList five = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                        QStringLiteral("5")};
    const Stats scan = measure(five, [&](const QString&) {
        QSqlQuery q(sql);
        q.exec(QStringLiteral(
            "SELECT count(*) FROM household WHERE head_name LIKE '%伟%' OR village LIKE '%伟%'"));
        return q.next() ? q.value(0).toInt() : 0;
    });
    const double scanMs = scan.p50;

    out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
               .arg(QStringLiteral("measurement (ms)"), -34)
               .arg(QStringLiteral("p50"), 8)
               .arg(QStringLiteral("p95"), 8)
               .arg(QStringLiteral("max"), 8)
               .arg(QStringLiteral("hits"), 8)
               .arg(QStringLiteral("p95/scan"), 9)
               .arg(QStringLiteral("budget"));
    row(QStringLiteral("baseline: full table scan (LIKE)"), scan, scanMs, 0);
    row(QStringLiteral("first page, cold start"), {coldMs, coldMs, coldMs, firstCount}, scanMs, 300);
    const QStringList repeats(20, QString());
    const char* const columns[] = {"number",         "head", "village",   "status",
                                   "special groups", "risk", "last visit"};
    for (int c = 0; c < HouseholdListQuery::ColumnCount; ++c) {
        row(QStringLiteral("first page, sorted by %1").arg(QLatin1String(columns[c])),
            measure(repeats,
                    [&](const QString&) { return listFirstPage(sql, {}, HouseholdListQuery::Column(c)); }),
            scanMs, 300);
    }

    auto search = [&](const QString& text) {
        HouseholdFilter f;
        f.search = text;
        return listFirstPage(sql, f, HouseholdListQuery::Village);
    };
    const QString live = QStringLiteral(" FROM member WHERE deleted = 0");
    const QStringList twoChar =
        sample(sql, QStringLiteral("SELECT name") + live + QStringLiteral(" AND length(name) = 2"), runs, 1);
    const QStringList threeChar =
        sample(sql, QStringLiteral("SELECT name") + live + QStringLiteral(" AND length(name) = 3"), runs, 2);
    QStringList initials;
    for (const QString& name : sample(sql, QStringLiteral("SELECT name") + live, runs, 3))
        initials.append(PinyinTable::initialsVariants(name).value(0));
    QStringList idPrefix;
    for (const QString& id : sample(sql, QStringLiteral("SELECT id_number") + live, runs, 4))
        idPrefix.append(id.left(10));
    const QStringList idFull = sample(sql, QStringLiteral("SELECT id_number") + live, runs, 5);
    QStringList village;
    for (const QString& v : sample(sql, QStringLiteral("SELECT village FROM household"), runs, 6))
        village.append(v.left(2));
    QStringList surname;
    for (const QString& name : sample(sql, QStringLiteral("SELECT name") + live, runs, 7))
        surname.append(name.left(1));

    row(QStringLiteral("search: 2-character name (张伟)"), measure(twoChar, search), scanMs, 20);
    row(QStringLiteral("search: 3-character name"), measure(threeChar, search), scanMs, 20);
    row(QStringLiteral("search: pinyin initials (zw)"), measure(initials, search), scanMs, 20);
    row(QStringLiteral("search: ID number, first 10 digits"), measure(idPrefix, search), scanMs, 20);
    row(QStringLiteral("search: ID number, all 18"), measure(idFull, search), scanMs, 20);
    row(QStringLiteral("search: village, first 2 characters"), measure(village, search), scanMs, 20);
    row(QStringLiteral("search: 1 character (typing 张…)"), measure(surname, search), scanMs, 20);
    out << "\nEach search is what the list does per keystroke: count the matches and read the first 100 "
           "rows.\n";
    return 0;
}
