// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/ClosingSync.h"

#include "ui/sync/AutoSync.h"
#include "ui/sync/SyncController.h"

#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

namespace ff {

ClosingSync::ClosingSync(SyncController& controller, AutoSync& autoSync, QWidget* window)
    : QObject(window), m_controller(controller), m_autoSync(autoSync), m_window(window)
{}

bool ClosingSync::isClosing() const { return m_done || m_progress; }

bool ClosingSync::holdsClose()
{
    if (m_done)
        return false;
    if (m_progress)
        return true; // already waiting for the sync
    const bool wanted = !m_controller.isPaused() && m_controller.isEnrolled() && !m_autoSync.isPaused() &&
                        m_autoSync.interval().count() > 0 &&
                        m_controller.connection() == SyncController::Connection::Online &&
                        (m_controller.isBusy() || m_controller.unsentCount() > 0);
    if (!wanted)
        return false;
    m_progress = new QProgressDialog(tr("Sending your changes to the county before Fieldfile closes…"),
                                     tr("Close &now"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("closingSyncProgress"));
    m_progress->setWindowTitle(tr("Closing Fieldfile"));
    m_progress->setMinimumDuration(0);
    m_progress->setMinimumWidth(380);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    // Nothing is edited while the window waits to close: it would close under the edit.
    m_progress->setWindowModality(Qt::ApplicationModal);
    connect(m_progress, &QProgressDialog::canceled, this, &ClosingSync::closeWindow);
    connect(&m_controller, &SyncController::finished, this, &ClosingSync::closeWindow);
    QTimer::singleShot(m_limit, this, &ClosingSync::closeWindow);
    // A failure is not worth a message box on the way out: the changes wait in the outbox.
    if (!m_controller.isBusy())
        m_controller.syncAutomatically();
    m_progress->show();
    return true;
}

void ClosingSync::closeWindow()
{
    if (m_done)
        return;
    m_done = true;
    if (m_progress)
        m_progress->close();
    // After the signal that got here has reached everyone else (the window refreshes on it).
    QTimer::singleShot(0, m_window, &QWidget::close);
}

} // namespace ff
