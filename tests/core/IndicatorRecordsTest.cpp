// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The records behind a figure (IndicatorRecords) on the hand-built county of IndicatorsTest: each
// list is as long as its figure, in every scope and period, and holds the records the comments of
// IndicatorsFixture.h name.
#include "tests/core/IndicatorsFixture.h"
#include "tests/support/QtStringMaker.h"
#include "tests/support/TempDatabase.h"

#include "core/indicators/CsvWriter.h"
#include "core/indicators/IndicatorRecords.h"
#include "core/indicators/IndicatorReport.h"
#include "core/indicators/Indicators.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace ff;
using namespace ff::test;

namespace {
QSet<QString> recordIds(const QList<StationOverview::Entry>& entries)
{
    QSet<QString> ids;
    for (const StationOverview::Entry& e : entries)
        ids.insert(e.recordId);
    return ids;
}

QSet<QString> householdIds(const QList<StationOverview::Entry>& entries)
{
    QSet<QString> ids;
    for (const StationOverview::Entry& e : entries)
        ids.insert(e.householdId);
    return ids;
}
} // namespace

TEST_CASE("The list behind each figure is as long as the figure, in every scope and period", "[indicators]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    const QList<IndicatorScope> scopes = {IndicatorScope::county(),
                                          IndicatorScope::station(kCityStation),
                                          IndicatorScope::station(kHillStation),
                                          IndicatorScope::township(QStringLiteral("城关镇")),
                                          IndicatorScope::caseworker(kWang),
                                          IndicatorScope::caseworker(kLi),
                                          IndicatorScope::caseworker(kZhao)};
    const QList<ReportPeriod> periods = {ReportPeriod::month(2026, 10), ReportPeriod::month(2026, 11),
                                         ReportPeriod::month(2026, 12), ReportPeriod::quarter(2026, 4),
                                         ReportPeriod::year(2026)};
    int compared = 0;
    for (const IndicatorScope& scope : scopes) {
        for (const ReportPeriod& period : periods) {
            const IndicatorRecords records(t.db(), scope);
            for (const IndicatorFigure& f : Indicators(t.db(), scope).figures(period)) {
                if (!IndicatorRecords::lists(f.indicator) || !f.value)
                    continue;
                INFO((scope.code() + QLatin1Char(' ') + period.code() + QLatin1Char(' ') + f.indicator +
                      QLatin1Char(' ') + f.breakdown)
                         .toStdString());
                const auto entries = records.entries(f.indicator, f.breakdown, period);
                CHECK(double(entries.size()) == *f.value);
                for (const StationOverview::Entry& e : entries)
                    CHECK_FALSE(e.householdNo.isEmpty());
                ++compared;
            }
        }
    }
    CHECK(compared > 500);
    CHECK_FALSE(IndicatorRecords::lists(QStringLiteral("referrals.median_days")));
    CHECK(IndicatorRecords(t.db(), IndicatorScope::county())
              .entries(QStringLiteral("referrals.median_days"), {}, ReportPeriod::month(2026, 11))
              .isEmpty());
}

TEST_CASE("The list behind a figure names the records the figure counts", "[indicators]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    const ReportPeriod nov = ReportPeriod::month(2026, 11);
    const IndicatorRecords county(t.db(), IndicatorScope::county());

    // R1 (sent in October), R2 and R4 completed in November.
    CHECK(
        recordIds(county.entries(QStringLiteral("referrals.completed"), {}, nov)) ==
        QSet<QString>{idFor(QStringLiteral("R1")), idFor(QStringLiteral("R2")), idFor(QStringLiteral("R4"))});
    // V1 and V3 on time, V3 entered in December.
    CHECK(recordIds(county.entries(QStringLiteral("visits.on_time"), {}, nov)) ==
          QSet<QString>{idFor(QStringLiteral("V1")), idFor(QStringLiteral("V3"))});
    // The group session S2 once, for three households; its text says so.
    const auto group =
        county.entries(QStringLiteral("services.sessions"), QStringLiteral("group/social_integration"), nov);
    REQUIRE(group.size() == 1);
    CHECK(QSet<QString>{built.h1, built.h2, built.h4}.contains(group.at(0).householdId));
    CHECK(group.at(0).what.contains(QStringLiteral("3")));
    CHECK(householdIds(county.entries(QStringLiteral("services.households"),
                                      QStringLiteral("group/social_integration"), nov)) ==
          QSet<QString>{built.h1, built.h2, built.h4});
    // Households on file by status: H1 and H4 receive dibao (H5 is removed).
    CHECK(householdIds(county.entries(QStringLiteral("households.on_file"), QStringLiteral("status:dibao"),
                                      nov)) == QSet<QString>{built.h1, built.h4});
    // A station sees only its households: 王芳's H1 and H2 (reassigned, October's S6 with it).
    const IndicatorRecords wang(t.db(), IndicatorScope::caseworker(kWang));
    CHECK(householdIds(wang.entries(QStringLiteral("services.households"), {},
                                    ReportPeriod::month(2026, 10))) == QSet<QString>{built.h2});
    // In household-number order.
    const auto onFile = county.entries(QStringLiteral("households.on_file"), {}, nov);
    REQUIRE(onFile.size() == 5);
    for (qsizetype i = 1; i < onFile.size(); ++i)
        CHECK(onFile.at(i - 1).householdNo <= onFile.at(i).householdNo);
}

TEST_CASE("A filtered report keeps the chosen rows, in order, each beside the previous period's",
          "[indicators][csv]")
{
    TempDatabase t;
    Writer w(t.db(), true);
    const HandBuilt built(w);
    const IndicatorReport full =
        IndicatorReport::compute(t.db(), IndicatorScope::county(), ReportPeriod::month(2026, 11));
    const IndicatorReport referrals = full.filtered(
        [](const IndicatorReport::Row& r) { return r.indicator.startsWith(QLatin1String("referrals.")); });
    REQUIRE(referrals.rows().size() == 4);
    CHECK(referrals.rows().at(0).indicator == QStringLiteral("referrals.made"));
    CHECK(referrals.rows().at(0).current == 3);
    CHECK(referrals.rows().at(0).previous == 1); // R1, sent in October
    CHECK(referrals.period() == full.period());
    const QList<QStringList> csv = CsvWriter::parse(referrals.toCsv());
    REQUIRE(csv.size() == 5);
    CHECK(csv.at(3).at(4) == QStringLiteral("referrals.completed"));
    CHECK(csv.at(3).at(2) == QStringLiteral("3"));
}
