// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/AssistancePlanRepository.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace ff {

class CodeChoiceBox;
class DateField;
class Database;
class ErrorLabel;

/// Adds or edits one action of the plan: its goal, the need it addresses (one of the household's
/// identified needs, or a service category in general), who, by when, status.
class PlanActionDialog : public QDialog
{
    Q_OBJECT

public:
    PlanActionDialog(Database& db, const Session& session, const QList<PlanGoal>& goals,
                     const PlanAction& action, QWidget* parent = nullptr);
    const PlanAction& action() const { return m_action; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    Database& m_db;
    Session m_session;
    PlanAction m_action;
    QHash<QString, QString> m_needCategory; ///< need key → its category
    ErrorLabel* m_errors;
    QComboBox* m_goal;
    QPlainTextEdit* m_text;
    QComboBox* m_need;
    CodeChoiceBox* m_category;
    QLineEdit* m_responsible;
    DateField* m_due;
    CodeChoiceBox* m_status;
};

} // namespace ff
