// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Printed documents (issue 14, item 4): the monthly station report, the county summary and the
// household file, written as PDF and read back with poppler's pdftotext and pdfinfo — A4, the
// page numbers, the signature lines, and the very numbers IndicatorReport gives.
#include "tests/core/IndicatorsFixture.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/indicators/IndicatorReport.h"
#include "core/records/CaseNoteRepository.h"
#include "core/records/HouseholdRepository.h"
#include "core/sync/DeviceSync.h"
#include "ui/main/LanguageMenu.h"
#include "ui/main/MainWindow.h"
#include "ui/print/HouseholdFileDocument.h"
#include "ui/print/IndicatorReportDocument.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMenu>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <tuple>

#include <catch2/catch.hpp>

using namespace ff;
using namespace ff::test;

namespace {
const QDateTime kGenerated(QDate(2026, 12, 3), QTime(10, 0));

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The character Noto Sans CJK SC draws with the same glyph as each Kangxi radical or CJK
/// radical it maps (⾛ U+2F9B and 走 U+8D70 share one glyph; so do ⼾ and 户).
const QHash<char16_t, QChar>& radicalTwins()
{
    static const QHash<char16_t, QChar> twins = [] {
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        const QRawFont raw = QRawFont::fromFont(font);
        const auto glyph = [&](char16_t u) { return raw.glyphIndexesForString(QString(QChar(u))).value(0); };
        QHash<quint32, char16_t> byGlyph;
        for (char16_t u = 0x4E00; u <= 0x9FFF; ++u)
            if (const quint32 g = glyph(u); g != 0 && !byGlyph.contains(g))
                byGlyph.insert(g, u);
        QHash<char16_t, QChar> out;
        for (char16_t r = 0x2E80; r <= 0x2FDF; ++r)
            if (const auto it = byGlyph.constFind(glyph(r)); glyph(r) != 0 && it != byGlyph.cend())
                out.insert(r, QChar(*it));
        return out;
    }();
    return twins;
}

/// The text of a PDF as pdftotext lays it out; pages are separated by form feeds. Qt's PDF writer
/// names a glyph by the lowest character the font maps to it, so a Chinese character whose glyph
/// a Kangxi radical shares comes out as the radical: each is put back as the character it stands
/// for here, and "fi" ligatures as two letters.
QString pdfText(const QString& path)
{
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        if (const auto twin = radicalTwins().constFind(c.unicode()); twin != radicalTwins().cend())
            folded += *twin;
        else if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            folded += QString(c).normalized(QString::NormalizationForm_KC);
        else
            folded += c;
    }
    return folded;
}

