// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures finding case notes by their words (CaseNoteSearch, as File → Find in case notes asks)
// on a station's year of notes — 5,000 households, 50,000 notes by default — beside a full scan of
// the same notes (LIKE over every note's text, through the SQLite C API) in the same run, on a
// plain file and on an encrypted one (core/storage), alternating. See README.md.

#include "tests/bench/BenchEncryption.h"

#include "core/db/Database.h"
#include "core/demo/DemoHousehold.h"
#include "core/demo/DemoPhrases.h"
#include "core/journal/JournalWriter.h"
#include "core/records/CaseNoteSearch.h"
#include "core/records/RecordProjections.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

using namespace ff;

namespace {

QTextStream out(stdout);

/// The budget: p95 of a search.
constexpr double kBudgetMs = 20;
/// The hits File → Find in case notes asks for (NoteSearchDialog::kLimit).
constexpr int kLimit = 500;
/// Scans per baseline; their median is the baseline.
constexpr int kBaselineRuns = 5;

double msSince(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

double percentile(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(q * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 0)
               : QStringLiteral("unknown");
}

qint64 count(sqlite3* handle, const char* sql, const QString& bind = {})
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    const QByteArray text = bind.toUtf8();
    if (!bind.isNull())
        sqlite3_bind_text(stmt, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    const qint64 n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return n;
}

/// The sentences notes are made of: the demo's visit and case notes, each of a kind of household.
QStringList sentences()
{
    using Shape = DemoHousehold::Shape;
    QStringList all;
    for (Shape shape : {Shape::ElderlyAlone, Shape::Grandparents, Shape::WorkingFamily}) {
        all += DemoPhrases::visitNotes(shape);
        all += DemoPhrases::caseNotes(shape);
        all += DemoPhrases::urgentNeeds(shape);
    }
    all += DemoPhrases::routineVisitNotes();
    all += DemoPhrases::assessmentVisitNotes();
    all += DemoPhrases::childSafetyNotes();
    all += DemoPhrases::policyQuestions();
    return all;
}

/// Fills an empty database with `households` households and `notes` notes over the year before
/// 2026-12-01, written through the journal in batches (the projection indexes them as a sync's
/// pages would).
bool generate(Database& db, int households, int notes)
{
    const Session session = Session::of(QStringLiteral("bench"));
    JournalWriter writer(db, session);
    QRandomGenerator rng(2026);
    QStringList ids;
    QList<JournalWriter::Edit> edits;
    const auto flush = [&] {
        if (edits.isEmpty())
            return true;
        Status s = writer.commit(edits);
        edits.clear();
        if (!s)
            out << "cannot write: " << s.error().message << ' ' << s.error().detail << '\n';
        return bool(s);
    };
    for (int i = 0; i < households; ++i) {
        const QString id = JournalWriter::newId();
        ids.append(id);
        edits.append({QStringLiteral("household"),
                      id,
                      id,
                      Change::Op::Create,
                      {{QStringLiteral("household_no"),
                        QStringLiteral("371321105-%1").arg(i, 6, 10, QLatin1Char('0'))},
                       {QStringLiteral("village"), QStringLiteral("第%1村").arg(i % 40 + 1)},
                       {QStringLiteral("status"), QStringLiteral("dibao")}}});
        if (edits.size() == 1000 && !flush())
            return false;
    }
    if (!flush())
        return false;
    const QStringList pool = sentences();
    const QStringList authors = {QStringLiteral("王芳"), QStringLiteral("李明"),   QStringLiteral("张丽"),
                                 QStringLiteral("刘洋"), QStringLiteral("陈晓红"), QStringLiteral("孙建华")};
    const QDate first(2025, 12, 1);
    for (int i = 0; i < notes; ++i) {
        QString text;
        const int parts = 1 + int(rng.bounded(3));
        for (int p = 0; p < parts; ++p)
            text += pool.at(int(rng.bounded(int(pool.size()))));
        // Something of its own in every note: a day, a sum.
        text += QStringLiteral("（%1日，%2元）").arg(1 + rng.bounded(28)).arg(50 * (1 + rng.bounded(40)));
        const QString household = ids.at(int(rng.bounded(int(ids.size()))));
        const QDate on = first.addDays(rng.bounded(365));
        edits.append({QStringLiteral("case_note"),
                      JournalWriter::newId(),
                      household,
                      Change::Op::Create,
                      {{QStringLiteral("written_on"), on},
                       {QStringLiteral("written_by"), authors.at(int(rng.bounded(int(authors.size()))))},
                       {QStringLiteral("written_at"), on.toString(Qt::ISODate) + QStringLiteral(" 10:00")},
                       {QStringLiteral("text"), text}}});
        if (edits.size() == 1000 && !flush())
            return false;
    }
    return flush();
}

bool prepare(Database& db, const QString& path, int households, int notes)
{
    if (Status s = db.open(path); !s) {
        out << "cannot open " << path << ": " << s.error().message << " (" << s.error().detail << ")\n";
        return false;
    }
    const qint64 have = count(db.handle(), "SELECT count(*) FROM case_note");
    if (have == notes)
        return true;
    if (have != 0) {
        out << path << " holds " << have << " notes, not " << notes << ": remove it\n";
        return false;
    }
    out << "Writing " << households << " households and " << notes << " notes into " << path
        << " (only once, later runs reuse the file)\n";
    out.flush();
    QElapsedTimer t;
    t.start();
    if (!generate(db, households, notes))
        return false;
    out << "  written in " << QString::number(msSince(t) / 1000, 'f', 1) << " s\n";
    return true;
}

struct Line
{
    QString label;
    QString words;
    QList<double> plain;
    QList<double> encrypted;
    int hits = 0;
    bool more = false;
    double scanPlain = 0;
    double scanEncrypted = 0;
    qint64 scanRows = 0;
};

/// The full scan a search without an index would be: every note's text read, for the first word.
double scan(Database& db, const QString& words, qint64* rows)
{
    const QString first = CaseNoteSearch::terms(words).value(0);
    QList<double> ms;
    for (int i = 0; i < kBaselineRuns; ++i) {
        QElapsedTimer t;
        t.start();
        *rows = count(db.handle(), "SELECT count(*) FROM case_note WHERE deleted = 0 AND text LIKE ?",
                      QLatin1Char('%') + first + QLatin1Char('%'));
        ms.append(msSince(t));
    }
    return percentile(ms, 0.5);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Finding case notes by their words, beside a full scan."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("households"), QStringLiteral("Households (default 5000)."),
                        QStringLiteral("n"), QStringLiteral("5000")},
                       {QStringLiteral("notes"), QStringLiteral("Notes (default 50000)."),
                        QStringLiteral("n"), QStringLiteral("50000")},
                       {QStringLiteral("runs"), QStringLiteral("Searches of each kind (default 40)."),
                        QStringLiteral("n"), QStringLiteral("40")}});
    parser.process(app);
    const int households = parser.value(QStringLiteral("households")).toInt();
    const int notes = parser.value(QStringLiteral("notes")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    RecordProjections::install();

    const QString base = QStringLiteral("fieldfile-notes-bench-%1-%2").arg(households).arg(notes);
    const QString plainPath = base + QStringLiteral(".db");
    const QString encryptedPath = base + QStringLiteral("-encrypted.db");
    // The encrypted file's key lives only for the run: the file is made again each time if its
    // key is gone (a key file beside it would make it no secret; it is invented data anyway).
    for (const QString& f :
         {encryptedPath, encryptedPath + QStringLiteral("-wal"), encryptedPath + QStringLiteral("-shm")})
        QFile::remove(f);
    if (Status s = bench::encryptWith(encryptedPath, bench::newDataKey()); !s) {
        out << "cannot use the encrypting VFS: " << s.error().message << '\n';
        return 1;
    }
    Database plain, encrypted;
    if (!prepare(plain, plainPath, households, notes) ||
        !prepare(encrypted, encryptedPath, households, notes))
        return 1;

    QList<Line> lines = {
        {QStringLiteral("two characters, common"), QStringLiteral("电话")},
        {QStringLiteral("two characters, common"), QStringLiteral("孩子")},
        {QStringLiteral("two characters, rarer"), QStringLiteral("宁波")},
        {QStringLiteral("three characters"), QStringLiteral("班主任")},
        {QStringLiteral("four characters"), QStringLiteral("医疗救助")},
        {QStringLiteral("two words"), QStringLiteral("老人 血压")},
        {QStringLiteral("a word and a number"), QStringLiteral("低保 350元")},
        {QStringLiteral("one character"), QStringLiteral("漏")},
        {QStringLiteral("no note holds it"), QStringLiteral("火灾")},
    };
    for (Line& line : lines) {
        qint64 rows = 0;
        line.scanPlain = scan(plain, line.words, &rows);
        line.scanEncrypted = scan(encrypted, line.words, &rows);
        line.scanRows = rows;
    }
    const CaseNoteSearch plainSearch(plain);
    const CaseNoteSearch encryptedSearch(encrypted);
    for (int run = 0; run < runs; ++run) {
        for (Line& line : lines) {
            for (int which = 0; which < 2; ++which) {
                // Alternating: plain first on even runs, encrypted first on odd ones.
                const bool enc = (which == 0) == (run % 2 == 1);
                QElapsedTimer t;
                t.start();
                const CaseNoteSearch::Found found =
                    (enc ? encryptedSearch : plainSearch).find(line.words, kLimit);
                (enc ? line.encrypted : line.plain).append(msSince(t));
                line.hits = int(found.hits.size());
                line.more = found.more;
            }
        }
    }

    out << "\nFinding case notes: " << households << " households, " << notes << " notes, " << runs
        << " searches of each kind, at most " << kLimit << " hits; load average " << loadAverage() << "\n"
        << "Baseline: a full scan of the notes for the first word (LIKE, C API), median of " << kBaselineRuns
        << ", same file, same run. Budget: p95 <= " << kBudgetMs << " ms.\n\n";
    int over = 0, encryptionOver = 0;
    for (const Line& line : lines) {
        const double p50 = percentile(line.plain, 0.5), p95 = percentile(line.plain, 0.95);
        const double e50 = percentile(line.encrypted, 0.5), e95 = percentile(line.encrypted, 0.95);
        const bool pass = p95 <= kBudgetMs && e95 <= kBudgetMs;
        if (!pass)
            ++over;
        out << QStringLiteral("%1 %2 hits %3%4\n")
                   .arg(line.label, -24)
                   .arg(QStringLiteral("\"%1\"").arg(line.words), -14)
                   .arg(line.hits)
                   .arg(line.more ? QStringLiteral("+ (") + QString::number(line.scanRows) +
                                        QStringLiteral(" hold the first word)")
                                  : QString());
        out << QStringLiteral("   plain      p50 %1 ms  p95 %2 ms   scan %3 ms   p50/scan %4\n")
                   .arg(p50, 6, 'f', 2)
                   .arg(p95, 6, 'f', 2)
                   .arg(line.scanPlain, 6, 'f', 2)
                   .arg(p50 / line.scanPlain, 0, 'f', 3);
        out << QStringLiteral(
                   "   encrypted  p50 %1 ms  p95 %2 ms   scan %3 ms   p50/scan %4   encrypted/plain %5  %6\n")
                   .arg(e50, 6, 'f', 2)
                   .arg(e95, 6, 'f', 2)
                   .arg(line.scanEncrypted, 6, 'f', 2)
                   .arg(e50 / line.scanEncrypted, 0, 'f', 3)
                   .arg(bench::overheadVerdict(e50 / p50, &encryptionOver))
                   .arg(pass ? QStringLiteral("PASS") : QStringLiteral("OVER"));
    }
    out << "\n"
        << (lines.size() - over) << " of " << lines.size() << " kinds within p95 <= " << kBudgetMs
        << " ms; encryption over " << bench::kEncryptionBudget << "x on " << encryptionOver << ".\n";
    return 0;
}
