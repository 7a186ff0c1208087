// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace ff {

class ErrorLabel;

/// Choosing a password (typed twice) of at least the county's length; optionally asking for the
/// current one first, when changing it.
class NewPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    NewPasswordDialog(int minLength, const QString& explanation, QWidget* parent = nullptr,
                      bool askCurrent = false);

    QString currentPassword() const;
    QString password() const;
    void showError(const QString& text);

    void accept() override;

private:
    int m_minLength;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    ErrorLabel* m_error;
};

} // namespace ff
