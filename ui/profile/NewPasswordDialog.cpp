// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/NewPasswordDialog.h"

#include "ui/widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff {

NewPasswordDialog::NewPasswordDialog(int minLength, const QString& explanation, QWidget* parent,
                                     bool askCurrent)
    : QDialog(parent), m_minLength(minLength), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("Password"));
    auto* intro = new QLabel(explanation, this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    if (askCurrent) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentLineEdit"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Current password:"), m_current);
    }
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, minLength));
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Type it again:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

QString NewPasswordDialog::currentPassword() const { return m_current ? m_current->text() : QString(); }

QString NewPasswordDialog::password() const { return m_password->text(); }

void NewPasswordDialog::showError(const QString& text) { m_error->showError(text); }

void NewPasswordDialog::accept()
{
    if (m_password->text().size() < m_minLength) {
        showError(tr("The password needs at least %n characters.", nullptr, m_minLength));
        m_password->setFocus();
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords are not the same. Type them again."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ff
