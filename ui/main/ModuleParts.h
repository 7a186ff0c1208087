// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/main/OnDemandParts.h"

namespace ff {

/// OnDemandParts made of the dashboard, printing and sync classes themselves: what the module
/// `fieldfile-parts.so` hands the app (through its one exported function, `fieldfile_parts`), and
/// what test programs link in.
class ModuleParts : public OnDemandParts
{
public:
    DashboardView* dashboard(Database& db, const Session& session, QWidget* parent) override;
    void printHousehold(Database& db, MainWindow& window, bool pdf) override;
    void printReport(Database& db, MainWindow& window, bool county) override;
    [[nodiscard]] Status saveReportPdf(Database& db, const IndicatorScope& scope, const ReportPeriod& period,
                                       const QDateTime& generated, const QString& path) override;
    SyncWork* syncWorker(const QString& databasePath) override;
    ConnectionProbe* connectionProbe(Database& db, QObject* parent) override;
};

} // namespace ff
