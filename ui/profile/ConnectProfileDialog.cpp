// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/ConnectProfileDialog.h"

#include "core/db/Database.h"
#include "core/profile/ProfileOpener.h"
#include "core/sync/DeviceSync.h"
#include "ui/profile/NewPasswordDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/widgets/ErrorLabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ff {

ConnectProfileDialog::ConnectProfileDialog(const ProfileDirectory& profiles, QWidget* parent)
    : QDialog(parent), m_profiles(profiles), m_server(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_fingerprint(new QLineEdit(this)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_error(new ErrorLabel(this)), m_progress(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to your county"));
    m_server->setObjectName(QStringLiteral("serverLineEdit"));
    m_code->setObjectName(QStringLiteral("codeLineEdit"));
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatLineEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://192.168.1.10:8443"));
    m_code->setPlaceholderText(QStringLiteral("ABCDE-23456"));
    m_fingerprint->setPlaceholderText(tr("only if the county uses a certificate of its own"));
    m_fingerprint->setToolTip(
        tr("The SHA-256 fingerprint of the county server's certificate, e.g. 3F:A2:…, as its IT staff read "
           "it out. Leave it empty unless they gave you one."));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("at least %n characters", nullptr, ProfilePolicy::kDefaultMinPasswordLength));
    auto* intro = new QLabel(
        tr("The county's IT staff give you the server address and a one-time enrollment code. Your name, "
           "role and station come from the county. The password protects everything Fieldfile keeps on "
           "this laptop: you type it each time you start Fieldfile or it has been locked."),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Server address:"), m_server);
    form->addRow(tr("Enrollment code:"), m_code);
    form->addRow(tr("Certificate fingerprint:"), m_fingerprint);
    form->addRow(tr("Choose a password:"), m_password);
    form->addRow(tr("Type it again:"), m_repeat);
    m_progress->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectProfileDialog::reject);
    resize(560, sizeHint().height());
}

ConnectProfileDialog::~ConnectProfileDialog()
{
    delete m_sync;
    m_sync = nullptr;
    if (!m_done && m_db) {
        m_db->close();
        ProfileDirectory::removeFolder(m_folder);
    }
}

std::unique_ptr<Database> ConnectProfileDialog::takeDatabase() { return std::move(m_db); }

QString ConnectProfileDialog::errorText() const { return m_error->shownText(); }

void ConnectProfileDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QLineEdit* edit : {m_server, m_code, m_fingerprint, m_password, m_repeat})
        edit->setEnabled(!busy);
    m_progress->setText(busy ? tr("Connecting to the county…") : QString());
}

Status ConnectProfileDialog::prepareProfile()
{
    // Once per dialog: a second try after a refused code uses the same profile and device keys.
    if (m_db && m_passwordUsed == m_password->text())
        return Status::ok();
    if (m_db) {
        delete m_sync;
        m_sync = nullptr;
        m_db->close();
        ProfileDirectory::removeFolder(m_folder);
        m_db.reset();
    }
    if (Status s = m_profiles.createFolder(&m_folder); !s)
        return s;
    m_db = std::make_unique<Database>();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status created = ProfileOpener::create(m_folder, m_password->text(), &m_dataKey, *m_db);
    QApplication::restoreOverrideCursor();
    if (!created) {
        m_db.reset();
        ProfileDirectory::removeFolder(m_folder);
        return created;
    }
    m_passwordUsed = m_password->text();
    m_sync = new SyncController(*m_db, this);
    connect(m_sync, &SyncController::finished, this, [this](const Status& s, const QString& what) {
        if (what == QStringLiteral("enroll"))
            enrolled(s);
    });
    return Status::ok();
}

void ConnectProfileDialog::accept()
{
    if (m_done) {
        QDialog::accept();
        return;
    }
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_server->text().trimmed().isEmpty() || !server.isValid()) {
        m_error->showError(tr("Type the server address the county gave you."));
        m_server->setFocus();
        return;
    }
    if (m_code->text().trimmed().isEmpty()) {
        m_error->showError(tr("Type the enrollment code the county gave you."));
        m_code->setFocus();
        return;
    }
    if (m_password->text().size() < ProfilePolicy::kDefaultMinPasswordLength) {
        m_error->showError(tr("The password needs at least %n characters.", nullptr,
                              ProfilePolicy::kDefaultMinPasswordLength));
        m_password->setFocus();
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        m_error->showError(tr("The two passwords are not the same. Type them again."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    m_error->showError({});
    if (Status s = prepareProfile(); !s) {
        m_error->showError(s.error().message);
        return;
    }
    setBusy(true);
    m_sync->enroll(server, m_code->text().trimmed(), m_fingerprint->text().trimmed());
}

void ConnectProfileDialog::enrolled(const Status& status)
{
    setBusy(false);
    if (!status) {
        m_error->showError(status.error().message);
        return;
    }
    const DeviceSync device(*m_db);
    const ProfileIdentity identity{device.user(), device.displayName(), device.role(), device.station(),
                                   device.countyId()};
    const ProfilePolicy policy = ProfilePolicy::fromJson(device.policy());
    if (Status s = ProfileOpener::completeEnrollment(m_folder, m_dataKey, identity, policy,
                                                     device.recoveryPublicKey());
        !s) {
        m_error->showError(s.error().message);
        return;
    }
    // The county asks for longer passwords than the one chosen: a new one, before any work.
    while (m_passwordUsed.size() < policy.minPasswordLength) {
        NewPasswordDialog longer(policy.minPasswordLength,
                                 tr("Your county asks for passwords of at least %n characters. Choose a "
                                    "longer one.",
                                    nullptr, policy.minPasswordLength),
                                 this);
        if (longer.exec() != QDialog::Accepted)
            continue;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status changed = ProfileOpener::changePassword(m_folder, m_passwordUsed, longer.password());
        QApplication::restoreOverrideCursor();
        if (changed)
            m_passwordUsed = longer.password();
        else
            m_error->showError(changed.error().message);
    }
    m_passwordUsed.clear();
    m_password->clear();
    m_repeat->clear();
    delete m_sync; // the main window syncs with its own controller
    m_sync = nullptr;
    m_done = true;
    QDialog::accept();
}

void ConnectProfileDialog::reject()
{
    if (m_sync && m_sync->isBusy())
        return; // the enrollment answers first
    QDialog::reject();
}

} // namespace ff
