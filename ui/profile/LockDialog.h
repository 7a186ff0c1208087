// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace ff {

class ErrorLabel;

/// The lock screen: whose profile is locked, and their password to unlock it. Application-modal
/// and without a way to close it other than the right password (or quitting Fieldfile, which
/// keeps every saved record and asks nothing).
class LockDialog : public QDialog
{
    Q_OBJECT

public:
    /// keyFingerprint: SecretBytes::fingerprint() of the open profile's data key; a password
    /// unlocks only if it opens that very key (not another profile's key file put in its place).
    LockDialog(const QString& folder, const QString& personName, const QByteArray& keyFingerprint,
               QWidget* parent = nullptr);
    ~LockDialog() override;

    /// What unlocking does with the data key the right password opened (LockController gives it
    /// back to the encrypting VFS): an error keeps the dialog open, showing it. Without one the key
    /// is wiped at once.
    void setUnlockAction(std::function<Status(crypto::SecretBytes key)> action)
    {
        m_unlockAction = std::move(action);
    }

    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* unlockButton() const { return m_unlock; }
    QString errorText() const;
    bool isChecking() const { return m_check->isRunning(); }

    void reject() override {} ///< Escape does not unlock

private:
    void tryUnlock();
    void checked();
    void updateWait();

    QString m_folder;
    QByteArray m_keyFingerprint;
    QLineEdit* m_password;
    QPushButton* m_unlock;
    ErrorLabel* m_error;
    QLabel* m_wait;
    QTimer* m_waitTimer;
    qint64 m_waitUntilMs = 0;
    QFutureWatcher<Status>* m_check;
    /// Where the check puts the key it opened, taken on this thread when it has finished.
    std::shared_ptr<crypto::SecretBytes> m_openedKey;
    std::function<Status(crypto::SecretBytes)> m_unlockAction;
};

} // namespace ff
