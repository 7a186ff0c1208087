// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/WindowIconAfterFirstPaint.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>

namespace ff {

WindowIconAfterFirstPaint::WindowIconAfterFirstPaint(const QIcon& icon, QObject* parent)
    : QObject(parent), m_icon(icon)
{}

void WindowIconAfterFirstPaint::install(const QIcon& icon)
{
    auto* filter = new WindowIconAfterFirstPaint(icon, qApp);
    qApp->installEventFilter(filter);
}

bool WindowIconAfterFirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted && watched->isWidgetType()) {
        m_painted = true;
        qApp->removeEventFilter(this);
        // Queued: set once the whole window is painted and on screen.
        QMetaObject::invokeMethod(this, &WindowIconAfterFirstPaint::setIcon, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void WindowIconAfterFirstPaint::setIcon()
{
    // Windows already open take it too (QApplication tells each that has no icon of its own).
    QApplication::setWindowIcon(m_icon);
    deleteLater();
}

} // namespace ff
