// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/StationOverview.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace ff {

class Database;
class ErrorLabel;
class OverviewListDialog;
class PageTitle;

/// The station overview of the supervisor's workbench: one row per caseworker (and one for the
/// households with no caseworker) with their caseload and what waits in it (StationOverview).
/// Every number opens what it counts: the notes numbers the review queue for that caseworker
/// (notesRequested), the others a list of the households and records behind them.
class StationOverviewPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Caseworker,
        Households,
        VisitsOverdue,
        OpenRisks,
        ChildProtection,
        ReferralsOverdue,
        ActionsOverdue,
        StatusReviews,
        NotesPending,
        NotesReturned,
        ColumnCount
    };

    StationOverviewPage(Database& db, const Session& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<StationOverviewRow>& rows() const { return m_rows; }
    /// The day the overview is counted for; an invalid date (the default) means the session's today.
    void setToday(QDate today);
    /// Opens what the number in (row, column) counts, as a click on it does.
    void openCell(int row, int column);
    /// The list behind the number in (row, column), not shown yet; nullptr for the caseworker's
    /// name and the notes numbers (they open the review queue).
    std::unique_ptr<OverviewListDialog> listDialog(int row, int column);

public slots:
    void refresh();

signals:
    /// The notes of `caseworker` in `state` (pending or returned), to show in the review queue.
    void notesRequested(const QString& caseworker, const QString& state);
    void openRequested(const QString& householdId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    QDate today() const;
    StationOverview overview() const;

    Database& m_db;
    Session m_session;
    QDate m_today;
    QList<StationOverviewRow> m_rows;
    PageTitle* m_title;
    QLabel* m_summary;
    ErrorLabel* m_rulesError;
    QTableWidget* m_table;
    QLabel* m_hint;
};

} // namespace ff
