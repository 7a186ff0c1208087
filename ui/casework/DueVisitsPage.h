// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"

#include "core/records/DueVisitQuery.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTreeWidget;

namespace ff {

class Database;
class ErrorLabel;
class PageTitle;

/// "Due visits / 待走访": households whose visit is overdue or due soon by the visit rules, grouped
/// by village so a caseworker can plan a day's route, most overdue first. Double-click opens a file.
class DueVisitsPage : public QWidget
{
    Q_OBJECT

public:
    DueVisitsPage(Database& db, const Session& session, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    const QList<VisitDue>& rows() const { return m_rows; }
    QSpinBox* horizon() const { return m_horizon; }
    /// The day the list is computed for; an invalid date (the default) means the real today.
    void setToday(QDate today);

public slots:
    void refresh();

signals:
    void openRequested(const QString& householdId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();

    Database& m_db;
    Session m_session;
    QDate m_today;
    QList<VisitDue> m_rows;
    PageTitle* m_title;
    QLabel* m_horizonLabel;
    QSpinBox* m_horizon;
    QLabel* m_summary;
    ErrorLabel* m_rulesError;
    QTreeWidget* m_tree;
};

} // namespace ff
