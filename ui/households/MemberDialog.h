// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <QVariantMap>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ff {

class CodeChecklist;
class CodeChoiceBox;

/// Edits one household member. Checks the member on OK and stays open, saying what to correct,
/// while anything is wrong; the household file is saved only by the household dialog.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    /// `today`: the day the ID number's birth date and the member's details are checked against.
    MemberDialog(const QVariantMap& member, QDate today, QWidget* parent = nullptr);
    QVariantMap member() const;
    /// The messages shown by the last failed OK (for tests).
    QString errorText() const;

public slots:
    void accept() override;

private:
    void fillFromIdNumber();

    QDate m_today;

    QVariantMap m_member;
    QLineEdit* m_name;
    CodeChoiceBox* m_sex;
    QDateEdit* m_birth;
    QLineEdit* m_idNumber;
    QLabel* m_idHint;
    CodeChoiceBox* m_relation;
    CodeChoiceBox* m_health;
    CodeChoiceBox* m_disability;
    CodeChoiceBox* m_grade;
    CodeChoiceBox* m_schooling;
    CodeChoiceBox* m_work;
    CodeChecklist* m_groups;
    QLabel* m_errors;
    QDialogButtonBox* m_buttons;
};

} // namespace ff
