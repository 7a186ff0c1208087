// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SyncStatusWidget.h"

#include "ui/sync/AutoSync.h"
#include "ui/sync/SyncController.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace ff {

SyncStatusWidget::SyncStatusWidget(SyncController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_label(new QLabel(this)), m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_label);
    connect(&controller, &SyncController::stateChanged, this, &SyncStatusWidget::refresh);
    connect(&controller, &SyncController::progress, this, [this](const QString& stage, int done, int total) {
        m_progress->show();
        m_progress->setRange(0, total); // total 0: a busy indicator
        m_progress->setValue(done);
        m_progress->setToolTip(stage);
        // While it runs, what is happening is the news; refresh() brings back the state after.
        m_label->setText(stage.toHtmlEscaped());
    });
    refresh();
}

void SyncStatusWidget::setAutoSync(AutoSync* autoSync)
{
    m_autoSync = autoSync;
    connect(autoSync, &AutoSync::stateChanged, this, &SyncStatusWidget::refresh);
    refresh();
}

QString SyncStatusWidget::text() const { return m_label->text(); }

void SyncStatusWidget::refresh()
{
    if (m_controller.isBusy() && m_progress->isVisible())
        return; // the stage of the running sync stays on show
    m_progress->hide();
    const int unsent = m_controller.unsentCount();
    const QString waiting = tr("%n change(s) not yet sent", nullptr, unsent);
    QString state;
    QString color;
    switch (m_controller.connection()) {
    case SyncController::Connection::NotEnrolled:
        state = tr("Not connected to a county");
        color = QStringLiteral("#757575");
        break;
    case SyncController::Connection::Unknown:
        state = tr("Checking the connection…");
        color = QStringLiteral("#757575");
        break;
    case SyncController::Connection::Online:
        state = tr("Online");
        color = QStringLiteral("#2e7d32");
        break;
    case SyncController::Connection::Offline:
        state = tr("Offline");
        color = QStringLiteral("#b00020");
        break;
    }
    QString automatic;
    QString next;
    if (m_autoSync && m_controller.isEnrolled() && !m_controller.isPaused()) {
        if (m_autoSync->isPaused())
            automatic = QStringLiteral(" · ") + tr("automatic sync paused").toHtmlEscaped();
        else if (const QDateTime at = m_autoSync->nextSync(); at.isValid())
            next = tr("Next automatic sync: %1")
                       .arg(QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm")));
    }
    m_label->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2 · %3 · %4%5")
                         .arg(color, state.toHtmlEscaped(), waiting.toHtmlEscaped(),
                              m_controller.lastSyncText().toHtmlEscaped(), automatic));
    m_label->setToolTip(next);
}

void SyncStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace ff
