// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>

class QAction;
class QTimer;

namespace ff {

class Database;
class SyncController;

/// Sync without thinking about it: while the county answers, a sync every N minutes (N from the
/// county's policy, DeviceSync::syncMinutes; 0: never by itself), and one as soon as the county
/// answers again after it did not. It runs on the sync thread like any sync, so editing goes on;
/// the user can pause it (kept with the profile). Nothing starts while Fieldfile is locked, while
/// another sync or export runs, or on a laptop not enrolled with a county.
class AutoSync : public QObject
{
    Q_OBJECT

public:
    AutoSync(Database& db, SyncController& controller, QObject* parent = nullptr);

    bool isPaused() const;
    void setPaused(bool paused);
    /// Time between automatic syncs: the county's, unless a test sets its own (zero: off).
    std::chrono::milliseconds interval() const;
    void setIntervalForTesting(std::chrono::milliseconds interval) { m_testInterval = interval; }
    /// How often it looks whether a sync is due (half a minute; tests make it shorter).
    void setCheckEvery(std::chrono::milliseconds every);
    /// When the next automatic sync is due (invalid when none will come: paused, off, offline).
    QDateTime nextSync() const;
    /// Sync → Pause automatic sync: checked while paused; disabled (saying why) where there is
    /// nothing to pause.
    QAction* pauseAction() const { return m_pauseAction; }
    /// The action's text and the tooltip, in the current language.
    void retranslate();

public slots:
    /// Starts a sync if one is due now.
    void check();

signals:
    void stateChanged();

private:
    QDateTime lastAttempt() const;
    void updateAction();

    Database& m_db;
    SyncController& m_controller;
    QTimer* m_timer;
    QAction* m_pauseAction;
    std::chrono::milliseconds m_testInterval{-1};
    QDateTime m_lastAttempt;
    bool m_wasOnline = false;
};

} // namespace ff
