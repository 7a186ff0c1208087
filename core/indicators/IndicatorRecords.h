// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/IndicatorScope.h"
#include "core/indicators/ReportPeriod.h"
#include "core/records/StationOverview.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ff {

class Database;

/// The households and records behind one figure of Indicators, one entry for each thing the figure
/// counts (a service session once, however many households it served), so that the list a
/// dashboard opens is exactly as long as the number clicked. Each statement keeps the rules of the
/// figure's statement in Indicators.cpp (docs/indicators.md); a test holds the two equal.
class IndicatorRecords
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorRecords)

public:
    IndicatorRecords(Database& db, IndicatorScope scope);

    /// Whether entries() can list what `indicator` counts.
    static bool lists(const QString& indicator);
    /// What `indicator`'s figure for `breakdown` (as IndicatorFigure holds it; empty: the total)
    /// counts in `period`, by household number then day; empty for an indicator lists() refuses.
    /// `households.on_file` lists the households on file now whatever the period.
    QList<StationOverview::Entry> entries(const QString& indicator, const QString& breakdown,
                                          const ReportPeriod& period) const;

private:
    Database& m_db;
    IndicatorScope m_scope;
};

} // namespace ff
