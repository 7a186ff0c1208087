// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/IndicatorReportDocument.h"

#include "core/indicators/IndicatorReport.h"
#include "core/indicators/ReportStations.h"
#include "ui/print/BarChartImage.h"

#include <QStringList>

namespace ff {

namespace {
/// The width of a chart on the page, in the document's layout units (A4 less its margins).
constexpr int kChartWidth = 640;

QString value(const std::optional<double>& v)
{
    return v ? IndicatorReport::formatValue(v) : QStringLiteral("—");
}

/// The section an indicator is printed under: the part of its id before the dot, with the
/// guardianship follow-ups among the visits, child protection among the risks and the
/// purchased-service projects beside the volunteers.
QString sectionOf(const QString& indicator)
{
    const QString group = indicator.section(QLatin1Char('.'), 0, 0);
    if (group == QLatin1String("guardianship"))
        return QStringLiteral("visits");
    if (group == QLatin1String("child_protection"))
        return QStringLiteral("risks");
    if (group == QLatin1String("projects"))
        return QStringLiteral("volunteers");
    return group;
}

const IndicatorReport::Row* rowOf(const IndicatorReport& report, const char* indicator)
{
    return report.find(QString::fromLatin1(indicator));
}
} // namespace

QString IndicatorReportDocument::title(const IndicatorScope& scope, const ReportPeriod& period)
{
    switch (scope.kind()) {
    case IndicatorScope::Kind::Station:
        return period.kind() == ReportPeriod::Kind::Month ? tr("Monthly station report")
                                                          : tr("Station report");
    case IndicatorScope::Kind::County:
        return tr("County summary");
    default:
        return tr("Indicator report");
    }
}

std::optional<PrintedDocument> IndicatorReportDocument::build(Database& db, const IndicatorScope& scope,
                                                              const ReportPeriod& period,
                                                              const QDateTime& generated,
                                                              const Progress& progress)
{
    const IndicatorReport report = IndicatorReport::compute(db, scope, period);
    const QString heading = title(scope, period);
    const QString thisPeriod = period.label();
    const QString previousPeriod = period.previous().label();

    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(PrintedDocument::cell(heading));
    html += QStringLiteral("<p class=\"meta\">%1<br>%2<br>%3</p>")
                .arg(PrintedDocument::cell(scope.label()),
                     PrintedDocument::cell(tr("Period: %1 (%2 to %3)")
                                               .arg(thisPeriod, period.first().toString(Qt::ISODate),
                                                    period.last().toString(Qt::ISODate))),
                     PrintedDocument::cell(tr("Compared with: %1").arg(previousPeriod)));

    // The charts: the main figures, then the services by method and category.
    QList<BarChartImage::Bar> main;
    for (const char* id : {"households.reached", "services.sessions", "visits.done", "visits.due",
                           "referrals.made", "referrals.completed", "risks.opened", "risks.closed"}) {
        if (const IndicatorReport::Row* row = rowOf(report, id))
            main.append({row->name, row->current, row->previous});
    }
    QList<BarChartImage::Bar> services;
    for (const IndicatorReport::Row& row : report.rows()) {
        if (row.indicator == QLatin1String("services.sessions") && !row.breakdown.isEmpty() &&
            (row.current.value_or(0) > 0 || row.previous.value_or(0) > 0))
            services.append({row.breakdownLabel, row.current, row.previous});
    }

    const QImage mainChart =
        BarChartImage::draw(tr("Main figures"), thisPeriod, previousPeriod, main, kChartWidth);
    html += QStringLiteral("<h2>%1</h2>").arg(PrintedDocument::cell(tr("At a glance")));
    html += QStringLiteral("<p><img src=\"chart-main\" width=\"%1\"></p>").arg(kChartWidth);
    QImage servicesChart;
    if (!services.isEmpty()) {
        servicesChart = BarChartImage::draw(tr("Services by method and category"), thisPeriod, previousPeriod,
                                            services, kChartWidth);
        html += QStringLiteral("<p><img src=\"chart-services\" width=\"%1\"></p>").arg(kChartWidth);
    }

    html += indicatorTables(report);
    if (scope.kind() == IndicatorScope::Kind::County) {
        bool stopped = false;
        html += stationTable(db, period, progress, &stopped);
        if (stopped)
            return std::nullopt;
    }
    html += signatureLines(scope);
    PrintedDocument document(heading + QStringLiteral(" · ") + scope.label() + QStringLiteral(" · ") +
                                 thisPeriod,
                             html, generated);
    document.addImage(QStringLiteral("chart-main"), mainChart);
    if (!servicesChart.isNull())
        document.addImage(QStringLiteral("chart-services"), servicesChart);
    return document;
}

QString IndicatorReportDocument::indicatorTables(const IndicatorReport& report)
{
    const QHash<QString, QString> sections{
        {QStringLiteral("households"), tr("Households")},
        {QStringLiteral("services"), tr("Services")},
        {QStringLiteral("visits"), tr("Visits and guardianship follow-ups")},
        {QStringLiteral("needs"), tr("Needs and the plan")},
        {QStringLiteral("referrals"), tr("Referrals")},
        {QStringLiteral("risks"), tr("Risk flags and child protection")},
        {QStringLiteral("workload"), tr("Caseworker workload")},
        {QStringLiteral("volunteers"), tr("Volunteers and purchased services")},
    };
    const QString head =
        QStringLiteral(
            "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
            "<thead><tr><th width=\"64%\">%1</th><th class=\"num\" width=\"18%\">%2</th>"
            "<th class=\"num\" width=\"18%\">%3</th></tr></thead>")
            .arg(PrintedDocument::cell(tr("Indicator")), PrintedDocument::cell(report.period().label()),
                 PrintedDocument::cell(report.period().previous().label()));
    QString html;
    QString section;
    for (const IndicatorReport::Row& row : report.rows()) {
        const QString s = sectionOf(row.indicator);
        if (s != section) {
            if (!section.isEmpty())
                html += QStringLiteral("</table>");
            section = s;
            html += QStringLiteral("<h2>%1</h2>").arg(PrintedDocument::cell(sections.value(s, s)));
            html += head;
        }
        const bool total = row.breakdown.isEmpty();
        html += QStringLiteral("<tr><td%1>%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td></tr>")
                    .arg(total ? QStringLiteral(" class=\"group\"") : QString(),
                         total ? PrintedDocument::cell(row.name)
                               : QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") +
                                     PrintedDocument::cell(row.breakdownLabel),
                         value(row.current), value(row.previous));
    }
    if (!section.isEmpty())
        html += QStringLiteral("</table>");
    return html;
}

QString IndicatorReportDocument::stationTable(Database& db, const ReportPeriod& period,
                                              const Progress& progress, bool* stopped)
{
    const QStringList stations = ReportStations::of(db);
    const QList<const char*> columns{"households.on_file", "households.reached", "services.sessions",
                                     "services.hours",     "visits.done",        "visits.on_time_percent",
                                     "referrals.made",     "risks.opened"};
    QString html = QStringLiteral("<h2>%1</h2>").arg(PrintedDocument::cell(tr("By station")));
    if (stations.isEmpty())
        return html + QStringLiteral("<p class=\"none\">%1</p>")
                          .arg(PrintedDocument::cell(tr("No household is assigned to a station.")));
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(PrintedDocument::cell(tr("%1; the previous period in brackets.").arg(period.label())));
    QString rows;
    QStringList names;
    for (int i = 0; i < stations.size(); ++i) {
        const IndicatorReport report =
            IndicatorReport::compute(db, IndicatorScope::station(stations.at(i)), period);
        if (names.isEmpty()) {
            for (const char* id : columns) {
                const IndicatorReport::Row* row = rowOf(report, id);
                names.append(row ? row->name : QString::fromLatin1(id));
            }
        }
        rows += QStringLiteral("<tr><td>%1</td>").arg(PrintedDocument::cell(stations.at(i)));
        for (const char* id : columns) {
            const IndicatorReport::Row* row = rowOf(report, id);
            QString text = row ? value(row->current) : QStringLiteral("—");
            if (row && row->previous)
                text += QStringLiteral("<br>(%1)").arg(value(row->previous));
            rows += QStringLiteral("<td class=\"num\">%1</td>").arg(text);
        }
        rows += QStringLiteral("</tr>");
        if (progress && !progress(i + 1, int(stations.size()))) {
            *stopped = true;
            return {};
        }
    }
    html += QStringLiteral(
                "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                "<thead><tr><th class=\"small\" width=\"16%\">%1</th>")
                .arg(PrintedDocument::cell(tr("Station")));
    // Eight numbers across the page: their headings in a smaller type, so words are not broken.
    for (const QString& name : names)
        html +=
            QStringLiteral("<th class=\"small\" align=\"right\">%1</th>").arg(PrintedDocument::cell(name));
    html += QStringLiteral("</tr></thead>") + rows + QStringLiteral("</table>");
    return html;
}

QString IndicatorReportDocument::signatureLines(const IndicatorScope& scope)
{
    const QString line = QStringLiteral("______________________");
    const QString date = QStringLiteral("____________");
    const QString reviewer = scope.kind() == IndicatorScope::Kind::County
                                 ? tr("Reviewed by (county civil-affairs bureau):")
                                 : tr("Reviewed by (station supervisor):");
    return QStringLiteral("<table class=\"sign\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                          "<tr><td>%1 %2</td><td>%3 %4</td></tr>"
                          "<tr><td>%5 %2</td><td>%3 %4</td></tr></table>")
        .arg(PrintedDocument::cell(tr("Prepared by:")), line, PrintedDocument::cell(tr("Date:")), date,
             PrintedDocument::cell(reviewer));
}

} // namespace ff
