// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardFigures.h"

#include "core/db/Database.h"
#include "core/indicators/Indicators.h"

namespace ff {

void DashboardFigures::count(QPromise<DashboardFigures>& promise, const QString& databasePath,
                             const IndicatorScope& scope, const ReportPeriod& period, int monthCount)
{
    DashboardFigures out;
    Database db;
    if (const Status s = db.open(databasePath); !s) {
        out.error = s.error().message;
        promise.addResult(out);
        return;
    }
    const Indicators indicators(db, scope);
    const QDate last(period.last().year(), period.last().month(), 1);
    QList<ReportPeriod> months;
    for (int i = monthCount - 1; i >= 0; --i) {
        const QDate m = last.addMonths(-i);
        months.append(ReportPeriod::month(m.year(), m.month()));
        out.months.append(months.last().code());
    }
    out.monthly = indicators.monthly(months);
    promise.addResult(out);
    if (promise.isCanceled())
        return;
    out.report = IndicatorReport::compute(db, scope, period);
    promise.addResult(out);
}

} // namespace ff
