// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `fieldfile report`: the real desktop program writes the indicators of a database, of the demo
// profile and of an encrypted profile (its password from a file or standard input) without a
// window, the same numbers core/indicators gives.
#include "tests/core/IndicatorsFixture.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/crypto/PasswordKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/indicators/CsvWriter.h"
#include "core/indicators/IndicatorReport.h"
#include "core/profile/ProfileDirectory.h"
#include "core/profile/ProfileOpener.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ff;
using namespace ff::test;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// The app, in English, with its data folder (and so its profiles) under `home`.
Run fieldfile(const QString& home, const QStringList& args, const QByteArray& input = {},
              const QString& program = QStringLiteral(FIELDFILE_APP_BINARY))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, QStringList{QStringLiteral("report")} + args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList reportArgs(const QString& out, const QString& scope = QStringLiteral("county"))
{
    return {QStringLiteral("--scope"),    scope,
            QStringLiteral("--period"),   QStringLiteral("2026-11"),
            QStringLiteral("--format"),   QStringLiteral("csv"),
            QStringLiteral("--output"),   out,
            QStringLiteral("--language"), QStringLiteral("en")};
}
} // namespace

TEST_CASE("fieldfile report writes a database's indicators as CSV without a window", "[indicators][cli]")
{
    QTemporaryDir home;
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    const QString out = home.filePath(QStringLiteral("nov.csv"));
    const Run r = fieldfile(home.path(), reportArgs(out, QStringLiteral("station:") + kCityStation) +
                                             QStringList{QStringLiteral("--database"), t.path()});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(out));
    const QByteArray csv = read(out);
    CHECK(csv.startsWith(CsvWriter::byteOrderMark()));
    const IndicatorReport expected = IndicatorReport::compute(t.db(), IndicatorScope::station(kCityStation),
                                                              ReportPeriod::month(2026, 11));
    CHECK(CsvWriter::parse(csv) == CsvWriter::parse(expected.toCsv()));

    // Mistakes are said, and nothing is written.
    const QString nothing = home.filePath(QStringLiteral("nothing.csv"));
    Run bad = fieldfile(home.path(), QStringList{QStringLiteral("--period"), QStringLiteral("2026-13"),
                                                 QStringLiteral("--output"), nothing,
                                                 QStringLiteral("--database"), t.path()});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("--period")));
    bad = fieldfile(home.path(),
                    reportArgs(nothing) + QStringList{QStringLiteral("--format"), QStringLiteral("xls"),
                                                      QStringLiteral("--database"), t.path()});
    CHECK(bad.code == 2);
    CHECK_FALSE(QFile::exists(nothing));
}

