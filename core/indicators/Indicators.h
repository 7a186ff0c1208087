// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/IndicatorFigure.h"
#include "core/indicators/IndicatorScope.h"
#include "core/indicators/ReportPeriod.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>

namespace ff {

class Database;

/// The performance indicators stations and counties report (绩效评估), each with one definition
/// (docs/indicators.md) written once here as SQL over the record tables of the laptop's schema:
/// the same code counts a caseworker's laptop, a supervisor's, and the county's records once its
/// journal is replayed into such a database (fieldfile-server report). A record counts in the
/// period of its own date in the county's calendar, never of when it was entered; removed records
/// and removed (or merged) households never count; a household counts in the scope it is
/// assigned to now.
class Indicators
{
    Q_DECLARE_TR_FUNCTIONS(Indicators)

public:
    Indicators(Database& db, IndicatorScope scope);

    /// Every figure of every indicator for `period`, in the order of ids(), each indicator's total
    /// before its breakdowns.
    /// `households.on_file` and its breakdowns, the present state (isPresentState), are counted
    /// unless left out: a report leaves them out of the previous period, which has no such figure.
    enum class PresentState
    {
        Counted,
        LeftOut
    };
    QList<IndicatorFigure> figures(const ReportPeriod& period,
                                   PresentState present = PresentState::Counted) const;

    /// What the dashboard draws month by month, for each of `months` (consecutive, oldest first):
    /// `services.sessions` in all and by method and category, and the planned visits due and on
    /// time (`visits.*` and `guardianship.*` but `visits.done`) — each month's figures exactly as
    /// figures() gives them for that month, counted for the whole span in one statement each.
    QList<QList<IndicatorFigure>> monthly(const QList<ReportPeriod>& months) const;

    /// SQLite's plan of monthly()'s first statement, the services (one line per step, as EXPLAIN
    /// QUERY PLAN's detail), for tests and the benchmark.
    QStringList monthlyPlan(const QList<ReportPeriod>& months) const;

    /// The indicators, in report order.
    static QStringList ids();
    /// Whether an indicator counts the present state (the households on file, a caseload), which
    /// the tables hold for now only: the same for every period, with no value for a previous one.
    static bool isPresentState(const QString& id);
    /// An indicator's name in the user's language.
    static QString name(const QString& id);
    /// The median of `values` (the mean of the two middle ones for an even count); nullopt when
    /// empty.
    static std::optional<double> median(QList<double> values);
    /// The SQL expression of the county's calendar day of a stored time `column`: a time with a
    /// zone (`…Z`, `…+08:00`) is moved to Asia/Shanghai; a time without one is the laptop's wall
    /// clock, which is the county's, and its date is taken as written.
    static QString countyDaySql(const QString& column);

private:
    struct Where;                         // a period's statements' parts
    using Cell = QPair<QString, QString>; // a service method and category
    struct Sessions
    {
        double count = 0, minutes = 0;
    };

    Where where(const QDate& first, const QDate& last) const;
    /// Service sessions by cell, under the month (`yyyy-MM`) or, not by month, under "".
    QMap<QString, QMap<Cell, Sessions>> sessions(const Where& w, bool byMonth) const;
    QString sessionsSql(const Where& w, bool byMonth) const;
    static QList<Cell> cellOrder(const QList<Cell>& present);
    struct OnTime
    {
        double due = 0, onTime = 0;           ///< planned visits due, and done on time
        double childDue = 0, childOnTime = 0; ///< the same of households with a left-behind child
    };
    /// Planned visits due and done on time, under the month of their planned day or, not by
    /// month, under "".
    QMap<QString, OnTime> dueAndOnTime(const Where& w, bool byMonth) const;
    static void onTime(const OnTime& t, QList<IndicatorFigure>& out);

    void households(QList<IndicatorFigure>& out) const;
    void reached(const Where& w, QList<IndicatorFigure>& out) const;
    void statusChanges(const Where& w, QList<IndicatorFigure>& out) const;
    void services(const Where& w, QList<IndicatorFigure>& out) const;
    void visits(const Where& w, QList<IndicatorFigure>& out) const;
    void needs(const Where& w, QList<IndicatorFigure>& out) const;
    void referrals(const Where& w, QList<IndicatorFigure>& out) const;
    void risks(const Where& w, QList<IndicatorFigure>& out) const;
    void workload(const Where& w, QList<IndicatorFigure>& out) const;
    void volunteers(const Where& w, QList<IndicatorFigure>& out) const;
    void projects(const Where& w, const ReportPeriod& period, QList<IndicatorFigure>& out) const;

    Database& m_db;
    IndicatorScope m_scope;
};

} // namespace ff
