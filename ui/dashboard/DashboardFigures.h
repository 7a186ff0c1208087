// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/IndicatorFigure.h"
#include "core/indicators/IndicatorReport.h"
#include "core/indicators/IndicatorScope.h"
#include "core/indicators/ReportPeriod.h"

#include <QList>
#include <QPromise>
#include <QString>

#include <optional>

namespace ff {

/// What the dashboard shows for a scope and a period, counted by core's Indicators on a worker
/// thread: the period's report beside the previous period, and the figures of each month leading
/// up to its end for the charts over time.
struct DashboardFigures
{
    QString error; ///< why nothing could be counted (the file did not open); empty when counted
    std::optional<IndicatorReport> report;
    QStringList months; ///< ReportPeriod codes, oldest first
    QList<QList<IndicatorFigure>> monthly;

    /// The month of `months` at `index`.
    ReportPeriod month(qsizetype index) const { return *ReportPeriod::parse(months.at(index)); }
    /// A figure of a month; 0 when it is not there, nullopt when it is not known.
    std::optional<double> monthlyValue(qsizetype month, const QString& indicator,
                                       const QString& breakdown = {}) const
    {
        for (const IndicatorFigure& f : monthly.at(month))
            if (f.indicator == indicator && f.breakdown == breakdown)
                return f.value;
        return 0.0;
    }

    /// Counts on a connection of its own to `databasePath` (a connection belongs to its thread)
    /// the `monthCount` months ending with `period`'s last month and the report for `period`, in
    /// two results handed to `promise` as each is ready: first the months alone (no report), which
    /// draw the charts over time and take a fraction of the time, then everything. When the file
    /// does not open, one result with the error.
    static void count(QPromise<DashboardFigures>& promise, const QString& databasePath,
                      const IndicatorScope& scope, const ReportPeriod& period, int monthCount);
};

} // namespace ff
