// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace ff {

class AutoSync;
class SyncController;

/// The status-bar indicator: online or offline, how many changes wait to be sent, when the last
/// sync succeeded, and a progress bar while a sync runs.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    SyncStatusWidget(SyncController& controller, QWidget* parent = nullptr);
    QString text() const;
    /// Also says when automatic sync is paused, and when the next one comes (tooltip).
    void setAutoSync(AutoSync* autoSync);

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    SyncController& m_controller;
    QLabel* m_label;
    QProgressBar* m_progress;
    AutoSync* m_autoSync = nullptr;
};

} // namespace ff
