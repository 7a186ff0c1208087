// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/AutoSync.h"

#include "core/db/Database.h"
#include "core/sync/DeviceSync.h"
#include "ui/sync/SyncController.h"

#include <QAction>
#include <QSignalBlocker>
#include <QTimer>

namespace ff {

using namespace std::chrono_literals;

AutoSync::AutoSync(Database& db, SyncController& controller, QObject* parent)
    : QObject(parent), m_db(db), m_controller(controller), m_timer(new QTimer(this)),
      m_pauseAction(new QAction(this))
{
    m_pauseAction->setObjectName(QStringLiteral("pauseAutoSyncAction"));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::toggled, this, &AutoSync::setPaused);
    connect(this, &AutoSync::stateChanged, this, &AutoSync::updateAction);
    m_timer->setInterval(30s);
    connect(m_timer, &QTimer::timeout, this, &AutoSync::check);
    m_timer->start();
    connect(&m_controller, &SyncController::stateChanged, this, [this] {
        // The county answers again (or for the first time since the app started): a sync now if
        // one is due, without waiting for the next look.
        const bool online = m_controller.connection() == SyncController::Connection::Online;
        const bool cameOnline = online && !m_wasOnline;
        m_wasOnline = online;
        if (cameOnline) {
            // An attempt that found the county gone does not count: sync as soon as it is back.
            m_lastAttempt = QDateTime();
            QTimer::singleShot(0, this, &AutoSync::check);
        }
        emit stateChanged();
    });
}

bool AutoSync::isPaused() const
{
    // A locked laptop's data cannot be read: what the user chose is asked again once unlocked.
    return !m_controller.isPaused() && DeviceSync(m_db).isAutoSyncPaused();
}

void AutoSync::setPaused(bool paused)
{
    if (Status s = DeviceSync(m_db).setAutoSyncPaused(paused); !s)
        qWarning("%s", qPrintable(s.error().message));
    emit stateChanged();
    if (!paused)
        check();
}

std::chrono::milliseconds AutoSync::interval() const
{
    if (m_testInterval.count() >= 0)
        return m_testInterval;
    return std::chrono::minutes(DeviceSync(m_db).syncMinutes());
}

void AutoSync::setCheckEvery(std::chrono::milliseconds every) { m_timer->setInterval(every); }

QDateTime AutoSync::lastAttempt() const
{
    const QDateTime synced = DeviceSync(m_db).lastSync();
    if (!m_lastAttempt.isValid())
        return synced;
    return synced.isValid() && synced > m_lastAttempt ? synced : m_lastAttempt;
}

QDateTime AutoSync::nextSync() const
{
    if (m_controller.isPaused() || !m_controller.isEnrolled() || isPaused() ||
        m_controller.connection() != SyncController::Connection::Online)
        return {};
    const std::chrono::milliseconds every = interval();
    if (every.count() <= 0)
        return {};
    const QDateTime last = lastAttempt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!last.isValid())
        return now;
    const QDateTime due = last.addMSecs(every.count());
    return due < now ? now : due;
}

void AutoSync::retranslate()
{
    m_pauseAction->setText(tr("&Pause automatic sync"));
    updateAction();
}

void AutoSync::updateAction()
{
    if (m_controller.isPaused())
        return; // locked: the choice is shown again once unlocked
    const int minutes = int(std::chrono::duration_cast<std::chrono::minutes>(interval()).count());
    const bool enrolled = m_controller.isEnrolled();
    m_pauseAction->setEnabled(enrolled && interval().count() > 0);
    const QSignalBlocker quiet(m_pauseAction);
    m_pauseAction->setChecked(enrolled && isPaused());
    if (!enrolled)
        m_pauseAction->setToolTip(tr("Connect to the county first (Sync → Connect to the county…)"));
    else if (interval().count() <= 0)
        m_pauseAction->setToolTip(tr("The county has turned automatic sync off: use Sync now (F5)"));
    else
        m_pauseAction->setToolTip(tr("While the county answers, Fieldfile syncs by itself every %n minute(s) "
                                     "and when it closes. Check this to stop that until you uncheck it.",
                                     nullptr, std::max(1, minutes)));
}

void AutoSync::check()
{
    // Locked first: nothing of the database is read while its keys are wiped.
    if (m_controller.isPaused() || m_controller.isBusy())
        return;
    const QDateTime due = nextSync();
    if (!due.isValid() || due > QDateTime::currentDateTimeUtc())
        return;
    // Remembered before it runs, so that a county that fails every sync is asked once an interval.
    m_lastAttempt = QDateTime::currentDateTimeUtc();
    m_controller.syncAutomatically();
    emit stateChanged();
}

} // namespace ff
