// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace ff {

/// What the main window knows of its dashboard page: DashboardPage, with Qt Charts, is loaded when
/// the page is first shown (OnDemandParts).
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Whether counting is under way (the charts show the last figures until it ends).
    virtual bool isBusy() const = 0;

public slots:
    /// Counts again for the scope and period chosen (after a sync, or when they change).
    virtual void refresh() = 0;
    /// The records changed (a sync brought some) while the page is hidden: it counts again when
    /// next shown.
    virtual void setStale() = 0;

signals:
    void openRequested(const QString& householdId);
    /// The worker thread is done and holds no connection any more (counted or not).
    void countEnded();
};

} // namespace ff
