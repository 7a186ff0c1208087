// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QObject;
class QWidget;

namespace ff {

class ConnectionProbe;
class DashboardView;
class Database;
class IndicatorScope;
class MainWindow;
class ReportPeriod;
class Session;
class SyncWork;

/// The parts of the app that need Qt Charts, Qt PrintSupport or Qt Network: the dashboard, printing
/// and sync. The app's start needs none of them, and loading those libraries (with OpenGL,
/// Kerberos, GSSAPI and libproxy, which they bring) is a tenth of a start (tests/bench/README.md,
/// fieldfile-start-bench). So the app (`fieldfile`) does not link them: it loads them, with the
/// code that uses them, from the module `fieldfile-parts.so` when a user first opens the dashboard,
/// prints or syncs, or when the connection is first checked after the window is shown.
///
/// The module is linked from the same static libraries as the app. The app exports its own symbols
/// (app/fieldfile.dynamic-list), so that the module's calls into core and ui reach the app's code
/// and state; the module's copies of that code run only where the app has none. Test programs link
/// the parts in (ui/main/ModuleParts.cpp) and need no module.
class OnDemandParts
{
    Q_DECLARE_TR_FUNCTIONS(OnDemandParts)

public:
    virtual ~OnDemandParts() = default;

    /// The parts: those linked into the program, or else loaded from the module, once loaded. Null
    /// when the module cannot be loaded (tried again at the next call); `error` then says why, in
    /// the user's language. The GUI thread's (or, without a window, the main thread's).
    static OnDemandParts* get(QString* error = nullptr);

    /// The dashboard page (DashboardPage).
    virtual DashboardView* dashboard(Database& db, const Session& session, QWidget* parent) = 0;
    /// Prints the household selected in `window`'s list, or saves its file as PDF (PrintJobs).
    virtual void printHousehold(Database& db, MainWindow& window, bool pdf) = 0;
    /// Asks for a scope and period and prints the monthly station report or the county summary, or
    /// saves it as PDF (PrintJobs).
    virtual void printReport(Database& db, MainWindow& window, bool county) = 0;
    /// Writes the printed indicator report as a PDF file (`fieldfile report --format pdf`).
    [[nodiscard]] virtual Status saveReportPdf(Database& db, const IndicatorScope& scope,
                                               const ReportPeriod& period, const QDateTime& generated,
                                               const QString& path) = 0;
    /// The sync thread's worker, on its own connection to `databasePath` (SyncWorker).
    virtual SyncWork* syncWorker(const QString& databasePath) = 0;
    /// The connection check of the status bar (NetworkProbe).
    virtual ConnectionProbe* connectionProbe(Database& db, QObject* parent) = 0;
};

} // namespace ff
