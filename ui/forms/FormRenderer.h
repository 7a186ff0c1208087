// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forms/FormDefinition.h"
#include "core/forms/FormValidator.h"
#include "ui/forms/FormSubject.h"

#include <functional>
#include <QDate>
#include <QScrollArea>

class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace ff {

/// Shows any form definition as widgets and reads the answers back: household sections once per
/// household subject, member sections once per member subject, one editor per question type.
///
/// Show-if rules are evaluated again after every change, so questions and sections appear and
/// disappear as the caseworker answers. Hidden answers stay in their widgets (an answer comes back
/// when its question shows again); FormValidator drops them on submit. Labels are in the UI language.
class FormRenderer : public QScrollArea
{
    Q_OBJECT

public:
    /// `householdMembers` (id, name) are the choices of member questions.
    FormRenderer(const FormDefinition& definition, const QList<FormSubject>& subjects,
                 const QList<QPair<QString, QString>>& householdMembers, QDate today,
                 QWidget* parent = nullptr);

    void setAnswers(const QString& memberId, const QVariantMap& answers);
    /// The answers for one subject: what the widgets hold, plus answers to questions this definition
    /// does not show as widgets, so nothing loaded is lost by saving.
    QVariantMap answers(const QString& memberId = {}) const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Shows each problem under its question (and clears the others); keeps checking as answers
    /// change from then on. Scrolls to the first problem.
    void showIssues(const QString& memberId, const QList<AnswerIssue>& issues);
    /// Checks every subject with FormValidator and shows the problems (without scrolling); returns
    /// how many there are.
    int validate();

    /// The editor of a question, for focus and tests (nullptr when there is none).
    QWidget* editor(const QString& questionId, const QString& memberId = {}) const;
    /// Whether the question is shown now (its section and its own show-if rule hold).
    bool isShown(const QString& questionId, const QString& memberId = {}) const;
    /// The problem shown under a question, empty when there is none.
    QString issue(const QString& questionId, const QString& memberId = {}) const;

signals:
    void answersChanged();

private:
    struct Row
    {
        const FormDefinition::Question* question = nullptr;
        QWidget* widget = nullptr;
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
        std::function<QVariant()> get;
        std::function<void(const QVariant&)> set;
        std::function<void(bool)> setReadOnly;
        QLabel* total = nullptr; ///< total questions: where the live total shows
    };
    struct Block
    {
        const FormDefinition::Section* section = nullptr;
        int subject = 0;
        QGroupBox* box = nullptr;
        QList<Row> rows;
    };

    Row makeRow(const FormDefinition::Question& question, QWidget* parent);
    void changed();
    /// Puts the messages under their questions; returns the first question with a problem.
    QWidget* display(const QString& memberId, const QList<AnswerIssue>& issues);
    void updateVisibility();
    /// Shows each total as the answers add up now, or how many of its questions are answered.
    void updateTotals();
    int subjectIndex(const QString& memberId) const;
    const Row* row(const QString& questionId, const QString& memberId) const;

    FormDefinition m_definition; ///< a copy: rows point into its sections
    QList<FormSubject> m_subjects;
    QList<QPair<QString, QString>> m_members;
    QDate m_today;
    QList<Block> m_blocks;
    QList<QVariantMap> m_loaded; ///< per subject, the answers given to setAnswers()
    QLabel* m_nothing = nullptr;
    bool m_readOnly = false;
    bool m_checking = false; ///< after the first showIssues(), problems are rechecked on each change
    bool m_loading = false;
};

} // namespace ff
