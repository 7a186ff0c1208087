// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/ConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff {

ConnectDialog::ConnectDialog(const QString& server, QWidget* parent)
    : QDialog(parent), m_server(new QLineEdit(server, this)), m_code(new QLineEdit(this)),
      m_fingerprint(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to the county"));
    m_server->setObjectName(QStringLiteral("serverLineEdit"));
    m_code->setObjectName(QStringLiteral("codeLineEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://192.168.1.10:8443"));
    m_code->setPlaceholderText(QStringLiteral("ABCDE-23456"));
    auto* intro =
        new QLabel(tr("Connect this laptop once. The county's IT staff give you the server address and a "
                      "one-time enrollment code. Afterwards the laptop syncs whenever it has a connection."),
                   this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Server address:"), m_server);
    form->addRow(tr("Enrollment code:"), m_code);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLineEdit"));
    m_fingerprint->setPlaceholderText(tr("only if the county uses a certificate of its own"));
    m_fingerprint->setToolTip(
        tr("The SHA-256 fingerprint of the county server's certificate, e.g. 3F:A2:…, as its IT staff read "
           "it out. Leave it empty unless they gave you one."));
    form->addRow(tr("Certificate fingerprint:"), m_fingerprint);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

QString ConnectDialog::server() const { return m_server->text().trimmed(); }

QString ConnectDialog::code() const { return m_code->text().trimmed(); }

QString ConnectDialog::fingerprint() const { return m_fingerprint->text().trimmed(); }

void ConnectDialog::setAttempt(const QString& code, const QString& fingerprint)
{
    m_code->setText(code);
    m_fingerprint->setText(fingerprint);
}

} // namespace ff
