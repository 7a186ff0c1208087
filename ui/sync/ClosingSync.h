// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <chrono>

class QProgressDialog;
class QWidget;

namespace ff {

class AutoSync;
class SyncController;

/// The last sync when the app closes: what waits in the outbox goes to the county on the way out,
/// when it answers and automatic sync is on. The window's close waits (a progress dialog, with
/// "Close now") until the sync ends or a minute has passed, then the window closes. Nothing is
/// lost either way: unsent changes stay in the outbox for the next sync.
class ClosingSync : public QObject
{
    Q_OBJECT

public:
    ClosingSync(SyncController& controller, AutoSync& autoSync, QWidget* window);

    /// Asked by the window's closeEvent: true when the close has to wait (ignore the event; the
    /// window is closed again when the sync is done), false to close now.
    bool holdsClose();
    void setTimeLimit(std::chrono::milliseconds limit) { m_limit = limit; }
    /// While the window waits for the last sync, and after: a failure then is not worth a box.
    bool isClosing() const;

private:
    void closeWindow();

    SyncController& m_controller;
    AutoSync& m_autoSync;
    QWidget* m_window;
    QPointer<QProgressDialog> m_progress;
    std::chrono::milliseconds m_limit{60'000};
    bool m_done = false;
};

} // namespace ff
