// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"
#include "ui/profile/LockDialog.h"

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;
class QWidget;

namespace ff {

class Database;

/// Auto-lock: after the county's idle time without a key press or mouse use, every window of the
/// app is covered (its contents hidden, its title replaced) and the profile's password is asked
/// for. Nothing is closed: a half-typed note is still in its dialog after unlocking, and the
/// person is where they were.
///
/// Locking also takes the keys away (setSecrets): the database's cached pages are released, every
/// key the encrypting VFS holds is wiped (storage::EncryptedVfs::lockAll) and so is the app's copy
/// of the data key; background work on the database (a sync) is let finish first. The right
/// password gives the key it opened back to the VFS and the app before the windows are uncovered.
class LockController : public QObject
{
    Q_OBJECT

public:
    /// folder: the profile whose password unlocks; idleMinutes: the county's policy;
    /// keyFingerprint: of the open profile's data key (SecretBytes::fingerprint()).
    LockController(const QString& folder, const QString& personName, int idleMinutes,
                   const QByteArray& keyFingerprint, QObject* parent = nullptr);
    ~LockController() override;

    bool isLocked() const { return m_locked; }
    int idleMinutes() const { return m_idleMinutes; }
    /// The idle time in milliseconds instead of the county's minutes (for tests).
    void setIdleInterval(int ms);
    /// The open lock dialog, while locked (for tests).
    LockDialog* dialog() const { return m_dialog; }

    /// The open profile's database and the app's own copy of its data key (may be null): what
    /// locking wipes and unlocking gives back. Without a database, the lock only covers the windows.
    void setSecrets(Database* db, crypto::SecretBytes* sessionKey);
    /// Work on the database that may still run when the lock comes (a sync): the keys are wiped
    /// once `busy` says none is running. Call backgroundWorkEnded() each time some ends.
    void setBackgroundWork(std::function<bool()> busy) { m_busy = std::move(busy); }
    /// Whether the keys are wiped now: locked, and no background work was left to finish.
    bool keysWiped() const { return m_keysWiped; }

public slots:
    void lockNow();
    /// Wipes the keys now if the lock was waiting for background work and none runs any more.
    void backgroundWorkEnded();

signals:
    void lockedChanged(bool locked);
    /// Just before the keys are wiped (no background work runs): connections of other threads
    /// release their caches now (Database::releaseMemory on their own thread).
    void wipingKeys();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void cover();
    /// Covers `window` with a curtain, unless it is the lock's own or already covered.
    void coverWindow(QWidget* window);
    void uncover();
    void wipeWhenIdle();
    void wipe();
    /// The unlock: the key the password opened back to the VFS and the app.
    Status giveBack(crypto::SecretBytes key);

    QString m_folder;
    QString m_personName;
    QByteArray m_keyFingerprint;
    int m_idleMinutes;
    QTimer* m_idle;
    bool m_locked = false;
    bool m_wipePending = false;
    bool m_keysWiped = false;
    Database* m_db = nullptr;
    crypto::SecretBytes* m_sessionKey = nullptr;
    std::function<bool()> m_busy;
    QPointer<LockDialog> m_dialog;
    struct Covered
    {
        QPointer<QWidget> window;
        QPointer<QWidget> curtain;
        QString title;
    };
    QList<Covered> m_covered;
};

} // namespace ff
