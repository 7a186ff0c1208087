// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/profile/ProfileDirectory.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ff {

class Database;
class ErrorLabel;
class SyncController;

/// "Connect to your county" for a new person on this laptop: the server address and one-time
/// enrollment code from the county's IT staff, and a password of their choosing. Makes the
/// profile (a random data key under the password, an empty encrypted database), enrolls it, and
/// takes the county's user record (name, role, station), policy and recovery key into it. The
/// password is chosen first, so no enrollment code is spent on a profile that could not be
/// protected; a profile whose enrollment is given up is removed.
class ConnectProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectProfileDialog(const ProfileDirectory& profiles, QWidget* parent = nullptr);
    ~ConnectProfileDialog() override;

    /// After acceptance: the new profile, its open database and data key.
    QString folder() const { return m_folder; }
    std::unique_ptr<Database> takeDatabase();
    crypto::SecretBytes takeDataKey() { return std::move(m_dataKey); }

    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QString errorText() const;

    void accept() override;
    void reject() override;

private:
    void enrolled(const Status& status);
    [[nodiscard]] Status prepareProfile();
    void setBusy(bool busy);

    ProfileDirectory m_profiles;
    QLineEdit* m_server;
    QLineEdit* m_code;
    QLineEdit* m_fingerprint;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    ErrorLabel* m_error;
    QLabel* m_progress;
    QDialogButtonBox* m_buttons;
    QString m_folder;
    std::unique_ptr<Database> m_db;
    SyncController* m_sync = nullptr;
    crypto::SecretBytes m_dataKey;
    QString m_passwordUsed;
    bool m_done = false;
};

} // namespace ff
