// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/VisitRepository.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QWidget;

namespace ff {

class DateField;
class Database;
class ErrorLabel;
class MemberChecklist;

/// Plans a visit (date, purpose) or records one done (date, whom you met, what you found).
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    VisitDialog(Database& db, const Session& session, const Visit& visit, QWidget* parent = nullptr);
    const Visit& visit() const { return m_visit; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    void updateMode();

    Database& m_db;
    Session m_session;
    Visit m_visit;
    ErrorLabel* m_errors;
    QRadioButton* m_planned;
    QRadioButton* m_done;
    DateField* m_plannedOn;
    QLineEdit* m_purpose;
    QWidget* m_donePart;
    DateField* m_visitedOn;
    MemberChecklist* m_met;
    QLineEdit* m_others;
    QPlainTextEdit* m_notes;
};

} // namespace ff
