// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/LockDialog.h"

#include "core/crypto/Sodium.h"
#include "core/profile/ProfileDirectory.h"
#include "core/profile/ProfileKeyFile.h"
#include "core/profile/ProfileOpener.h"
#include "ui/widgets/BackgroundPool.h"
#include "ui/widgets/ErrorLabel.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrent>
#include <QTimer>
#include <QVBoxLayout>

namespace ff {

LockDialog::LockDialog(const QString& folder, const QString& personName, const QByteArray& keyFingerprint,
                       QWidget* parent)
    : QDialog(parent, Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint), m_folder(folder),
      m_keyFingerprint(keyFingerprint), m_password(new QLineEdit(this)),
      m_unlock(new QPushButton(tr("Unlock"), this)), m_error(new ErrorLabel(this)), m_wait(new QLabel(this)),
      m_waitTimer(new QTimer(this)), m_check(new QFutureWatcher<Status>(this))
{
    setWindowTitle(tr("Fieldfile is locked"));
    setWindowModality(Qt::ApplicationModal);
    setObjectName(QStringLiteral("lockDialog"));
    auto* title = new QLabel(tr("<h2>Fieldfile is locked</h2>"), this);
    auto* text = new QLabel(tr("Locked after a while without use, to protect the households' data. %1: type "
                               "your password to go on where you were. Nothing you typed has been lost.")
                                .arg(personName),
                            this);
    text->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto* quit = new QPushButton(tr("Quit Fieldfile"), this);
    quit->setToolTip(tr("Closes Fieldfile. Saved records stay; what was typed and not saved is lost."));
    m_wait->setWordWrap(true);
    m_wait->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_unlock);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(quit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(m_error);
    layout->addLayout(row);
    layout->addWidget(m_wait);
    layout->addLayout(buttons);
    connect(m_unlock, &QPushButton::clicked, this, &LockDialog::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockDialog::tryUnlock);
    connect(quit, &QPushButton::clicked, qApp, &QApplication::quit, Qt::QueuedConnection);
    connect(m_check, &QFutureWatcher<Status>::finished, this, &LockDialog::checked);
    m_waitTimer->setInterval(250);
    connect(m_waitTimer, &QTimer::timeout, this, &LockDialog::updateWait);
    resize(480, sizeHint().height());
    m_password->setFocus();
}

LockDialog::~LockDialog() { m_check->waitForFinished(); }

QString LockDialog::errorText() const { return m_error->shownText(); }

void LockDialog::tryUnlock()
{
    if (!m_unlock->isEnabled())
        return;
    m_unlock->setEnabled(false);
    m_error->showError({});
    const QString folder = m_folder;
    const QString password = m_password->text();
    const QByteArray expected = m_keyFingerprint;
    m_openedKey = std::make_shared<crypto::SecretBytes>();
    m_check->setFuture(QtConcurrent::run(
        BackgroundPool::instance(), [folder, password, expected, opened = m_openedKey]() -> Status {
            crypto::SecretBytes key; // wiped here unless it is this profile's
            if (Status s = ProfileOpener::unlock(folder, password, &key); !s)
                return s;
            if (expected.isEmpty() || !crypto::equal(key.fingerprint(), expected))
                return Error{tr("That is not the password of this profile."), QStringLiteral("other key")};
            *opened = std::move(key);
            return Status::ok();
        }));
}

void LockDialog::checked()
{
    Status s = m_check->result();
    if (s) {
        crypto::SecretBytes key = std::move(*m_openedKey);
        m_openedKey.reset();
        if (m_unlockAction)
            s = m_unlockAction(std::move(key));
    }
    if (s) {
        m_password->clear();
        accept();
        return;
    }
    m_openedKey.reset();
    m_error->showError(s.error().message);
    m_password->selectAll();
    ProfileKeyFile keyFile;
    const int failures = ProfileKeyFile::read(ProfileDirectory::keyFilePath(m_folder), &keyFile)
                             ? keyFile.failedAttempts()
                             : 0;
    m_waitUntilMs =
        QDateTime::currentMSecsSinceEpoch() + qint64(ProfileOpener::retryDelaySeconds(failures)) * 1000;
    m_waitTimer->start();
    updateWait();
}

void LockDialog::updateWait()
{
    const qint64 left = m_waitUntilMs - QDateTime::currentMSecsSinceEpoch();
    m_unlock->setEnabled(left <= 0 && !m_check->isRunning());
    m_wait->setVisible(left > 0);
    if (left > 0)
        m_wait->setText(tr("After several wrong passwords, wait %n second(s) before trying again.", nullptr,
                           int((left + 999) / 1000)));
    else
        m_waitTimer->stop();
}

} // namespace ff
