// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/LockController.h"

#include "ui/profile/LockDialog.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPalette>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

namespace ff {

LockController::LockController(const QString& folder, const QString& personName, int idleMinutes,
                               const QByteArray& keyFingerprint, QObject* parent)
    : QObject(parent), m_folder(folder), m_personName(personName), m_keyFingerprint(keyFingerprint),
      m_idleMinutes(qMax(1, idleMinutes)), m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(m_idleMinutes * 60 * 1000);
    connect(m_idle, &QTimer::timeout, this, &LockController::lockNow);
    qApp->installEventFilter(this);
    m_idle->start();
}

LockController::~LockController()
{
    qApp->removeEventFilter(this);
    delete m_dialog.data();
}

void LockController::setIdleInterval(int ms)
{
    m_idle->setInterval(ms);
    if (!m_locked)
        m_idle->start();
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked)
            m_idle->start(); // restarts the idle time
        break;
    case QEvent::Resize:
        for (const Covered& c : std::as_const(m_covered)) {
            if (c.window == watched && c.curtain)
                c.curtain->setGeometry(c.window->rect());
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void LockController::cover()
{
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (!window->isVisible() || window == m_dialog || window->windowType() == Qt::ToolTip ||
            window->windowType() == Qt::Popup)
            continue;
        // A plain curtain over the window's contents: the widgets underneath keep what was typed.
        auto* curtain = new QWidget(window);
        curtain->setObjectName(QStringLiteral("lockCurtain"));
        curtain->setAutoFillBackground(true);
        QPalette palette = curtain->palette();
        palette.setColor(QPalette::Window, palette.color(QPalette::Dark));
        curtain->setPalette(palette);
        curtain->setGeometry(window->rect());
        auto* says =
            new QLabel(tr("Fieldfile is locked. Type your password in the lock window to go on."), curtain);
        says->setAlignment(Qt::AlignCenter);
        says->setWordWrap(true);
        auto* layout = new QVBoxLayout(curtain);
        layout->addWidget(says);
        curtain->show();
        curtain->raise();
        m_covered.append({window, curtain, window->windowTitle()});
        window->setWindowTitle(tr("Fieldfile — locked"));
    }
}

void LockController::uncover()
{
    for (const Covered& c : std::as_const(m_covered)) {
        if (c.curtain)
            delete c.curtain.data();
        if (c.window)
            c.window->setWindowTitle(c.title);
    }
    m_covered.clear();
}

void LockController::lockNow()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->stop();
    // An open menu or completer would stay on top of the curtain.
    if (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    cover();
    emit lockedChanged(true);
    m_dialog = new LockDialog(m_folder, m_personName, m_keyFingerprint);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        uncover();
        m_locked = false;
        m_idle->start();
        emit lockedChanged(false);
    });
    m_dialog->open();
}

} // namespace ff
