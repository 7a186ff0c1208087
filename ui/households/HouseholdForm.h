// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/model/ValidationIssue.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

class QLabel;
class QPushButton;

namespace ff {

class CodeChecklist;
class CodeChoiceBox;
class Database;
class IdentifiedNeedsBox;

/// The household file's "Household" page: the household's own fields in two columns, its causes of
/// hardship and income sources, and the needs its assessments identified; and the notes, which the
/// file shows on a page of their own. It holds what is typed until the file is saved.
class HouseholdForm : public QWidget
{
    Q_OBJECT

public:
    HouseholdForm(Database& db, const Session& session, const QString& householdId,
                  QWidget* parent = nullptr);

    /// Shows a household's values; `onFile`: it is saved already, so its status and last visit are
    /// not typed here (a status review decides the one, the visits recorded set the other).
    void setValues(const QVariantMap& household, bool onFile);
    /// Shows one field's value, leaving the others as they are.
    void setValue(const QString& field, const QVariant& value);
    /// `household` with the values the form holds.
    QVariantMap values(QVariantMap household) const;
    /// Outlines the fields the issues are about (and clears the others).
    void markInvalid(const QList<ValidationIssue>& issues);
    /// The assistance status as shown.
    QString statusText() const;

    /// "Confirm" beside an unconfirmed status (for tests).
    QPushButton* confirmStatusButton() const { return m_confirm; }
    /// Whether the form shows the status as not yet confirmed.
    bool showsUnconfirmed() const;
    IdentifiedNeedsBox* needs() const { return m_needs; }

private:
    void confirmStatus();
    void showConfirmation(const QVariantMap& household, bool onFile);

    Database& m_db;
    QString m_householdId;
    Session m_session;
    QLineEdit* m_number;
    CodeChoiceBox* m_status;
    QLabel* m_unconfirmed;
    QPushButton* m_confirm;
    QLineEdit* m_county;
    QLineEdit* m_township;
    QLineEdit* m_village;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    CodeChoiceBox* m_housing;
    QSpinBox* m_income;
    QCheckBox* m_relocated;
    QLineEdit* m_caseworker;
    QLineEdit* m_station;
    QDateEdit* m_lastVisit;
    CodeChecklist* m_causes;
    CodeChecklist* m_sources;
    IdentifiedNeedsBox* m_needs;
};

} // namespace ff
