// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/AssessmentWindow.h"

#include "core/db/Database.h"
#include "ui/forms/FormRenderer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace ff {

namespace {
const QString kProblemStyle = QStringLiteral("QLabel { color: #b00020; background: #fdecea; border: 1px "
                                             "solid #f5c2c0; padding: 6px; font-weight: bold; }");
const QString kInfoStyle = QStringLiteral(
    "QLabel { color: #1b4d2b; background: #e8f5e9; border: 1px solid #b7dfb9; padding: 6px; }");
} // namespace

AssessmentWindow::AssessmentWindow(Database& db, const Session& session, const Assessment& assessment,
                                   const FormDefinition& definition, const FormSubject& subject,
                                   const QList<QPair<QString, QString>>& householdMembers, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_assessment(assessment), m_definition(definition),
      m_subject(subject),
      m_form(new FormRenderer(definition, {subject}, householdMembers,
                              assessment.assessedOn.isValid() ? assessment.assessedOn : m_session.today(),
                              this)),
      m_heading(new QLabel(this)), m_message(new QLabel(this)),
      m_saveButton(new QPushButton(tr("Save &draft"), this)),
      m_submitButton(new QPushButton(tr("S&ubmit"), this)), m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("assessmentWindow"));
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_saveButton->setObjectName(QStringLiteral("saveDraftButton"));
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_heading->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();

    m_legend = new QLabel(tr("Questions marked <span style=\"color:#b00020\">*</span> need an answer "
                             "before the assessment can be submitted; a draft can be saved at any time."),
                          this);
    m_legend->setObjectName(QStringLiteral("legendLabel"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);

    auto* buttons = new QDialogButtonBox(this);
    // Not the accept role: a button box makes its first accept button the default, which Enter in
    // any answer would press.
    buttons->addButton(m_submitButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_legend);
    layout->addWidget(m_message);
    layout->addWidget(m_form, 1);
    layout->addWidget(buttons);

    m_form->setAnswers(subject.memberId, assessment.answers);
    connect(m_form, &FormRenderer::answersChanged, this, [this] {
        m_dirty = true;
        updateIssueCount();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &AssessmentWindow::saveDraft);
    connect(m_submitButton, &QPushButton::clicked, this, &AssessmentWindow::submit);
    // Enter in an answer must never submit: a submission cannot be changed afterwards.
    for (QPushButton* b : {m_submitButton, m_saveButton, m_closeButton}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    connect(m_closeButton, &QPushButton::clicked, this, &AssessmentWindow::reject);
    updateState();
    resize(980, 680);
}

void AssessmentWindow::updateState()
{
    const bool submitted = m_assessment.status == QStringLiteral("submitted");
    const QString who = m_subject.memberId.isEmpty() ? tr("the household") : m_subject.name;
    const QString title = FormDefinition::text(m_definition.title);
    setWindowTitle(tr("%1 — %2").arg(title, who));
    QString state;
    if (submitted)
        state = tr("Submitted on %1 — read only").arg(m_assessment.assessedOn.toString(Qt::ISODate));
    else if (m_assessment.id.isEmpty())
        state = tr("New, not saved yet");
    else
        state = tr("Draft");
    m_heading->setText(QStringLiteral("<b>%1</b> · %2<br>%3 · %4")
                           .arg(title.toHtmlEscaped(), tr("for %1").arg(who).toHtmlEscaped(),
                                tr("form version %1").arg(m_definition.version), state.toHtmlEscaped()));
    m_form->setReadOnly(submitted);
    m_saveButton->setVisible(!submitted);
    m_legend->setVisible(!submitted);
    m_submitButton->setVisible(!submitted);
}

QString AssessmentWindow::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

void AssessmentWindow::showMessage(const QString& text, bool problem)
{
    m_countingIssues = false;
    m_message->setStyleSheet(problem ? kProblemStyle : kInfoStyle);
    m_message->setText(text);
    m_message->show();
}

void AssessmentWindow::showIssueCount(int count)
{
    if (count == 0) {
        m_countingIssues = false;
        m_message->hide();
        return;
    }
    showMessage(tr("Not submitted: %n answer(s) need attention. See the messages in red next to "
                   "the questions; the draft can still be saved as it is.",
                   nullptr, count),
                true);
    m_countingIssues = true;
}

void AssessmentWindow::updateIssueCount()
{
    if (!m_countingIssues)
        return;
    Assessment attempt = m_assessment;
    attempt.answers = m_form->answers(m_subject.memberId);
    showIssueCount(
        int(AssessmentRepository(m_db, m_session).check(attempt, m_definition, m_subject.context).size()));
}

bool AssessmentWindow::saveDraft()
{
    m_assessment.answers = m_form->answers(m_subject.memberId);
    AssessmentRepository repo(m_db, m_session);
    if (Status s = repo.saveDraft(m_assessment); !s) {
        showMessage(s.error().message, true);
        if (!s.error().detail.isEmpty())
            qWarning("Saving the assessment failed: %s", qUtf8Printable(s.error().detail));
        return false;
    }
    m_dirty = false;
    updateState();
    showMessage(tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                false);
    return true;
}

namespace {
std::function<bool(QWidget*)>& confirmHook()
{
    static std::function<bool(QWidget*)> hook;
    return hook;
}
} // namespace

void AssessmentWindow::setConfirmHook(std::function<bool(QWidget*)> hook) { confirmHook() = std::move(hook); }

bool AssessmentWindow::submit()
{
    Assessment attempt = m_assessment;
    attempt.answers = m_form->answers(m_subject.memberId);
    AssessmentRepository repo(m_db, m_session);
    QList<AnswerIssue> issues;
    // Complete: ask once, because a submitted assessment is read only from then on.
    if (attempt.formId == m_definition.id && attempt.formVersion == m_definition.version &&
        repo.check(attempt, m_definition, m_subject.context).isEmpty()) {
        const bool confirmed =
            confirmHook()
                ? confirmHook()(this)
                : QMessageBox::question(this, tr("Submit the assessment"),
                                        tr("Once submitted, the assessment cannot be changed: a new "
                                           "assessment records what changes later. Submit it now?"),
                                        QMessageBox::Yes | QMessageBox::No,
                                        QMessageBox::No) == QMessageBox::Yes;
        if (!confirmed)
            return false;
    }
    const Status s = repo.submit(attempt, m_definition, m_subject.context, &issues);
    if (!s) {
        if (!issues.isEmpty()) {
            m_form->showIssues(m_subject.memberId, issues);
            showIssueCount(int(issues.size()));
        } else {
            showMessage(s.error().message, true);
            if (!s.error().detail.isEmpty())
                qWarning("Submitting the assessment failed: %s", qUtf8Printable(s.error().detail));
        }
        return false;
    }
    m_assessment = attempt;
    m_dirty = false;
    updateState();
    accept();
    return true;
}

void AssessmentWindow::reject()
{
    if (m_dirty && !m_form->isReadOnly()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved answers"),
            tr("Some answers are not saved. Save them as a draft before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveDraft()))
            return;
    }
    QDialog::reject();
}

} // namespace ff