TEST_CASE("fieldfile report counts the demo profile, and an encrypted profile only with its password",
          "[indicators][cli]")
{
    QTemporaryDir home;
    const ProfileDirectory profiles(home.filePath(QStringLiteral("Fieldfile/fieldfile/profiles")));
    QString expectedCsv;
    {
        Database db;
        must(ProfileOpener::createDemo(profiles.demoFolder(), db));
        Writer w(db, true);
        const HandBuilt built(w);
        expectedCsv = QString::fromUtf8(
            IndicatorReport::compute(db, IndicatorScope::county(), ReportPeriod::month(2026, 11)).toCsv());
    }
    const QString out = home.filePath(QStringLiteral("demo.csv"));
    Run r = fieldfile(home.path(), reportArgs(out));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(CsvWriter::parse(read(out)) == CsvWriter::parse(expectedCsv.toUtf8()));

    // A person's profile: encrypted; the only person's profile is the one counted.
    QString folder;
    must(profiles.createFolder(&folder));
    {
        Database db;
        crypto::SecretBytes key;
        must(ProfileOpener::create(folder, QStringLiteral("correct horse"), &key, db,
                                   crypto::PasswordKey::testCost()));
        Writer w(db, true);
        const HandBuilt built(w);
    }
    const QString passwordFile = home.filePath(QStringLiteral("pw"));
    {
        QFile f(passwordFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("correct horse\n");
    }
    const QString personal = home.filePath(QStringLiteral("person.csv"));
    r = fieldfile(home.path(),
                  reportArgs(personal) + QStringList{QStringLiteral("--password-file"), passwordFile});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(CsvWriter::parse(read(personal)) == CsvWriter::parse(expectedCsv.toUtf8()));
    QFile::remove(personal);
    r = fieldfile(home.path(), reportArgs(personal), QByteArrayLiteral("correct horse\n"));
    REQUIRE(r.code == 0);
    CHECK(CsvWriter::parse(read(personal)) == CsvWriter::parse(expectedCsv.toUtf8()));
    QFile::remove(personal);
    r = fieldfile(home.path(), reportArgs(personal), QByteArrayLiteral("wrong\n"));
    CHECK(r.code == 1);
    CHECK_FALSE(QFile::exists(personal));
    // The demo by name.
    r = fieldfile(home.path(),
                  reportArgs(personal) + QStringList{QStringLiteral("--profile"), QStringLiteral("demo")});
    CHECK(r.code == 0);
}

TEST_CASE("fieldfile report --format pdf writes the printed monthly station report without a window",
          "[indicators][cli][pdf]")
{
    QTemporaryDir home;
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    const QString out = home.filePath(QStringLiteral("nov.pdf"));
    QStringList args = reportArgs(out, QStringLiteral("station:") + kCityStation);
    args[args.indexOf(QStringLiteral("csv"))] = QStringLiteral("pdf");
    const Run r = fieldfile(home.path(), args + QStringList{QStringLiteral("--database"), t.path()});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(out));
    REQUIRE(read(out).startsWith("%PDF-"));

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {out});
    REQUIRE(info.waitForFinished(30000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    INFO(infoText.toStdString());
    CHECK(infoText.contains(QStringLiteral("(A4)")));
    // The title names the station and the month (the page text names some Chinese characters by
    // the Kangxi radical sharing their glyph: PrintedDocumentsTest reads them back).
    CHECK(infoText.contains(QStringLiteral("Monthly station report · Station %1 · %2")
                                .arg(kCityStation, ReportPeriod::month(2026, 11).label())));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    INFO(pdf.toStdString());
    CHECK(pdf.contains(QStringLiteral("Monthly station report")));
    CHECK(pdf.contains(ReportPeriod::month(2026, 11).label()));
    CHECK(pdf.contains(QStringLiteral("Page 1 of")));
    CHECK(pdf.contains(QStringLiteral("Prepared by:")));
    // The numbers are IndicatorReport's.
    const IndicatorReport expected = IndicatorReport::compute(t.db(), IndicatorScope::station(kCityStation),
                                                              ReportPeriod::month(2026, 11));
    for (const char* indicator : {"services.sessions", "visits.done", "referrals.made"}) {
        const IndicatorReport::Row* row = expected.find(QString::fromLatin1(indicator));
        REQUIRE(row);
        INFO(indicator);
        CHECK(pdf.contains(QRegularExpression(
            QStringLiteral("%1\\s+%2\\s")
                .arg(QRegularExpression::escape(row->name), IndicatorReport::formatValue(row->current)))));
    }
}

TEST_CASE(
    "fieldfile report --format pdf says so when the app's module is missing or broken, and writes nothing",
    "[indicators][cli][pdf]")
{
    // The app alone in a folder: neither beside it nor in ../lib/<arch>/fieldfile is its module.
    QTemporaryDir home;
    const QString app = home.filePath(QStringLiteral("fieldfile"));
    REQUIRE(QFile::copy(QStringLiteral(FIELDFILE_APP_BINARY), app));
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    const QString out = home.filePath(QStringLiteral("nov.pdf"));
    QStringList args = reportArgs(out, QStringLiteral("station:") + kCityStation);
    args[args.indexOf(QStringLiteral("csv"))] = QStringLiteral("pdf");
    args += QStringList{QStringLiteral("--database"), t.path()};

    Run r = fieldfile(home.path(), args, {}, app);
    INFO(r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Fieldfile could not load the part it needs")));
    CHECK(r.err.contains(QStringLiteral("fieldfile-parts.so is missing.")));
    CHECK_FALSE(QFileInfo::exists(out));

    // A module that is not one.
    QFile broken(home.filePath(QStringLiteral("fieldfile-parts.so")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("not a shared object");
    broken.close();
    r = fieldfile(home.path(), args, {}, app);
    INFO(r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Fieldfile could not load the part it needs")));
    CHECK(r.err.contains(home.filePath(QStringLiteral("fieldfile-parts.so"))));
    CHECK_FALSE(QFileInfo::exists(out));

    // The CSV report needs no module.
    args[args.indexOf(QStringLiteral("pdf"))] = QStringLiteral("csv");
    r = fieldfile(home.path(), args, {}, app);
    CHECK(r.code == 0);
}
