// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/ServiceLogRepository.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ff {

class CodeChoiceBox;
class DateField;
class Database;
class ErrorLabel;
class HouseholdPickerDialog;

/// Enters or edits one service session, once, with every household it involved and, per
/// household, the members who took part. Saving writes one record per household in one commit.
class ServiceSessionDialog : public QDialog
{
    Q_OBJECT

public:
    ServiceSessionDialog(Database& db, const Session& signedIn, const ServiceSession& session,
                         QWidget* parent = nullptr);
    const ServiceSession& session() const { return m_serviceSession; }
    QString errorText() const;
    QTreeWidget* households() const { return m_households; }
    /// The purchased-service project (first entry: none) and the station's volunteers (checkable).
    QComboBox* projects() const { return m_project; }
    QListWidget* volunteers() const { return m_volunteers; }

    /// The household picker is opened through this hook, so tests can tick households in it.
    static void setPickerHook(std::function<void(HouseholdPickerDialog&)> hook);

public slots:
    void accept() override;
    void addHouseholds();
    void removeHousehold();

private:
    void addHousehold(const QString& householdId, const QString& recordId, const QStringList& memberIds);
    ServiceSession collect() const;

    Database& m_db;
    Session m_session;
    ServiceSession m_serviceSession;
    ErrorLabel* m_errors;
    DateField* m_date;
    QSpinBox* m_duration;
    CodeChoiceBox* m_method;
    CodeChoiceBox* m_category;
    QLineEdit* m_caseworker;
    QPlainTextEdit* m_activity;
    QPlainTextEdit* m_outcome;
    DateField* m_followUp;
    QComboBox* m_project;
    QListWidget* m_volunteers;
    QTreeWidget* m_households;
    QPushButton* m_removeHousehold;
};

} // namespace ff
