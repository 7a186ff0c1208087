// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/IndicatorReport.h"

#include "core/indicators/CsvWriter.h"
#include "core/indicators/Indicators.h"

#include <QHash>

#include <cmath>

namespace ff {

IndicatorReport IndicatorReport::compute(Database& db, const IndicatorScope& scope,
                                         const ReportPeriod& period)
{
    IndicatorReport report(scope, period);
    const Indicators indicators(db, scope);
    const QList<IndicatorFigure> now = indicators.figures(period);
    // The previous period without the households on file, which it cannot have (isPresentState).
    const QList<IndicatorFigure> before =
        indicators.figures(period.previous(), Indicators::PresentState::LeftOut);
    // Rows in the order of this period's figures; a breakdown only the previous period has (a
    // caseworker who has left, a project) follows its indicator's last row.
    const auto key = [](const IndicatorFigure& f) { return f.indicator + QChar(0x1f) + f.breakdown; };
    QHash<QString, qsizetype> index;
    for (const IndicatorFigure& f : now) {
        index.insert(key(f), report.m_rows.size());
        report.m_rows.append(
            {f.indicator, Indicators::name(f.indicator), f.breakdown, f.breakdownLabel, f.value, {}});
    }
    for (const IndicatorFigure& f : before) {
        if (Indicators::isPresentState(f.indicator))
            continue; // the tables do not hold the past state
        if (auto it = index.constFind(key(f)); it != index.cend()) {
            report.m_rows[*it].previous = f.value;
            continue;
        }
        qsizetype at = 0;
        for (qsizetype i = 0; i < report.m_rows.size(); ++i)
            if (report.m_rows.at(i).indicator == f.indicator)
                at = i + 1;
        if (at == 0)
            at = report.m_rows.size();
        report.m_rows.insert(
            at, {f.indicator, Indicators::name(f.indicator), f.breakdown, f.breakdownLabel, {}, f.value});
        index.clear();
        for (qsizetype i = 0; i < report.m_rows.size(); ++i)
            index.insert(report.m_rows.at(i).indicator + QChar(0x1f) + report.m_rows.at(i).breakdown, i);
    }
    return report;
}

const IndicatorReport::Row* IndicatorReport::find(const QString& indicator, const QString& breakdown) const
{
    for (const Row& r : m_rows)
        if (r.indicator == indicator && r.breakdown == breakdown)
            return &r;
    return nullptr;
}

IndicatorReport IndicatorReport::filtered(const std::function<bool(const Row&)>& keep) const
{
    IndicatorReport report(m_scope, m_period);
    for (const Row& r : m_rows)
        if (keep(r))
            report.m_rows.append(r);
    return report;
}

QString IndicatorReport::formatValue(const std::optional<double>& value)
{
    if (!value)
        return {};
    const double v = *value;
    if (std::abs(v - std::round(v)) < 1e-9)
        return QString::number(qint64(std::llround(v)));
    return QString::number(std::round(v * 100.0) / 100.0, 'f', 2);
}

QByteArray IndicatorReport::toCsv() const
{
    CsvWriter csv;
    csv.addRow({tr("Indicator"), tr("Breakdown"), tr("%1 (%2)").arg(m_period.label(), m_scope.label()),
                tr("Previous period (%1)").arg(m_period.previous().label()), tr("Indicator id"),
                tr("Breakdown key")});
    for (const Row& r : m_rows)
        csv.addRow({r.name, r.breakdown.isEmpty() ? tr("Total") : r.breakdownLabel, formatValue(r.current),
                    formatValue(r.previous), r.indicator, r.breakdown});
    return csv.data();
}

} // namespace ff