/// The number of pages pdfinfo counts, after checking that every page is A4 (595 × 842 points).
int a4Pages(const QString& path)
{
    // FIELDFILE_KEEP_PDF=FOLDER keeps a copy of each document there, to look at it.
    if (const QString keep = qEnvironmentVariable("FIELDFILE_KEEP_PDF"); !keep.isEmpty()) {
        const QString copy = QDir(keep).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    INFO(info.toStdString());
    CHECK(info.contains(
        QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts"))));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    return pages.captured(1).toInt();
}

QString translated(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

/// `text` without its spaces: pdftotext leaves out the narrow spaces between Chinese characters and
/// digits ("第 1 页" comes out as "第1页").
QString withoutSpaces(QString text) { return text.remove(QLatin1Char(' ')); }

/// Checks that every page of `text` ends with its page number of `pages`, as the foot says it.
void checkPageNumbers(const QString& text, int pages)
{
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    CHECK(pageTexts.size() == pages);
    for (int i = 0; i < pageTexts.size(); ++i) {
        const QString foot = translated("PrintedDocument", "Page %1 of %2").arg(i + 1).arg(pages);
        INFO("page " << i + 1 << ": " << foot.toStdString());
        CHECK(withoutSpaces(pageTexts.at(i)).contains(withoutSpaces(foot)));
    }
}

/// Checks that the line of an indicator's total holds its name, this period's and the previous
/// period's numbers, as IndicatorReport gives them.
void checkTotal(const QString& text, const IndicatorReport& report, const char* indicator)
{
    const IndicatorReport::Row* row = report.find(QString::fromLatin1(indicator));
    REQUIRE(row);
    const auto shown = [](const std::optional<double>& v) {
        return v ? IndicatorReport::formatValue(v) : QStringLiteral("—");
    };
    const QRegularExpression line(QStringLiteral("^\\s*%1\\s+%2\\s+%3\\s*$")
                                      .arg(QRegularExpression::escape(row->name),
                                           QRegularExpression::escape(shown(row->current)),
                                           QRegularExpression::escape(shown(row->previous))),
                                  QRegularExpression::MultilineOption);
    INFO(indicator << ": " << line.pattern().toStdString());
    CHECK(text.contains(line));
}

/// Switches the app's language for a test and back to English after it.
struct Language
{
    explicit Language(const QString& code) { LanguageMenu::apply(code); }
    ~Language() { LanguageMenu::apply(QStringLiteral("en")); }
};
} // namespace

TEST_CASE("the monthly station report prints the station's indicators of the month beside the previous "
          "month on A4, with page numbers and signature lines",
          "[print][pdf]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("zh_CN"));
    const Language inLanguage(language);
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    const IndicatorScope station = IndicatorScope::station(kCityStation);
    const ReportPeriod november = ReportPeriod::month(2026, 11);
    const std::optional<PrintedDocument> document =
        IndicatorReportDocument::build(t.db(), station, november, kGenerated);
    REQUIRE(document);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("station.pdf"));
    REQUIRE(document->savePdf(path));

    const int pages = a4Pages(path);
    CHECK(pages >= 2);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(translated("IndicatorReportDocument", "Monthly station report")));
    CHECK(text.contains(kCityStation));
    CHECK(text.contains(november.label()));
    CHECK(text.contains(november.previous().label()));
    CHECK(text.contains(translated("IndicatorReportDocument", "Prepared by:")));
    CHECK(text.contains(translated("IndicatorReportDocument", "Reviewed by (station supervisor):")));
    CHECK(text.contains(translated("PrintedDocument", "Generated on %1")
                            .arg(QLocale().toString(kGenerated.date(), QLocale::LongFormat))));
    checkPageNumbers(text, pages);
    if (language == QLatin1String("zh_CN") &&
        translated("PrintedDocument", "Page %1 of %2") != QLatin1String("Page %1 of %2")) {
        CHECK(withoutSpaces(text).contains(QStringLiteral("第1页共%1页").arg(pages)));
        CHECK(text.contains(QStringLiteral("社工站月报")));
    }

    const IndicatorReport report = IndicatorReport::compute(t.db(), station, november);
    for (const char* indicator :
         {"households.on_file", "households.reached", "services.sessions", "services.hours", "visits.done",
          "visits.due", "visits.on_time", "referrals.made", "referrals.completed", "risks.opened",
          "volunteers.hours"})
        checkTotal(text, report, indicator);
    // A breakdown too: the services of each method and category given this month.
    for (const IndicatorReport::Row& row : report.rows()) {
        if (row.indicator == QLatin1String("services.sessions") && !row.breakdown.isEmpty() &&
            row.current.value_or(0) > 0) {
            INFO(row.breakdownLabel.toStdString());
            CHECK(text.contains(QRegularExpression(QStringLiteral("%1\\s+%2\\s")
                                                       .arg(QRegularExpression::escape(row.breakdownLabel),
                                                            IndicatorReport::formatValue(row.current)))));
        }
    }
}

TEST_CASE("the county summary prints the county's indicators and a line for each station", "[print][pdf]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    const ReportPeriod quarter = ReportPeriod::quarter(2026, 4);
    int progressCalls = 0;
    const std::optional<PrintedDocument> document = IndicatorReportDocument::build(
        t.db(), IndicatorScope::county(), quarter, kGenerated, [&](int done, int total) {
            ++progressCalls;
            CHECK(total == 2);
            CHECK(done == progressCalls);
            return true;
        });
    REQUIRE(document);
    CHECK(progressCalls == 2);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("county.pdf"));
    REQUIRE(document->savePdf(path));
    const int pages = a4Pages(path);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("County summary")));
    CHECK(text.contains(QStringLiteral("The county")));
    CHECK(text.contains(quarter.label()));
    CHECK(text.contains(QStringLiteral("By station")));
    CHECK(text.contains(QStringLiteral("Reviewed by (county civil-affairs bureau):")));
    checkPageNumbers(text, pages);
    const IndicatorReport county = IndicatorReport::compute(t.db(), IndicatorScope::county(), quarter);
    for (const char* indicator : {"households.on_file", "services.sessions", "visits.done", "referrals.made"})
        checkTotal(text, county, indicator);
    // Each station's line: its name, then its households on file and households reached.
    for (const QString& name : {kCityStation, kHillStation}) {
        const IndicatorReport report =
            IndicatorReport::compute(t.db(), IndicatorScope::station(name), quarter);
        const QRegularExpression line(
            QStringLiteral("^\\s*%1\\s+%2\\s+%3\\s")
                .arg(
                    QRegularExpression::escape(name),
                    IndicatorReport::formatValue(report.find(QStringLiteral("households.on_file"))->current),
                    IndicatorReport::formatValue(report.find(QStringLiteral("households.reached"))->current)),
            QRegularExpression::MultilineOption);
        INFO(line.pattern().toStdString());
        CHECK(text.contains(line));
    }
    // Stopped halfway, there is no document.
    CHECK_FALSE(IndicatorReportDocument::build(t.db(), IndicatorScope::county(), quarter, kGenerated,
                                               [](int, int) { return false; }));
}

