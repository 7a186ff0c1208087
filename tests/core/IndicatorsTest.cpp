// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The indicators (docs/indicators.md): a hand-built county whose every number is known, the
// periods' edges in the county's time zone and records entered late, a cross-check against plain
// SQL written here over a random county, the CSV read back, and the real fieldfile-server report
// on a county database that holds only the journal.
#include "tests/core/IndicatorsFixture.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestServer.h"

#include "core/db/Query.h"
#include "core/demo/DemoGenerator.h"
#include "core/forms/BuiltInForms.h"
#include "core/forms/IdentifiedNeeds.h"
#include "core/forms/MemberContext.h"
#include "core/indicators/CsvWriter.h"
#include "core/indicators/IndicatorReport.h"
#include "core/indicators/Indicators.h"
#include "core/journal/JournalWriter.h"
#include "core/model/CodeList.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/ProjectDelivery.h"
#include "core/records/VolunteerHours.h"
#include "core/schema/StationScope.h"
#include "core/server/CountyStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace ff;
using test::TempDatabase;

using namespace ff::test;

namespace {
/// A figure of `figures`; fails the test when it is missing.
std::optional<double> valueOf(const QList<IndicatorFigure>& figures, const QString& id,
                              const QString& breakdown = {})
{
    for (const IndicatorFigure& f : figures)
        if (f.indicator == id && f.breakdown == breakdown)
            return f.value;
    FAIL("no figure " << id.toStdString() << " / " << breakdown.toStdString());
    return std::nullopt;
}

double num(const QList<IndicatorFigure>& figures, const QString& id, const QString& breakdown = {})
{
    const std::optional<double> v = valueOf(figures, id, breakdown);
    REQUIRE(v.has_value());
    return *v;
}

QString zh(const char* text) { return QString::fromUtf8(text); }
} // namespace

TEST_CASE("Periods are months, quarters and years of the county's calendar", "[indicators]")
{
    const ReportPeriod nov = *ReportPeriod::parse(QStringLiteral("2026-11"));
    CHECK(nov.first() == QDate(2026, 11, 1));
    CHECK(nov.last() == QDate(2026, 11, 30));
    CHECK(nov.previous() == ReportPeriod::month(2026, 10));
    CHECK(ReportPeriod::month(2026, 1).previous() == ReportPeriod::month(2025, 12));
    const ReportPeriod q4 = *ReportPeriod::parse(QStringLiteral("2026-Q4"));
    CHECK(q4.first() == QDate(2026, 10, 1));
    CHECK(q4.last() == QDate(2026, 12, 31));
    CHECK(q4.previous().code() == QStringLiteral("2026-Q3"));
    CHECK(ReportPeriod::quarter(2026, 1).previous().code() == QStringLiteral("2025-Q4"));
    const ReportPeriod year = *ReportPeriod::parse(QStringLiteral("2026"));
    CHECK(year.first() == QDate(2026, 1, 1));
    CHECK(year.last() == QDate(2026, 12, 31));
    CHECK(year.previous().code() == QStringLiteral("2025"));
    CHECK(ReportPeriod::parse(QStringLiteral("2026-q2"))->code() == QStringLiteral("2026-Q2"));
    for (const char* bad : {"2026-13", "2026-Q5", "26-11", "2026/11", "", "November"})
        CHECK_FALSE(ReportPeriod::parse(QString::fromLatin1(bad)).has_value());

    // 23:30 on the last day of November in Shanghai is 15:30 UTC: still November there.
    const QDateTime lateEvening(QDate(2026, 11, 30), QTime(15, 30), QTimeZone::utc());
    CHECK(ReportPeriod::countyDay(lateEvening) == QDate(2026, 11, 30));
    CHECK(nov.contains(ReportPeriod::countyDay(lateEvening)));
    const QDateTime afterMidnight(QDate(2026, 11, 30), QTime(16, 30), QTimeZone::utc());
    CHECK(ReportPeriod::countyDay(afterMidnight) == QDate(2026, 12, 1));
    CHECK_FALSE(nov.contains(ReportPeriod::countyDay(afterMidnight)));
    CHECK(ReportPeriod::countyZone().offsetFromUtc(lateEvening) == 8 * 3600);
}

TEST_CASE("Scopes are read from the command line's words", "[indicators]")
{
    CHECK(IndicatorScope::parse(QStringLiteral("county")) == IndicatorScope::county());
    CHECK(IndicatorScope::parse(zh("station:城关社工站")) == IndicatorScope::station(kCityStation));
    CHECK(IndicatorScope::parse(zh("caseworker:王芳")) == IndicatorScope::caseworker(kWang));
    CHECK(IndicatorScope::parse(zh("township:城关镇")) == IndicatorScope::township(zh("城关镇")));
    for (const char* bad : {"station:", "village:东山村", "", "counties"})
        CHECK_FALSE(IndicatorScope::parse(QString::fromUtf8(bad)).has_value());
    // A name is quoted into the statement, never run as SQL.
    CHECK(IndicatorScope::station(QStringLiteral("x' OR '1'='1")).householdCondition(QStringLiteral("h")) ==
          QStringLiteral("trim(coalesce(h.station, '')) = 'x'' OR ''1''=''1'"));
}

