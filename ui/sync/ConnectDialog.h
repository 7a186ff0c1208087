// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ff {

/// Asks for the county server's address and the one-time enrollment code from the county.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const QString& server, QWidget* parent = nullptr);
    QString server() const;
    QString code() const;
    QString fingerprint() const;
    /// What was typed before, when connecting is tried again.
    void setAttempt(const QString& code, const QString& fingerprint);

private:
    QLineEdit* m_server;
    QLineEdit* m_code;
    QLineEdit* m_fingerprint;
    QDialogButtonBox* m_buttons;
};

} // namespace ff
