// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ModuleParts.h"

#include "ui/dashboard/DashboardPage.h"
#include "ui/print/IndicatorReportDocument.h"
#include "ui/print/PrintJobs.h"
#include "ui/sync/NetworkProbe.h"
#include "ui/sync/SyncWorker.h"

#include <cstring>

namespace ff {

DashboardView* ModuleParts::dashboard(Database& db, const Session& session, QWidget* parent)
{
    return new DashboardPage(db, session, parent);
}

void ModuleParts::printHousehold(Database& db, MainWindow& window, bool pdf)
{
    PrintJobs::printHousehold(db, window, pdf);
}

void ModuleParts::printReport(Database& db, MainWindow& window, bool county)
{
    PrintJobs::printReport(db, window, county);
}

Status ModuleParts::saveReportPdf(Database& db, const IndicatorScope& scope, const ReportPeriod& period,
                                  const QDateTime& generated, const QString& path)
{
    const std::optional<PrintedDocument> document =
        IndicatorReportDocument::build(db, scope, period, generated);
    if (!document)
        return Error{PrintJobs::tr("The report could not be counted."), {}};
    return document->savePdf(path);
}

SyncWork* ModuleParts::syncWorker(const QString& databasePath) { return new SyncWorker(databasePath); }

ConnectionProbe* ModuleParts::connectionProbe(Database& db, QObject* parent)
{
    return new NetworkProbe(db, parent);
}

} // namespace ff

/// The module's entry: its parts, if it was built with the app that asks (`version`).
extern "C" Q_DECL_EXPORT ff::OnDemandParts* fieldfile_parts(const char* version)
{
    static ff::ModuleParts parts;
    return std::strcmp(version, FIELDFILE_PARTS_VERSION) == 0 ? &parts : nullptr;
}
