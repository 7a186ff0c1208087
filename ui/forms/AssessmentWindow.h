// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include <functional>

#include "core/forms/FormDefinition.h"
#include "core/records/AssessmentRepository.h"
#include "ui/forms/FormSubject.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace ff {

class Database;
class FormRenderer;

/// One assessment open for a caseworker: a draft to fill in, save and submit, or a submitted
/// assessment to read. It is always shown with the form version it was started with.
class AssessmentWindow : public QDialog
{
    Q_OBJECT

public:
    /// `definition` must be the version `assessment` was made with; `subject` is whom it is for.
    AssessmentWindow(Database& db, const Session& session, const Assessment& assessment,
                     const FormDefinition& definition, const FormSubject& subject,
                     const QList<QPair<QString, QString>>& householdMembers, QWidget* parent = nullptr);

    const Assessment& assessment() const { return m_assessment; }
    FormRenderer* form() const { return m_form; }
    /// The message above the form (what a save or a submission said), empty when none is shown.
    QString message() const;

public slots:
    /// Saves the answers as they are, problems and all.
    bool saveDraft();
    /// Checks the answers against the form; submits and closes when all is well, otherwise says
    /// what to complete next to each question and keeps the window open.
    bool submit();
    /// Replaces the question "submit? it cannot be changed afterwards" (tests answer it).
    static void setConfirmHook(std::function<bool(QWidget* parent)> hook);
    void reject() override;

private:
    void showMessage(const QString& text, bool problem);
    /// The banner of a refused submission: how many answers still need attention, hidden at none.
    void showIssueCount(int count);
    /// Counts the problems again as answers change, while that banner is shown.
    void updateIssueCount();
    void updateState();

    Database& m_db;
    Session m_session;
    Assessment m_assessment;
    FormDefinition m_definition;
    FormSubject m_subject;
    FormRenderer* m_form;
    QLabel* m_heading;
    QLabel* m_message;
    QLabel* m_legend;
    QPushButton* m_saveButton;
    QPushButton* m_submitButton;
    QPushButton* m_closeButton;
    bool m_dirty = false;
    bool m_countingIssues = false; ///< the message is the count of answers needing attention
};

} // namespace ff
