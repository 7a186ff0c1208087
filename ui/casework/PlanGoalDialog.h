// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/AssistancePlanRepository.h"

#include <QDialog>

class QLineEdit;

namespace ff {

class DateField;
class Database;
class ErrorLabel;

/// Adds or edits one goal of the assistance plan; OK saves it, or says what to correct.
class PlanGoalDialog : public QDialog
{
    Q_OBJECT

public:
    PlanGoalDialog(Database& db, const Session& session, const PlanGoal& goal, QWidget* parent = nullptr);
    const PlanGoal& goal() const { return m_goal; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    Database& m_db;
    Session m_session;
    PlanGoal m_goal;
    ErrorLabel* m_errors;
    QLineEdit* m_text;
    DateField* m_review;
};

} // namespace ff
