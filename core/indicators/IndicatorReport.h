// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/IndicatorScope.h"
#include "core/indicators/ReportPeriod.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ff {

class Database;

/// The indicators of a scope for a period, each figure beside the previous period's: the table the
/// headless reports write and the dashboard shows, computed by Indicators.
class IndicatorReport
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorReport)

public:
    struct Row
    {
        QString indicator; ///< the stable id (docs/indicators.md)
        QString name;      ///< in the user's language
        QString breakdown; ///< stable key; empty for the indicator's total
        QString breakdownLabel;
        std::optional<double> current;
        std::optional<double> previous;
    };

    static IndicatorReport compute(Database& db, const IndicatorScope& scope, const ReportPeriod& period);

    const IndicatorScope& scope() const { return m_scope; }
    const ReportPeriod& period() const { return m_period; }
    const QList<Row>& rows() const { return m_rows; }
    /// The row of an indicator's breakdown (empty: its total); nullptr when there is none.
    const Row* find(const QString& indicator, const QString& breakdown = {}) const;
    /// The same report with only the rows `keep` accepts, in their order: one table of the
    /// dashboard, which its CSV export writes as toCsv() does.
    IndicatorReport filtered(const std::function<bool(const Row&)>& keep) const;

    /// The report as CSV (CsvWriter: UTF-8 with a byte-order mark), headers in the user's language:
    /// indicator, breakdown, this period, the previous period, the indicator's id and the
    /// breakdown's key (for programs). A value not known is an empty cell.
    QByteArray toCsv() const;
    /// A number as the CSV writes it: whole numbers without decimals, others with two at most.
    static QString formatValue(const std::optional<double>& value);

private:
    IndicatorReport(IndicatorScope scope, ReportPeriod period)
        : m_scope(std::move(scope)), m_period(std::move(period))
    {}

    IndicatorScope m_scope;
    ReportPeriod m_period;
    QList<Row> m_rows;
};

} // namespace ff
