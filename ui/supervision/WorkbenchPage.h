// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"

#include <QWidget>

class QTabWidget;

namespace ff {

class Database;
class ReviewQueuePage;
class StationOverviewPage;

/// "Workbench / 工作台": the home page of a station supervisor or county user — the review queue
/// of the caseworkers' notes and the station overview, side by side as tabs. A notes number of the
/// overview opens the queue filtered to that caseworker.
class WorkbenchPage : public QWidget
{
    Q_OBJECT

public:
    WorkbenchPage(Database& db, const Session& session, QWidget* parent = nullptr);

    ReviewQueuePage* queue() const { return m_queue; }
    StationOverviewPage* overview() const { return m_overview; }
    QTabWidget* tabs() const { return m_tabs; }
    /// The day both count to; an invalid date (the default) means the session's today.
    void setToday(QDate today);
    void showQueue();
    void showOverview();

public slots:
    void refresh();

signals:
    /// Open a household's file, on the tab of `recordType` when it is not empty.
    void openRequested(const QString& householdId, const QString& recordType);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTabWidget* m_tabs;
    ReviewQueuePage* m_queue;
    StationOverviewPage* m_overview;
};

} // namespace ff
