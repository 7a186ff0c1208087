// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/Volunteer.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace ff {

class Database;
class DateField;
class ErrorLabel;

/// Adds or edits one volunteer of the station's roster: name, contact, skills, the trainings
/// attended (one a line), the day they joined, notes. Saving writes through VolunteerRepository.
class VolunteerDialog : public QDialog
{
    Q_OBJECT

public:
    VolunteerDialog(Database& db, const Session& session, const Volunteer& volunteer,
                    QWidget* parent = nullptr);
    const Volunteer& volunteer() const { return m_volunteer; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    Database& m_db;
    Session m_session;
    Volunteer m_volunteer;
    ErrorLabel* m_errors;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_skills;
    QPlainTextEdit* m_trainings;
    DateField* m_joined;
    QPlainTextEdit* m_notes;
};

} // namespace ff
