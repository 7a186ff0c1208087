// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/IndicatorScope.h"
#include "core/indicators/ReportPeriod.h"
#include "core/journal/Session.h"
#include "ui/dashboard/DashboardFigures.h"
#include "ui/dashboard/DashboardView.h"

#include <QFutureWatcher>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;

namespace ff {

class ChartPanel;
class Database;
class OverviewListDialog;

/// The dashboard 统计图表: the indicators of a scope the user may see (their caseload, their
/// station, any station or township or the county for county staff) for a month, quarter or year,
/// as charts with their numbers below, each beside the previous period's. Counting runs on a
/// worker thread with its own connection; a click on a bar or a number lists the households or
/// records behind it (IndicatorRecords), from which a household's file opens.
class DashboardPage : public DashboardView
{
    Q_OBJECT

public:
    DashboardPage(Database& db, const Session& session, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QComboBox* scopeBox() const { return m_scope; }
    QComboBox* periodKindBox() const { return m_kind; }
    QComboBox* periodBox() const { return m_period; }
    /// Which method of work the services chart shows (all at first).
    QComboBox* serviceMethodBox() const { return m_method; }
    ChartPanel* servicesPanel() const { return m_services; }
    ChartPanel* visitsPanel() const { return m_visits; }
    ChartPanel* coveragePanel() const { return m_coverage; }
    ChartPanel* referralsPanel() const { return m_referrals; }
    QProgressBar* busyIndicator() const { return m_busy; }

    /// The scope and period chosen.
    IndicatorScope scope() const;
    ReportPeriod period() const;
    /// Selects a scope of the chooser by its code (`station:城关社工站`); false when not offered.
    bool selectScope(const QString& code);
    /// Selects a period kind and one of its periods by code (`2026-11`, `2026-Q4`, `2026`).
    bool selectPeriod(const QString& code);
    bool isBusy() const override;
    /// What the charts show now (empty before the first count).
    const DashboardFigures& figures() const { return m_figures; }
    /// The list behind a figure (of several breakdowns added together), as a click opens it.
    std::unique_ptr<OverviewListDialog> listDialog(const QString& indicator, const QStringList& breakdowns,
                                                   const ReportPeriod& period, const QString& what);

public slots:
    void refresh() override;
    void setStale() override;

signals:
    /// The charts and tables show new figures.
    void updated();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fillScopes();
    void fillPeriods();
    void start();
    void showMonths(int index);
    void apply();
    void showServices();
    void showVisits();
    void showCoverage();
    void showReferrals();
    void openList(const QString& indicator, const QStringList& breakdowns, const ReportPeriod& period,
                  const QString& what);
    void savePicture(ChartPanel* panel, const QString& name);
    void exportTable(ChartPanel* panel, const QString& name);
    void retranslate();

    Database& m_db;
    Session m_session;
    QLabel* m_scopeLabel;
    QComboBox* m_scope;
    QLabel* m_periodLabel;
    QComboBox* m_kind;
    QComboBox* m_period;
    QProgressBar* m_busy;
    QComboBox* m_method;
    QLabel* m_status;
    ChartPanel* m_services;
    ChartPanel* m_visits;
    ChartPanel* m_coverage;
    ChartPanel* m_referrals;
    QFutureWatcher<DashboardFigures> m_watcher;
    DashboardFigures m_figures;
    bool m_pending = false;
    bool m_counted = false;
    /// From start() until apply() has shown the figures: the worker may have ended before its
    /// finished signal is delivered, when the watcher already says it is not running.
    bool m_counting = false;
};

} // namespace ff