TEST_CASE("The county time of a stored time: zoned times move to Shanghai, a laptop's wall clock stays",
          "[indicators]")
{
    TempDatabase t;
    const auto day = [&](const QString& stored) {
        Query q(t.db());
        q.prepare(QStringLiteral("SELECT %1").arg(Indicators::countyDaySql(QStringLiteral("?"))));
        // The expression names its column four times: bind it each time.
        for (int i = 0; i < 4; ++i)
            q.addBindValue(stored);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    CHECK(day(QStringLiteral("2026-11-30T15:30:00Z")) == QStringLiteral("2026-11-30"));
    CHECK(day(QStringLiteral("2026-11-30T16:30:00Z")) == QStringLiteral("2026-12-01"));
    CHECK(day(QStringLiteral("2026-11-30T16:30:00.000Z")) == QStringLiteral("2026-12-01"));
    CHECK(day(QStringLiteral("2026-12-01T00:30:00+08:00")) == QStringLiteral("2026-12-01"));
    CHECK(day(QStringLiteral("2026-11-30 23:30")) == QStringLiteral("2026-11-30"));
    CHECK(day(QStringLiteral("2026-11-30")) == QStringLiteral("2026-11-30"));
}

TEST_CASE("Indicators of a hand-built county: every number known", "[indicators]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    const ReportPeriod nov = ReportPeriod::month(2026, 11), oct = ReportPeriod::month(2026, 10);

    SECTION("the county")
    {
        const Indicators county(t.db(), IndicatorScope::county());
        const QList<IndicatorFigure> f = county.figures(nov);
        // Households now: H1–H4 and H6 (H5 removed).
        CHECK(num(f, QStringLiteral("households.on_file")) == 5);
        CHECK(num(f, QStringLiteral("households.on_file"), QStringLiteral("status:dibao")) == 2);
        CHECK(num(f, QStringLiteral("households.on_file"), QStringLiteral("status:tekun")) == 1);
        CHECK(num(f, QStringLiteral("households.on_file"), QStringLiteral("status:none")) == 1);
        CHECK(num(f, QStringLiteral("households.on_file"), QStringLiteral("group:left_behind_child")) == 2);
        CHECK(num(f, QStringLiteral("households.on_file"), QStringLiteral("group:empty_nest")) == 1);
        CHECK(num(f, QStringLiteral("households.reached")) == 4);
        CHECK(num(f, QStringLiteral("households.entered")) == 1);
        CHECK(num(f, QStringLiteral("households.exited")) == 1);
        // Services: S1, S2 (once, though three households), S3 (entered in December).
        CHECK(num(f, QStringLiteral("services.sessions")) == 3);
        CHECK(num(f, QStringLiteral("services.sessions"),
                  QStringLiteral("casework/psychological_counselling")) == 1);
        CHECK(num(f, QStringLiteral("services.sessions"), QStringLiteral("group/social_integration")) == 1);
        CHECK(num(f, QStringLiteral("services.sessions"), QStringLiteral("casework/resource_linking")) == 1);
        CHECK(num(f, QStringLiteral("services.sessions"), QStringLiteral("community/policy_advocacy")) == 0);
        CHECK(num(f, QStringLiteral("services.households")) == 4);
        CHECK(num(f, QStringLiteral("services.households"), QStringLiteral("group/social_integration")) == 3);
        CHECK(num(f, QStringLiteral("services.hours")) == 3.0);
        CHECK(num(f, QStringLiteral("services.hours"), QStringLiteral("group/social_integration")) == 1.5);
        // Visits: V1–V3 done; V1–V4 due, V1 and V3 on time; the left-behind children's: V1, V3.
        CHECK(num(f, QStringLiteral("visits.done")) == 3);
        CHECK(num(f, QStringLiteral("visits.due")) == 4);
        CHECK(num(f, QStringLiteral("visits.on_time")) == 2);
        CHECK(num(f, QStringLiteral("visits.on_time_percent")) == 50);
        CHECK(num(f, QStringLiteral("guardianship.due")) == 2);
        CHECK(num(f, QStringLiteral("guardianship.on_time")) == 2);
        CHECK(num(f, QStringLiteral("guardianship.on_time_percent")) == 100);
        // Needs: A1's two, one with an action; A3 is a draft.
        CHECK(num(f, QStringLiteral("needs.identified")) == 2);
        CHECK(num(f, QStringLiteral("needs.identified"), QStringLiteral("category:resource_linking")) == 1);
        CHECK(num(f, QStringLiteral("needs.identified"), QStringLiteral("category:policy_advocacy")) == 1);
        CHECK(num(f, QStringLiteral("needs.planned")) == 1);
        CHECK(num(f, QStringLiteral("needs.planned"), QStringLiteral("category:resource_linking")) == 1);
        CHECK(num(f, QStringLiteral("needs.planned"), QStringLiteral("category:policy_advocacy")) == 0);
        CHECK(num(f, QStringLiteral("needs.planned_percent")) == 50);
        // Referrals: R2–R4 made, R2 and R4 accepted, R1, R2, R4 completed in 20, 10, 29 days.
        CHECK(num(f, QStringLiteral("referrals.made")) == 3);
        CHECK(num(f, QStringLiteral("referrals.accepted")) == 2);
        CHECK(num(f, QStringLiteral("referrals.completed")) == 3);
        CHECK(num(f, QStringLiteral("referrals.median_days")) == 20);
        // Risks: F2 (23:30 in Shanghai on the 30th) and F4 opened, F4 closed; F3 is December's.
        CHECK(num(f, QStringLiteral("risks.opened")) == 2);
        CHECK(num(f, QStringLiteral("risks.closed")) == 1);
        CHECK(num(f, QStringLiteral("child_protection.raised")) == 1);
        CHECK(num(f, QStringLiteral("child_protection.reported")) == 1);
        CHECK(num(f, QStringLiteral("child_protection.median_days_to_report")) == 2);
        // Workload by the caseworker households have now: 王芳 holds H1 and H2.
        CHECK(num(f, QStringLiteral("workload.households"), QStringLiteral("caseworker:") + kWang) == 2);
        CHECK(num(f, QStringLiteral("workload.sessions"), QStringLiteral("caseworker:") + kWang) == 2);
        CHECK(num(f, QStringLiteral("workload.visits"), QStringLiteral("caseworker:") + kWang) == 2);
        CHECK(num(f, QStringLiteral("workload.hours"), QStringLiteral("caseworker:") + kWang) == 2.5);
        CHECK(num(f, QStringLiteral("workload.sessions"), QStringLiteral("caseworker:") + kLi) == 1);
        CHECK(num(f, QStringLiteral("workload.sessions"), QStringLiteral("caseworker:") + kZhao) == 1);
        CHECK(num(f, QStringLiteral("workload.households"), QStringLiteral("caseworker:") + kZhao) == 2);
        // Volunteers: v1 and v2 in S2, 1.5 hours each.
        CHECK(num(f, QStringLiteral("volunteers.people")) == 2);
        CHECK(num(f, QStringLiteral("volunteers.hours")) == 3);
        // The project: S2's 1.5 hours against a sixth of 120.
        CHECK(num(f, QStringLiteral("projects.hours_delivered")) == 1.5);
        CHECK(num(f, QStringLiteral("projects.hours_delivered"),
                  QStringLiteral("project:") + built.project) == 1.5);
        CHECK(num(f, QStringLiteral("projects.hours_contracted")) == 20);

        const QList<IndicatorFigure> p = county.figures(oct);
        CHECK(num(p, QStringLiteral("households.reached")) == 2); // S6 (H2), V5 (H1)
        CHECK(num(p, QStringLiteral("services.sessions")) == 1);
        CHECK(num(p, QStringLiteral("services.hours")) == 0.75);
        CHECK(num(p, QStringLiteral("visits.done")) == 1);
        CHECK(num(p, QStringLiteral("visits.due")) == 0);
        CHECK_FALSE(valueOf(p, QStringLiteral("visits.on_time_percent")).has_value());
        CHECK(num(p, QStringLiteral("needs.identified")) == 1); // A2, whose action was dropped
        CHECK(num(p, QStringLiteral("needs.planned")) == 0);
        CHECK(num(p, QStringLiteral("needs.planned_percent")) == 0);
        CHECK(num(p, QStringLiteral("referrals.made")) == 1);
        CHECK(num(p, QStringLiteral("referrals.accepted")) == 1);
        CHECK(num(p, QStringLiteral("referrals.completed")) == 0);
        CHECK_FALSE(valueOf(p, QStringLiteral("referrals.median_days")).has_value());
        CHECK(num(p, QStringLiteral("risks.opened")) == 1); // F1, 23:30 on 31 October
        CHECK(num(p, QStringLiteral("child_protection.raised")) == 1);
        CHECK(num(p, QStringLiteral("projects.hours_contracted")) == 20);

        const QList<IndicatorFigure> q4 = county.figures(ReportPeriod::quarter(2026, 4));
        CHECK(num(q4, QStringLiteral("services.sessions")) == 5); // S1, S2, S3, S6, S7
        CHECK(num(q4, QStringLiteral("risks.opened")) == 4);
        CHECK(num(q4, QStringLiteral("projects.hours_contracted")) == 60);
        const QList<IndicatorFigure> year = county.figures(ReportPeriod::year(2026));
        CHECK(num(year, QStringLiteral("projects.hours_contracted")) == 120);
        CHECK(num(year, QStringLiteral("referrals.median_days")) == 20);
    }

    SECTION("a station, a township, a caseworker")
    {
        const QList<IndicatorFigure> city =
            Indicators(t.db(), IndicatorScope::station(kCityStation)).figures(nov);
        CHECK(num(city, QStringLiteral("households.on_file")) == 3);
        CHECK(num(city, QStringLiteral("services.sessions")) == 3);
        CHECK(num(city, QStringLiteral("services.households")) == 3);
        CHECK(num(city, QStringLiteral("services.hours")) == 3);
        CHECK(num(city, QStringLiteral("volunteers.hours")) == 3);
        CHECK(num(city, QStringLiteral("projects.hours_delivered")) == 1.5);
        CHECK(num(city, QStringLiteral("projects.hours_contracted")) == 20);
        CHECK(num(city, QStringLiteral("households.exited")) == 1);
        CHECK(num(city, QStringLiteral("households.entered")) == 0);

        const QList<IndicatorFigure> hill =
            Indicators(t.db(), IndicatorScope::station(kHillStation)).figures(nov);
        CHECK(num(hill, QStringLiteral("households.on_file")) == 2);
        CHECK(num(hill, QStringLiteral("services.sessions")) == 1); // S2, for H4
        CHECK(num(hill, QStringLiteral("services.hours")) == 1.5);
        CHECK(num(hill, QStringLiteral("visits.due")) == 1);
        CHECK(num(hill, QStringLiteral("households.entered")) == 1);
        // The project is the other station's: its hours here, no contract of this station.
        CHECK(num(hill, QStringLiteral("projects.hours_delivered"),
                  QStringLiteral("project:") + built.project) == 1.5);
        CHECK(num(hill, QStringLiteral("projects.hours_contracted")) == 0);
        CHECK_FALSE(valueOf(hill, QStringLiteral("projects.hours_contracted"),
                            QStringLiteral("project:") + built.project)
                        .has_value());

        const QList<IndicatorFigure> town =
            Indicators(t.db(), IndicatorScope::township(QStringLiteral("岸堤镇"))).figures(nov);
        CHECK(num(town, QStringLiteral("households.on_file")) == 2);
        CHECK_FALSE(valueOf(town, QStringLiteral("projects.hours_contracted")).has_value());

        // H2 was 李娜's and is 王芳's now: its October service is 王芳's.
        const QList<IndicatorFigure> wangOct =
            Indicators(t.db(), IndicatorScope::caseworker(kWang)).figures(oct);
        CHECK(num(wangOct, QStringLiteral("services.sessions")) == 1);
        const QList<IndicatorFigure> liOct = Indicators(t.db(), IndicatorScope::caseworker(kLi)).figures(oct);
        CHECK(num(liOct, QStringLiteral("services.sessions")) == 0);
        const QList<IndicatorFigure> wang =
            Indicators(t.db(), IndicatorScope::caseworker(kWang)).figures(nov);
        CHECK(num(wang, QStringLiteral("households.on_file")) == 2);
        CHECK(num(wang, QStringLiteral("services.sessions")) == 2);
        CHECK(num(wang, QStringLiteral("services.households")) == 2);
        CHECK(num(wang, QStringLiteral("visits.done")) == 2);
        CHECK(num(wang, QStringLiteral("referrals.completed")) == 2);
    }

    SECTION("the hours agree with the volunteers' and the project's own pages")
    {
        const QList<IndicatorFigure> f = Indicators(t.db(), IndicatorScope::county()).figures(nov);
        double volunteerHours = 0;
        for (double h : VolunteerHours(t.db()).hoursByVolunteer(nov.first(), nov.last()))
            volunteerHours += h;
        CHECK(num(f, QStringLiteral("volunteers.hours")) == volunteerHours);
        ServiceProject p;
        p.id = built.project;
        p.startsOn = QDate(2026, 7, 1);
        p.endsOn = QDate(2026, 12, 31);
        p.contractedHours = 120;
        for (const ProjectMonth& m : ProjectDeliveryQuery(t.db()).of(p).months) {
            if (m.month == nov.first()) {
                CHECK(num(f, QStringLiteral("projects.hours_delivered"),
                          QStringLiteral("project:") + built.project) == m.deliveredHours);
                CHECK(num(f, QStringLiteral("projects.hours_contracted"),
                          QStringLiteral("project:") + built.project) == m.contractedHours);
            }
        }
    }
}

TEST_CASE("Indicator reports put each figure beside the previous period's and read back from CSV",
          "[indicators][csv]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    const IndicatorReport report =
        IndicatorReport::compute(t.db(), IndicatorScope::county(), ReportPeriod::month(2026, 11));
    const IndicatorReport::Row* sessions = report.find(QStringLiteral("services.sessions"));
    REQUIRE(sessions);
    CHECK(sessions->current == 3);
    CHECK(sessions->previous == 1);
    CHECK(sessions->name == Indicators::name(QStringLiteral("services.sessions")));
    const IndicatorReport::Row* onFile = report.find(QStringLiteral("households.on_file"));
    REQUIRE(onFile);
    CHECK(onFile->current == 5);
    CHECK_FALSE(onFile->previous.has_value()); // the tables hold the present only

    const QByteArray csv = report.toCsv();
    REQUIRE(csv.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
    const QList<QStringList> rows = CsvWriter::parse(csv);
    REQUIRE(rows.size() == report.rows().size() + 1);
    CHECK(rows.first().size() == 6);
    CHECK(rows.first().at(0) == QStringLiteral("Indicator"));
    CHECK(rows.first().at(2).contains(ReportPeriod::month(2026, 11).label()));
    CHECK(rows.first().at(3).contains(ReportPeriod::month(2026, 10).label()));
    for (qsizetype i = 0; i < report.rows().size(); ++i) {
        const IndicatorReport::Row& r = report.rows().at(i);
        const QStringList& line = rows.at(i + 1);
        INFO(r.indicator.toStdString() << " " << r.breakdown.toStdString());
        REQUIRE(line.size() == 6);
        CHECK(line.at(0) == r.name);
        CHECK(line.at(2) == IndicatorReport::formatValue(r.current));
        CHECK(line.at(3) == IndicatorReport::formatValue(r.previous));
        CHECK(line.at(4) == r.indicator);
        CHECK(line.at(5) == r.breakdown);
        if (r.current)
            CHECK(std::abs(line.at(2).toDouble() - *r.current) < 0.005);
    }
    // A row of every indicator.
    for (const QString& id : Indicators::ids()) {
        INFO(id.toStdString());
        CHECK(std::any_of(report.rows().cbegin(), report.rows().cend(),
                          [&](const IndicatorReport::Row& r) { return r.indicator == id; }));
    }
    CHECK(IndicatorReport::formatValue(1.5) == QStringLiteral("1.50"));
    CHECK(IndicatorReport::formatValue(2.0) == QStringLiteral("2"));
    CHECK(IndicatorReport::formatValue(100.0 / 3) == QStringLiteral("33.33"));
    CHECK(IndicatorReport::formatValue(std::nullopt).isEmpty());
}

TEST_CASE("CsvWriter quotes as RFC 4180 says and writes the whole file or nothing", "[csv]")
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                QStringLiteral("two\nlines"), zh("低保户"), QString(), QStringLiteral(" padded")});
    csv.addRow({QStringLiteral("x")});
    const QByteArray data = csv.data();
    CHECK(data == QByteArrayLiteral("\xEF\xBB\xBF") +
                      QString::fromUtf8(
                          "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",低保户,,\" padded\"\r\nx\r\n")
                          .toUtf8());
    const QList<QStringList> rows = CsvWriter::parse(data);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0) == QStringList{QStringLiteral("plain"), QStringLiteral("a,b"),
                                    QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"), zh("低保户"),
                                    QString(), QStringLiteral(" padded")});
    CHECK(rows.at(1) == QStringList{QStringLiteral("x")});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    must(csv.save(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == data);
    CHECK_FALSE(CsvWriter::save(dir.filePath(QStringLiteral("missing/out.csv")), data));
}

