// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/profile/ProfileDirectory.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QCommandLinkButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace ff {

class ErrorLabel;

/// The first window: on a laptop without profiles, the choice between trying Fieldfile with demo
/// data and connecting to the county; otherwise sign-in (which person, their password), with the
/// same two ways out. Unlocking (Argon2id) runs off the GUI thread.
class StartDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        None,
        SignedIn, ///< folder() and takeDataKey() name the unlocked profile
        Demo,
        Connect
    };

    explicit StartDialog(const ProfileDirectory& profiles, QWidget* parent = nullptr);
    ~StartDialog() override;

    Choice choice() const { return m_choice; }
    QString folder() const { return m_folder; }
    crypto::SecretBytes takeDataKey() { return std::move(m_dataKey); }

    /// For tests and screenshots.
    QLineEdit* passwordEdit() const { return m_password; }
    QComboBox* profileBox() const { return m_profile; }
    QPushButton* signInButton() const { return m_signIn; }
    QString errorText() const;
    bool isSigningIn() const;

private:
    QWidget* makeWelcomePage();
    QWidget* makeSignInPage();
    void choose(Choice choice);
    void signIn();
    void signInFinished();
    void updateSignIn();
    void armWait();
    int failures() const;

    ProfileDirectory m_profiles;
    QList<ProfileDirectory::Entry> m_entries;
    QStackedWidget* m_pages;
    QComboBox* m_profile = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signIn = nullptr;
    ErrorLabel* m_error = nullptr;
    QLabel* m_wait = nullptr;
    QTimer* m_waitTimer;
    qint64 m_waitUntilMs = 0;
    QFutureWatcher<Status>* m_unlock;
    crypto::SecretBytes m_pendingKey;
    Choice m_choice = Choice::None;
    QString m_folder;
    crypto::SecretBytes m_dataKey;
};

} // namespace ff
