// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/IndicatorScope.h"
#include "core/indicators/ReportPeriod.h"
#include "ui/print/PrintedDocument.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace ff {

class Database;
class IndicatorReport;

/// The printed indicator report of a scope for a period: the monthly station report (社工站月报)
/// for a station, the county summary (with a line per station) for the county. Its tables and
/// charts show IndicatorReport's figures, this period beside the previous one, and end with the
/// signature lines of whoever prepares and reviews it.
class IndicatorReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorReportDocument)

public:
    /// Called after each station of the county summary with how many are done and how many there
    /// are; returning false stops the work (build() then returns nullopt).
    using Progress = std::function<bool(int done, int total)>;

    static std::optional<PrintedDocument> build(Database& db, const IndicatorScope& scope,
                                                const ReportPeriod& period, const QDateTime& generated,
                                                const Progress& progress = {});
    /// "Monthly station report", "County summary", … as the document's title.
    static QString title(const IndicatorScope& scope, const ReportPeriod& period);

private:
    static QString indicatorTables(const IndicatorReport& report);
    static QString stationTable(Database& db, const ReportPeriod& period, const Progress& progress,
                                bool* stopped);
    static QString signatureLines(const IndicatorScope& scope);
};

} // namespace ff