namespace {
/// The number of a plain SQL count.
double sql(Database& db, const QString& statement)
{
    Query q(db);
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
    REQUIRE(q.next());
    return q.value(0).toDouble();
}

QList<double> sqlColumn(Database& db, const QString& statement)
{
    Query q(db);
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
    QList<double> out;
    while (q.next())
        out.append(q.value(0).toDouble());
    return out;
}

/// A random county: `households` households over three stations and five caseworkers, with a
/// year of casework of every kind, some records removed, some households reassigned or removed,
/// times stored both as a laptop writes them and with a zone.
void randomCounty(Writer& w, quint32 seed, int households)
{
    QRandomGenerator random(seed);
    // Ids from the seed too, so that two databases written with one seed hold the same records.
    int made = 0;
    const auto nextId = [&] { return idFor(QStringLiteral("random/%1/%2").arg(seed).arg(made++)); };
    const QStringList stations = {kCityStation, kHillStation, zh("青驼社工站")};
    const QStringList townships = {zh("城关镇"), zh("岸堤镇"), zh("青驼镇")};
    const QStringList caseworkers = {kWang, kLi, kZhao, zh("孙丽"), QString()};
    const QStringList statuses = CodeList::assistanceStatus().codes();
    const QStringList groups = CodeList::specialGroups().codes();
    const QStringList methods = CodeList::serviceMethods().codes();
    const QStringList categories = CodeList::serviceCategories().codes();
    const QStringList risks = CodeList::riskType().codes();
    const QDate start(2025, 12, 1);
    const auto day = [&] { return start.addDays(random.bounded(430)).toString(Qt::ISODate); };
    const auto pick = [&](const QStringList& l) { return l.at(random.bounded(int(l.size()))); };
    const auto chance = [&](int percent) { return int(random.bounded(100)) < percent; };
    // Projects, one per station and one county-wide.
    QStringList projects;
    for (int i = 0; i <= stations.size(); ++i) {
        const QString station = i < stations.size() ? stations.at(i) : QString();
        const QString id = idFor(QStringLiteral("random-project/%1").arg(i));
        const QDate from = QDate(2026, 1 + random.bounded(6), 1 + random.bounded(28));
        w.create(QStringLiteral("service_project"), id, StationScope::scopeId(station),
                 {{QStringLiteral("station"), station},
                  {QStringLiteral("name"), QStringLiteral("项目%1").arg(i)},
                  {QStringLiteral("purchaser"), zh("县民政局")},
                  {QStringLiteral("provider"), zh("阳光社工")},
                  {QStringLiteral("starts_on"), from},
                  {QStringLiteral("ends_on"), from.addMonths(3 + random.bounded(12))},
                  {QStringLiteral("contracted_hours"), double(50 + random.bounded(400))}});
        projects << id;
    }
    QStringList ids;
    for (int n = 0; n < households; ++n) {
        const int st = random.bounded(int(stations.size()));
        QStringList g;
        for (const QString& code : groups)
            if (chance(12))
                g << code;
        ids << w.household(QStringLiteral("R%1").arg(n), stations.at(st), townships.at(st), pick(caseworkers),
                           chance(5) ? QString() : pick(statuses), g);
    }
    int session = 0;
    for (const QString& h : std::as_const(ids)) {
        QList<JournalWriter::Edit> edits;
        const auto add = [&](const QString& entity, const QVariantMap& fields) {
            edits.append({entity, nextId(), h, Change::Op::Create, fields});
        };
        for (int i = random.bounded(6); i > 0; --i) {
            QVariantMap f = {{QStringLiteral("session_id"), QStringLiteral("s%1").arg(session++)},
                             {QStringLiteral("served_on"), day()},
                             {QStringLiteral("duration_min"), 15 * (1 + random.bounded(8))},
                             {QStringLiteral("method"), pick(methods)},
                             {QStringLiteral("category"), pick(categories)},
                             {QStringLiteral("activity"), zh("服务")}};
            if (chance(30))
                f.insert(QStringLiteral("volunteer_ids"),
                         QStringList{QStringLiteral("v%1").arg(random.bounded(20)),
                                     QStringLiteral("v%1").arg(random.bounded(20))});
            if (chance(30))
                f.insert(QStringLiteral("project_id"), pick(projects));
            add(QStringLiteral("service_log"), f);
        }
        for (int i = random.bounded(5); i > 0; --i) {
            const QDate planned = QDate::fromString(day(), Qt::ISODate);
            QVariantMap f = {{QStringLiteral("planned_on"), planned},
                             {QStringLiteral("status"), QStringLiteral("planned")}};
            if (chance(30))
                f.remove(QStringLiteral("planned_on"));
            if (chance(70)) {
                f.insert(QStringLiteral("status"), QStringLiteral("done"));
                f.insert(QStringLiteral("visited_on"), planned.addDays(random.bounded(21) - 10));
            }
            add(QStringLiteral("visit"), f);
        }
        if (chance(40)) {
            const QDate sent = QDate::fromString(day(), Qt::ISODate);
            QVariantMap f = {{QStringLiteral("agency"), QStringLiteral("township_health_centre")},
                             {QStringLiteral("sent_on"), sent},
                             {QStringLiteral("referral_status"), QStringLiteral("sent")}};
            if (chance(60)) {
                f.insert(QStringLiteral("accepted_on"), sent.addDays(random.bounded(10)));
                f.insert(QStringLiteral("referral_status"), QStringLiteral("accepted"));
                if (chance(60)) {
                    f.insert(QStringLiteral("completed_on"), sent.addDays(10 + random.bounded(60)));
                    f.insert(QStringLiteral("referral_status"), QStringLiteral("completed"));
                }
            }
            add(QStringLiteral("referral"), f);
        }
        if (chance(30)) {
            // A time as a laptop writes it (its wall clock), or with a zone.
            const QDateTime raised(QDate::fromString(day(), Qt::ISODate),
                                   QTime(random.bounded(24), random.bounded(60)), QTimeZone::utc());
            const QString raisedText = chance(50) ? raised.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                  : raised.toString(Qt::ISODate);
            QVariantMap f = {{QStringLiteral("risk_type"), pick(risks)},
                             {QStringLiteral("raised_at"), raisedText},
                             {QStringLiteral("flag_status"), QStringLiteral("open")}};
            if (chance(50))
                f.insert(QStringLiteral("reported_on"), raised.date().addDays(random.bounded(15)));
            if (chance(40)) {
                f.insert(QStringLiteral("flag_status"), QStringLiteral("closed"));
                f.insert(QStringLiteral("closed_at"),
                         raised.addSecs(3600 * random.bounded(24 * 40)).toString(Qt::ISODateWithMs));
            }
            add(QStringLiteral("risk_flag"), f);
        }
        if (chance(25)) {
            add(QStringLiteral("status_review"),
                {{QStringLiteral("from_status"), pick(statuses)},
                 {QStringLiteral("proposed_status"), pick(statuses)},
                 {QStringLiteral("proposed_on"), day()},
                 {QStringLiteral("decision"),
                  chance(70) ? QStringLiteral("approved") : QStringLiteral("returned")},
                 {QStringLiteral("decided_on"), day()}});
        }
        w.commit(edits);
        // Some removed records, reassignments and removed households.
        if (chance(10) && !edits.isEmpty()) {
            const JournalWriter::Edit& e = edits.at(random.bounded(int(edits.size())));
            w.remove(e.entity, e.recordId, h);
        }
        if (chance(10))
            // To a caseworker: the county's own writer, which keeps no record rows, does not write
            // an update that empties a field (it compares with the row it does not have).
            w.update(QStringLiteral("household"), h, h,
                     {{QStringLiteral("caseworker"), pick(caseworkers.mid(0, 4))}});
        if (chance(4))
            w.remove(QStringLiteral("household"), h, h);
    }
    // Group sessions across households (of any station).
    for (int i = 0; i < households / 10; ++i) {
        QList<JournalWriter::Edit> edits;
        const QString sessionId = QStringLiteral("g%1").arg(i);
        const QString served = day();
        const QString method = pick(methods), category = pick(categories);
        const QString project = chance(50) ? pick(projects) : QString();
        const int minutes = 60 + 30 * random.bounded(3);
        QSet<QString> taken;
        for (int k = 2 + random.bounded(5); k > 0; --k) {
            const QString h = pick(ids);
            if (taken.contains(h))
                continue;
            taken.insert(h);
            edits.append({QStringLiteral("service_log"),
                          nextId(),
                          h,
                          Change::Op::Create,
                          {{QStringLiteral("session_id"), sessionId},
                           {QStringLiteral("served_on"), served},
                           {QStringLiteral("duration_min"), minutes},
                           {QStringLiteral("method"), method},
                           {QStringLiteral("category"), category},
                           {QStringLiteral("project_id"), project},
                           {QStringLiteral("volunteer_ids"), QStringList{QStringLiteral("v%1").arg(i % 7)}},
                           {QStringLiteral("activity"), zh("小组活动")}}});
        }
        w.commit(edits);
    }
}

std::optional<double> medianOf(QList<double> v)
{
    if (v.isEmpty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}
} // namespace

TEST_CASE("Indicators agree with plain SQL over a random county", "[indicators][property]")
{
    const quint32 seed = qEnvironmentVariableIsSet("FIELDFILE_SEED")
                             ? qEnvironmentVariableIntValue("FIELDFILE_SEED")
                             : 20261206u;
    INFO("seed " << seed << " (FIELDFILE_SEED replays it)");
    TempDatabase t;
    Writer w(t.db(), true);
    randomCounty(w, seed, 300);
    Database& db = t.db();

    const QList<std::pair<IndicatorScope, QString>> scopes = {
        {IndicatorScope::county(), QStringLiteral("1")},
        {IndicatorScope::station(kHillStation), QStringLiteral("station = '岸堤社工站'")},
        {IndicatorScope::township(zh("青驼镇")), QStringLiteral("township = '青驼镇'")},
        {IndicatorScope::caseworker(kWang), QStringLiteral("caseworker = '王芳'")},
        {IndicatorScope::caseworker(kLi), QStringLiteral("caseworker = '李娜'")}};
    const QList<ReportPeriod> periods = {ReportPeriod::month(2026, 3), ReportPeriod::month(2026, 12),
                                         ReportPeriod::quarter(2026, 2), ReportPeriod::year(2026)};
    int nonZero = 0;
    for (const auto& [scope, where] : scopes) {
        // The scope's live households, written out again here.
        const QString hh = QStringLiteral("(SELECT id FROM household WHERE deleted = 0 AND %1)").arg(where);
        for (const ReportPeriod& period : periods) {
            INFO(scope.code().toStdString() << " " << period.code().toStdString());
            const QList<IndicatorFigure> f = Indicators(db, scope).figures(period);
            // Dates compared as the first day and the day after the last.
            const QString a = QLatin1Char('\'') + period.first().toString(Qt::ISODate) + QLatin1Char('\'');
            const QString b =
                QLatin1Char('\'') + period.last().addDays(1).toString(Qt::ISODate) + QLatin1Char('\'');
            const auto during = [&](const QString& c) {
                return QStringLiteral("%1 >= %2 AND %1 < %3").arg(c, a, b);
            };
            const QString logs = QStringLiteral("service_log WHERE deleted = 0 AND household_id IN %1 AND %2")
                                     .arg(hh, during(QStringLiteral("served_on")));

            CHECK(num(f, QStringLiteral("households.on_file")) ==
                  sql(db,
                      QStringLiteral("SELECT count(*) FROM household WHERE deleted = 0 AND %1").arg(where)));
            CHECK(num(f, QStringLiteral("households.on_file"), QStringLiteral("status:dibao")) ==
                  sql(db, QStringLiteral(
                              "SELECT count(*) FROM household WHERE deleted = 0 AND %1 AND status = 'dibao'")
                              .arg(where)));
            CHECK(num(f, QStringLiteral("households.reached")) ==
                  sql(db,
                      QStringLiteral(
                          "SELECT count(*) FROM (SELECT household_id FROM %1 UNION SELECT household_id"
                          " FROM visit WHERE deleted = 0 AND status = 'done' AND household_id IN %2 AND %3)")
                          .arg(logs, hh, during(QStringLiteral("visited_on")))));
            const QString decided =
                QStringLiteral("FROM status_review WHERE deleted = 0 AND decision = 'approved'"
                               " AND household_id IN %1 AND %2")
                    .arg(hh, during(QStringLiteral("decided_on")));
            CHECK(
                num(f, QStringLiteral("households.entered")) ==
                sql(db, QStringLiteral("SELECT count(*) %1 AND (from_status IS NULL OR from_status = 'none')"
                                       " AND proposed_status IS NOT NULL AND proposed_status <> 'none'")
                            .arg(decided)));
            CHECK(num(f, QStringLiteral("households.exited")) ==
                  sql(db, QStringLiteral(
                              "SELECT count(*) %1 AND proposed_status = 'none' AND from_status IS NOT NULL"
                              " AND from_status <> 'none'")
                              .arg(decided)));

            const double sessions =
                sql(db, QStringLiteral("SELECT count(DISTINCT session_id) FROM %1").arg(logs));
            nonZero += sessions > 0;
            CHECK(num(f, QStringLiteral("services.sessions")) == sessions);
            CHECK(num(f, QStringLiteral("services.households")) ==
                  sql(db, QStringLiteral("SELECT count(DISTINCT household_id) FROM %1").arg(logs)));
            const double minutes =
                sql(db, QStringLiteral("SELECT coalesce(sum(d), 0) FROM (SELECT DISTINCT session_id,"
                                       " duration_min AS d FROM %1)")
                            .arg(logs));
            CHECK(num(f, QStringLiteral("services.hours")) == Approx(minutes / 60.0));
            for (const QString& m : CodeList::serviceMethods().codes()) {
                for (const QString& c : CodeList::serviceCategories().codes()) {
                    const QString cell =
                        QStringLiteral("%1 AND method = '%2' AND category = '%3'").arg(logs, m, c);
                    CHECK(num(f, QStringLiteral("services.sessions"), m + QLatin1Char('/') + c) ==
                          sql(db, QStringLiteral("SELECT count(DISTINCT session_id) FROM %1").arg(cell)));
                    CHECK(num(f, QStringLiteral("services.households"), m + QLatin1Char('/') + c) ==
                          sql(db, QStringLiteral("SELECT count(DISTINCT household_id) FROM %1").arg(cell)));
                }
            }

            const QString visits =
                QStringLiteral("FROM visit WHERE deleted = 0 AND household_id IN %1").arg(hh);
            CHECK(num(f, QStringLiteral("visits.done")) ==
                  sql(db, QStringLiteral("SELECT count(*) %1 AND status = 'done' AND %2")
                              .arg(visits, during(QStringLiteral("visited_on")))));
            const QString due = QStringLiteral("%1 AND %2").arg(visits, during(QStringLiteral("planned_on")));
            CHECK(num(f, QStringLiteral("visits.due")) ==
                  sql(db, QStringLiteral("SELECT count(*) %1").arg(due)));
            CHECK(
                num(f, QStringLiteral("visits.on_time")) ==
                sql(db, QStringLiteral("SELECT count(*) %1 AND status = 'done' AND visited_on <= planned_on")
                            .arg(due)));
            const QString children =
                QStringLiteral(" AND household_id IN (SELECT id FROM household WHERE"
                               " ';' || special_groups || ';' LIKE '%;left_behind_child;%')");
            CHECK(num(f, QStringLiteral("guardianship.due")) ==
                  sql(db, QStringLiteral("SELECT count(*) %1%2").arg(due, children)));
            CHECK(num(f, QStringLiteral("guardianship.on_time")) ==
                  sql(db,
                      QStringLiteral("SELECT count(*) %1%2 AND status = 'done' AND visited_on <= planned_on")
                          .arg(due, children)));

            const QString referrals =
                QStringLiteral("FROM referral WHERE deleted = 0 AND household_id IN %1").arg(hh);
            CHECK(num(f, QStringLiteral("referrals.made")) ==
                  sql(db, QStringLiteral("SELECT count(*) %1 AND %2")
                              .arg(referrals, during(QStringLiteral("sent_on")))));
            CHECK(num(f, QStringLiteral("referrals.accepted")) ==
                  sql(db, QStringLiteral("SELECT count(*) %1 AND %2")
                              .arg(referrals, during(QStringLiteral("accepted_on")))));
            CHECK(num(f, QStringLiteral("referrals.completed")) ==
                  sql(db, QStringLiteral("SELECT count(*) %1 AND %2")
                              .arg(referrals, during(QStringLiteral("completed_on")))));
            CHECK(valueOf(f, QStringLiteral("referrals.median_days")) ==
                  medianOf(sqlColumn(
                      db, QStringLiteral("SELECT julianday(completed_on) - julianday(sent_on) %1 AND %2")
                              .arg(referrals, during(QStringLiteral("completed_on"))))));

            // Times: with a zone (ISO, 'T'), the Shanghai day is the UTC time plus eight hours;
            // without, the laptop's wall clock is the county's.
            const auto localDay = [](const QString& c) {
                return QStringLiteral(
                           "(CASE WHEN instr(%1, 'T') > 0 THEN strftime('%Y-%m-%d', datetime(%1, '+8 hours'))"
                           " ELSE substr(%1, 1, 10) END)")
                    .arg(c);
            };
            const QString flags =
                QStringLiteral("FROM risk_flag WHERE deleted = 0 AND household_id IN %1").arg(hh);
            CHECK(num(f, QStringLiteral("risks.opened")) ==
                  sql(db, QStringLiteral("SELECT count(*) %1 AND %2")
                              .arg(flags, during(localDay(QStringLiteral("raised_at"))))));
            CHECK(num(f, QStringLiteral("risks.closed")) ==
                  sql(db, QStringLiteral("SELECT count(*) %1 AND %2")
                              .arg(flags, during(localDay(QStringLiteral("closed_at"))))));
            CHECK(num(f, QStringLiteral("child_protection.raised")) ==
                  sql(db, QStringLiteral("SELECT count(*) %1 AND risk_type = 'child_protection' AND %2")
                              .arg(flags, during(localDay(QStringLiteral("raised_at"))))));
            CHECK(num(f, QStringLiteral("child_protection.reported")) ==
                  sql(db, QStringLiteral("SELECT count(*) %1 AND risk_type = 'child_protection' AND %2")
                              .arg(flags, during(QStringLiteral("reported_on")))));
            CHECK(valueOf(f, QStringLiteral("child_protection.median_days_to_report")) ==
                  medianOf(sqlColumn(db, QStringLiteral("SELECT julianday(reported_on) - julianday(%3) %1"
                                                        " AND risk_type = 'child_protection' AND %2")
                                             .arg(flags, during(QStringLiteral("reported_on")),
                                                  localDay(QStringLiteral("raised_at"))))));

            // Volunteers: each session's volunteers once, its duration each.
            double volunteerMinutes = 0;
            QSet<QString> people;
            {
                Query q(db);
                REQUIRE(q.exec(QStringLiteral("SELECT session_id, duration_min, volunteer_ids FROM %1"
                                              " AND volunteer_ids IS NOT NULL ORDER BY session_id")
                                   .arg(logs)));
                QHash<QString, QSet<QString>> bySession;
                QHash<QString, double> duration;
                while (q.next()) {
                    for (const QString& v : q.value(2).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
                        bySession[q.value(0).toString()].insert(v);
                    duration[q.value(0).toString()] = q.value(1).toDouble();
                }
                for (auto it = bySession.cbegin(); it != bySession.cend(); ++it) {
                    volunteerMinutes += duration.value(it.key()) * it.value().size();
                    people.unite(it.value());
                }
            }
            CHECK(num(f, QStringLiteral("volunteers.hours")) == Approx(volunteerMinutes / 60.0));
            CHECK(num(f, QStringLiteral("volunteers.people")) == people.size());
            CHECK(num(f, QStringLiteral("projects.hours_delivered")) ==
                  Approx(sql(db, QStringLiteral("SELECT coalesce(sum(d), 0) FROM (SELECT DISTINCT session_id,"
                                                " duration_min AS d FROM %1 AND project_id IS NOT NULL)")
                                     .arg(logs)) /
                         60.0));

            // Workload: per caseworker now.
            double workloadSessions = 0;
            for (const IndicatorFigure& fig : f) {
                if (fig.indicator != QLatin1String("workload.sessions"))
                    continue;
                const QString name = fig.breakdown.mid(QStringLiteral("caseworker:").size());
                CHECK(*fig.value ==
                      sql(db, QStringLiteral(
                                  "SELECT count(DISTINCT session_id) FROM %1 AND household_id"
                                  " IN (SELECT id FROM household WHERE coalesce(caseworker, '') = '%2')")
                                  .arg(logs, name)));
                workloadSessions += *fig.value;
            }
            CHECK(workloadSessions >= sessions);
        }
    }
    CHECK(nonZero > 10); // the data set is not empty where it is counted
}

TEST_CASE("The dashboard's months are each month's own figures, counted in one go", "[indicators][property]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    randomCounty(w, 20261207u, 300);
    Database& db = t.db();
    QList<ReportPeriod> months;
    for (int m = 1; m <= 12; ++m)
        months.append(ReportPeriod::month(2026, m));
    const QList<IndicatorScope> scopes = {IndicatorScope::county(), IndicatorScope::station(kHillStation),
                                          IndicatorScope::township(zh("青驼镇")),
                                          IndicatorScope::caseworker(kWang)};
    double sessions = 0, due = 0;
    for (const IndicatorScope& scope : scopes) {
        const Indicators indicators(db, scope);
        const QList<QList<IndicatorFigure>> monthly = indicators.monthly(months);
        REQUIRE(monthly.size() == months.size());
        for (qsizetype i = 0; i < months.size(); ++i) {
            INFO(scope.code().toStdString() << " " << months.at(i).code().toStdString());
            const QList<IndicatorFigure> own = indicators.figures(months.at(i));
            int compared = 0;
            for (const IndicatorFigure& f : monthly.at(i)) {
                CAPTURE(f.indicator.toStdString(), f.breakdown.toStdString());
                const auto same = std::find_if(own.cbegin(), own.cend(), [&](const IndicatorFigure& o) {
                    return o.indicator == f.indicator && o.breakdown == f.breakdown;
                });
                REQUIRE(same != own.cend());
                CHECK(same->value == f.value);
                CHECK(same->breakdownLabel == f.breakdownLabel);
                ++compared;
            }
            // Every figure of the charts is there: the sessions' total and cells, six of the visits.
            CHECK(compared == int(std::count_if(own.cbegin(), own.cend(), [](const IndicatorFigure& o) {
                      return o.indicator == QLatin1String("services.sessions") ||
                             (o.indicator.startsWith(QLatin1String("visits.")) &&
                              o.indicator != QLatin1String("visits.done")) ||
                             o.indicator.startsWith(QLatin1String("guardianship."));
                  })));
            sessions += num(own, QStringLiteral("services.sessions"));
            due += num(own, QStringLiteral("visits.due"));
        }
    }
    CHECK(sessions > 100); // the months are not empty
    CHECK(due > 20);
}

TEST_CASE("A station's months read its households' records through the scope's index, the county's the days'",
          "[indicators][plan]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    randomCounty(w, 20261208u, 120);
    QList<ReportPeriod> months;
    for (int m = 7; m <= 12; ++m)
        months.append(ReportPeriod::month(2026, m));
    // No ANALYZE, as on a laptop: the plans the app gets.
    const QString station =
        Indicators(t.db(), IndicatorScope::station(kHillStation)).monthlyPlan(months).join(u'\n');
    INFO(station.toStdString());
    CHECK(station.contains(QStringLiteral("USING INDEX household_station_scope")));
    CHECK(station.contains(QStringLiteral("USING INDEX service_log_household")));
    const QString caseworker =
        Indicators(t.db(), IndicatorScope::caseworker(kWang)).monthlyPlan(months).join(u'\n');
    INFO(caseworker.toStdString());
    CHECK(caseworker.contains(QStringLiteral("USING INDEX household_caseworker_scope")));
    const QString county = Indicators(t.db(), IndicatorScope::county()).monthlyPlan(months).join(u'\n');
    INFO(county.toStdString());
    CHECK(county.contains(QStringLiteral("USING COVERING INDEX service_log_day")));
    CHECK_FALSE(county.contains(QStringLiteral("SCAN s")));
}

TEST_CASE("Needs read in one go are each assessment's needs as the household file reads them",
          "[indicators][needs]")
{
    TempDatabase t;
    Database& db = t.db();
    REQUIRE(DemoGenerator::generate(db, {300, 20261122, 100, QDate(2026, 12, 1)}));
    const ReportPeriod year = ReportPeriod::year(2026);
    // Independently: every submitted assessment of the year loaded on its own, its person's age and
    // groups from their household's file, evaluated by its form version's rules.
    QMap<QString, double> expected;
    double total = 0, ofMembers = 0;
    Query q(db);
    REQUIRE(q.exec(QStringLiteral(
        "SELECT a.id, a.household_id FROM assessment a JOIN household h ON h.id = a.household_id"
        " WHERE a.deleted = 0 AND h.deleted = 0 AND a.status = 'submitted'"
        " AND a.assessed_on BETWEEN '2026-01-01' AND '2026-12-31'")));
    const AssessmentRepository assessments(db);
    while (q.next()) {
        const std::optional<Assessment> a = assessments.load(q.value(0).toString());
        REQUIRE(a);
        const std::optional<FormDefinition> form = BuiltInForms::definition(a->formId, a->formVersion);
        REQUIRE(form);
        QVariantMap context;
        const std::optional<HouseholdFile> file = HouseholdRepository(db).load(q.value(1).toString());
        REQUIRE(file);
        if (!a->memberId.isEmpty())
            for (const QVariantMap& m : file->members)
                if (m.value(QStringLiteral("id")).toString() == a->memberId)
                    context = MemberContext::of(m, a->assessedOn);
        for (const IdentifiedNeed& n : IdentifiedNeeds::of(*form, *a, context)) {
            expected[n.category] += 1;
            total += 1;
            ofMembers += !n.memberId.isEmpty();
        }
    }
    REQUIRE(ofMembers > 0); // members' needs, which depend on their age and groups, are among them
    const QList<IndicatorFigure> f = Indicators(db, IndicatorScope::county()).figures(year);
    CHECK(num(f, QStringLiteral("needs.identified")) == total);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        CHECK(num(f, QStringLiteral("needs.identified"), QStringLiteral("category:") + it.key()) ==
              it.value());
}

TEST_CASE("fieldfile-server report counts the county's journal as a laptop counts its records",
          "[indicators][server][cli]")
{
    // On both of the county's stores (docs/postgresql.md): a county in PostgreSQL has its journal
    // copied into a private SQLite file and replayed there.
    const test::Store store = GENERATE(test::Store::Sqlite, test::Store::Postgres);
    QTemporaryDir dir, randomDir;
    const QString countyPath = test::countyDatabase(store, dir.path());
    if (countyPath.isEmpty())
        return;
    // The county's database as the server opens it: on PostgreSQL with its key file's place.
    const auto openCounty = [](Database& county, const QString& location) {
        must(county.open(location, test::keyFileOf(location).chopped(5)));
    };
    test::AdminRun r = test::tryAdmin(
        countyPath, {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")});
    REQUIRE(r.exitCode == 0);
    {
        // The county's own changes keep only the journal, as imports do.
        Database county;
        openCounty(county, countyPath);
        Writer w(county, false);
        const HandBuilt built(w);
        if (store == test::Store::Sqlite) // a county in PostgreSQL has no record tables at all
            CHECK(TempDatabase::count(county, QStringLiteral("service_log")) == 0);
    }
    TempDatabase laptop;
    Writer w(laptop.db(), true);
    const HandBuilt built(w);

    for (const IndicatorScope& scope : {IndicatorScope::county(), IndicatorScope::station(kCityStation),
                                        IndicatorScope::caseworker(kZhao)}) {
        INFO(scope.code().toStdString());
        const QString out = dir.filePath(QStringLiteral("report.csv"));
        r = test::tryAdmin(countyPath,
                           {QStringLiteral("report"), QStringLiteral("--scope"), scope.code(),
                            QStringLiteral("--period"), QStringLiteral("2026-11"), QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("--output"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(out));
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        CHECK(csv.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
        const IndicatorReport expected =
            IndicatorReport::compute(laptop.db(), scope, ReportPeriod::month(2026, 11));
        CHECK(CsvWriter::parse(csv) == CsvWriter::parse(expected.toCsv()));
        if (scope == IndicatorScope::county()) {
            const QList<QStringList> rows = CsvWriter::parse(csv);
            const auto sessions = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList& row) {
                return row.value(4) == QLatin1String("services.sessions") && row.value(5).isEmpty();
            });
            REQUIRE(sessions != rows.cend());
            CHECK(sessions->at(2) == QStringLiteral("3"));
            CHECK(sessions->at(3) == QStringLiteral("1"));
        }
    }
    // The county database itself is only read: still no record rows, no copy left beside it.
    if (store == test::Store::Sqlite) {
        Database county;
        openCounty(county, countyPath);
        CHECK(TempDatabase::count(county, QStringLiteral("service_log")) == 0);
    }
    CHECK(
        QDir(dir.path()).entryList({QStringLiteral(".report-*")}, QDir::AllEntries | QDir::Hidden).isEmpty());

    // A random county, written to the county's journal and to a laptop alike.
    const QString randomPath = test::countyDatabase(store, randomDir.path());
    REQUIRE_FALSE(randomPath.isEmpty());
    REQUIRE(test::tryAdmin(randomPath,
                           {QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("371321")})
                .exitCode == 0);
    {
        Database county;
        openCounty(county, randomPath);
        Writer randomWriter(county, false);
        randomCounty(randomWriter, 7, 150);
    }
    TempDatabase randomLaptop;
    Writer randomWriter(randomLaptop.db(), true);
    randomCounty(randomWriter, 7, 150);
    for (const auto& [scope, period] :
         {std::pair{IndicatorScope::county(), ReportPeriod::year(2026)},
          std::pair{IndicatorScope::station(kHillStation), ReportPeriod::quarter(2026, 2)}}) {
        INFO(scope.code().toStdString() << " " << period.code().toStdString());
        const QString out = dir.filePath(QStringLiteral("random.csv"));
        r = test::tryAdmin(randomPath,
                           {QStringLiteral("report"), QStringLiteral("--scope"), scope.code(),
                            QStringLiteral("--period"), period.code(), QStringLiteral("--output"), out});
        REQUIRE(r.exitCode == 0);
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QList<QStringList> got = CsvWriter::parse(file.readAll());
        const QList<QStringList> want =
            CsvWriter::parse(IndicatorReport::compute(randomLaptop.db(), scope, period).toCsv());
        CHECK(got.size() == want.size());
        for (qsizetype i = 0; i < std::min(got.size(), want.size()); ++i)
            CHECK(got.at(i) == want.at(i));
    }

    r = test::tryAdmin(countyPath,
                       {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-13"),
                        QStringLiteral("--output"), QStringLiteral("-")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--period")));
    r = test::tryAdmin(countyPath,
                       {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026"),
                        QStringLiteral("--scope"), QStringLiteral("village:x"), QStringLiteral("--output"),
                        QStringLiteral("-")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--scope")));
    r = test::tryAdmin(countyPath,
                       {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-Q4"),
                        QStringLiteral("--output"), QStringLiteral("-")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("services.sessions")));
}
