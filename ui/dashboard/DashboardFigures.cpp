// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardFigures.h"

#include "core/db/Database.h"
#include "core/indicators/Indicators.h"

namespace ff {

DashboardFigures DashboardFigures::count(const QString& databasePath, const IndicatorScope& scope,
                                         const ReportPeriod& period, int monthCount)
{
    DashboardFigures out;
    Database db;
    if (const Status s = db.open(databasePath); !s) {
        out.error = s.error().message;
        return out;
    }
    out.report = IndicatorReport::compute(db, scope, period);
    const Indicators indicators(db, scope);
    const QDate last(period.last().year(), period.last().month(), 1);
    for (int i = monthCount - 1; i >= 0; --i) {
        const QDate m = last.addMonths(-i);
        const ReportPeriod month = ReportPeriod::month(m.year(), m.month());
        out.months.append(month.code());
        out.monthly.append(indicators.figures(month));
    }
    return out;
}

} // namespace ff