TEST_CASE("the printed household file holds the household, its members, its case notes and the "
          "signature lines for a visit",
          "[print][pdf]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("zh_CN"));
    const Language inLanguage(language);
    TempDatabase t;
    ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 0)).toMSecsSinceEpoch());
    const Session wang = as(QStringLiteral("王芳"), clock);
    HouseholdFile file = sampleHousehold(QStringLiteral("张伟"));
    REQUIRE(HouseholdRepository(t.db(), wang).save(file));
    const QString id = file.household.value(QStringLiteral("id")).toString();
    CaseNote note;
    note.householdId = id;
    note.writtenOn = QDate(2026, 11, 20);
    note.text = QStringLiteral("低保复查材料已交，下次走访核对收入。");
    REQUIRE(CaseNoteRepository(t.db(), wang).add(note));

    const std::optional<PrintedDocument> document = HouseholdFileDocument::build(t.db(), id, kGenerated);
    REQUIRE(document);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("household.pdf"));
    REQUIRE(document->savePdf(path));
    const int pages = a4Pages(path);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(translated("HouseholdFileDocument", "Household file")));
    CHECK(text.contains(file.household.value(QStringLiteral("household_no")).toString()));
    REQUIRE(file.members.size() >= 2);
    for (const QVariantMap& member : file.members)
        CHECK(text.contains(member.value(QStringLiteral("name")).toString()));
    CHECK(text.contains(note.text));
    CHECK(text.contains(translated("HouseholdFileDocument", "Caseworker (signature):")));
    CHECK(text.contains(translated("HouseholdFileDocument", "Household (signature):")));
    // Every tab has its section, with nothing in it said so.
    CHECK(text.contains(translated("HouseholdFileDocument", "Referrals")));
    CHECK(text.contains(translated("HouseholdFileDocument", "Attachments")));
    CHECK(text.contains(translated("HouseholdFileDocument", "History")));
    // Resident ID numbers are masked on paper.
    for (const QVariantMap& member : file.members) {
        const QString number = member.value(QStringLiteral("id_number")).toString();
        if (!number.isEmpty())
            CHECK_FALSE(text.contains(number));
    }
    checkPageNumbers(text, pages);
    CHECK_FALSE(HouseholdFileDocument::build(t.db(), QStringLiteral("no-such-household"), kGenerated));
}

TEST_CASE("File → Print household file… waits for a household, the Reports menu is for supervisors and "
          "the county summary for county staff",
          "[print][gui]")
{
    const auto menuOf = [](MainWindow& window) {
        return std::tuple{window.findChild<QAction*>(QStringLiteral("printHouseholdAction")),
                          window.findChild<QMenu*>(QStringLiteral("reportsMenu")),
                          window.findChild<QAction*>(QStringLiteral("stationReportAction")),
                          window.findChild<QAction*>(QStringLiteral("countySummaryAction"))};
    };
    {
        TempDatabase t;
        MainWindow window(t.db());
        const auto [print, reports, station, county] = menuOf(window);
        REQUIRE(print);
        REQUIRE(reports);
        CHECK_FALSE(print->isEnabled()); // no household on file, none selected
        CHECK_FALSE(reports->menuAction()->isVisible());
    }
    for (const char* role : {"supervisor", "county"}) {
        TempDatabase t;
        const auto key = QByteArray(32, 'k');
        REQUIRE(DeviceSync(t.db()).setCounty(QStringLiteral("371321"), key, key,
                                             QStringLiteral("https://county"), QStringLiteral("李强"),
                                             QString::fromLatin1(role)));
        MainWindow window(t.db());
        const auto [print, reports, station, county] = menuOf(window);
        INFO(role);
        REQUIRE(reports);
        CHECK(reports->menuAction()->isVisible());
        CHECK(station->isVisible());
        CHECK(county->isVisible() == (QByteArray(role) == "county"));
    }
}
