// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/LockController.h"

#include "core/db/Database.h"
#include "core/storage/EncryptedVfs.h"
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
    case QEvent::Show:
        // A window that opens while locked (a progress dialog whose delay ran out, a message) is
        // covered as it appears.
        if (auto* window = qobject_cast<QWidget*>(watched); m_locked && window && window->isWindow())
            coverWindow(window);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void LockController::cover()
{
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible())
            coverWindow(window);
    }
}

void LockController::coverWindow(QWidget* window)
{
    if (window->windowType() == Qt::ToolTip || window->windowType() == Qt::Popup)
        return;
    // The lock's own window and what it opens (a message about the password) stay uncovered.
    for (const QWidget* w = window; w; w = w->parentWidget()) {
        if (m_dialog && w == m_dialog)
            return;
    }
    for (const Covered& c : std::as_const(m_covered)) {
        if (c.window == window)
            return;
    }
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

void LockController::setSecrets(Database* db, crypto::SecretBytes* sessionKey)
{
    m_db = db;
    m_sessionKey = sessionKey;
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
    // Whoever works on the database stops starting anything (and does now what was about to run).
    emit lockedChanged(true);
    m_dialog = new LockDialog(m_folder, m_personName, m_keyFingerprint);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setUnlockAction([this](crypto::SecretBytes key) { return giveBack(std::move(key)); });
    connect(m_dialog, &QDialog::accepted, this, [this] {
        uncover();
        m_locked = false;
        m_idle->start();
        emit lockedChanged(false);
    });
    m_dialog->open();
    wipeWhenIdle();
}

void LockController::backgroundWorkEnded()
{
    if (m_locked && m_wipePending)
        wipeWhenIdle();
}

void LockController::wipeWhenIdle()
{
    if (!m_db)
        return;
    if (m_busy && m_busy()) {
        m_wipePending = true; // a sync finishes first (backgroundWorkEnded)
        return;
    }
    wipe();
}

void LockController::wipe()
{
    m_wipePending = false;
    // SQLite's decrypted pages first (nothing runs between two events of this thread; the sync
    // thread's connection is emptied on its thread), then every page key the VFS holds, then the
    // app's data key.
    emit wipingKeys();
    if (m_db->isOpen())
        (void)m_db->releaseMemory();
    storage::EncryptedVfs::lockAll();
    if (m_sessionKey)
        m_sessionKey->clear();
    m_keysWiped = true;
}

Status LockController::giveBack(crypto::SecretBytes key)
{
    m_wipePending = false; // unlocked before a sync had finished: nothing was wiped
    if (m_keysWiped && m_db && m_db->isEncrypted()) {
        if (Status s = storage::EncryptedVfs::restoreKey(m_db->path(), key); !s)
            return s;
    }
    m_keysWiped = false;
    if (m_sessionKey)
        *m_sessionKey = std::move(key);
    return Status::ok();
}

} // namespace ff
