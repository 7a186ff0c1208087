// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/ServiceProject.h"

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ff {

class Database;
class DateField;
class ErrorLabel;

/// Adds or edits a government-purchased service project: name, purchaser, provider organisation,
/// period, contracted service hours and households. Saving writes through ServiceProjectRepository.
class ServiceProjectDialog : public QDialog
{
    Q_OBJECT

public:
    ServiceProjectDialog(Database& db, const Session& session, const ServiceProject& project,
                         QWidget* parent = nullptr);
    const ServiceProject& project() const { return m_project; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    Database& m_db;
    Session m_session;
    ServiceProject m_project;
    ErrorLabel* m_errors;
    QLineEdit* m_name;
    QLineEdit* m_purchaser;
    QLineEdit* m_provider;
    DateField* m_starts;
    DateField* m_ends;
    QDoubleSpinBox* m_hours;
    QSpinBox* m_households;
    QPlainTextEdit* m_notes;
};

} // namespace ff
