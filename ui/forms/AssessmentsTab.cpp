// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/AssessmentsTab.h"

#include "core/forms/BuiltInForms.h"
#include "core/forms/MemberContext.h"
#include "core/forms/ScoreTotals.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/HouseholdRepository.h"
#include "ui/forms/AssessmentWindow.h"
#include "ui/records/RecordTableModel.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ff {

namespace {
std::function<void(AssessmentWindow&)> s_windowHook;

/// An assessment as a row of the list (without its answers).
QVariantMap record(const Assessment& a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("form_id"), a.formId},
            {QStringLiteral("form_version"), a.formVersion},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("member_id"), a.memberId},
            {QStringLiteral("assessed_on"), a.assessedOn}};
}

bool isSubmitted(const QVariantMap& a)
{
    return a.value(QStringLiteral("status")).toString() == QLatin1String("submitted");
}
} // namespace

void AssessmentsTab::setWindowHook(std::function<void(AssessmentWindow&)> hook)
{
    s_windowHook = std::move(hook);
}

AssessmentsTab::AssessmentsTab(Database& db, const Session& session, QWidget* parent)
    : RecordTab(QStringLiteral("assessment"), db, session, parent),
      m_model(new RecordTableModel(QStringLiteral("assessment"), this)),
      m_table(makeView(m_model, QStringLiteral("assessmentTableWidget"))), m_forWhom(new QComboBox(this)),
      m_newButton(new QPushButton(tr("&New assessment"), this)),
      m_openButton(new QPushButton(tr("&Open"), this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("assessmentsTab"));
    m_forWhom->setObjectName(QStringLiteral("forWhomComboBox"));
    m_newButton->setObjectName(QStringLiteral("newAssessmentButton"));
    m_openButton->setObjectName(QStringLiteral("openAssessmentButton"));
    const QString status = QStringLiteral("status");
    const QString score = QStringLiteral("score");
    m_model->setColumns({QStringLiteral("form_id"), QStringLiteral("member_id"),
                         QStringLiteral("assessed_on"), status, QStringLiteral("form_version"), score});
    m_model->setHeader(score, tr("Score"));
    m_model->setDisplay(score, [](const QVariantMap& a) {
        const QString text = a.value(QStringLiteral("score")).toString();
        return text.isEmpty() ? QStringLiteral("—") : text;
    });
    m_model->setHeader(QStringLiteral("member_id"), tr("For"));
    m_model->setHeader(QStringLiteral("assessed_on"), tr("Date"));
    m_model->setHeader(status, tr("Status"));
    m_model->setHeader(QStringLiteral("form_version"), tr("Version"));
    // The form by its title in the version used; whom for by name, on the day assessed.
    m_model->setDisplay(QStringLiteral("form_id"), [](const QVariantMap& a) {
        const QString form = a.value(QStringLiteral("form_id")).toString();
        const auto definition =
            BuiltInForms::definition(form, a.value(QStringLiteral("form_version")).toInt());
        return definition ? FormDefinition::text(definition->title) : form;
    });
    m_model->setDisplay(QStringLiteral("member_id"), [this](const QVariantMap& a) {
        const QString member = a.value(QStringLiteral("member_id")).toString();
        return member.isEmpty() ? tr("The household")
                                : subjectFor(member, a.value(QStringLiteral("assessed_on")).toDate()).name;
    });
    m_model->setDisplay(QStringLiteral("assessed_on"), [](const QVariantMap& a) {
        const QDate on = a.value(QStringLiteral("assessed_on")).toDate();
        return on.isValid() ? on.toString(Qt::ISODate) : QStringLiteral("—");
    });
    m_model->setDisplay(status,
                        [](const QVariantMap& a) { return isSubmitted(a) ? tr("Submitted") : tr("Draft"); });
    m_model->setStyle([status](const QVariantMap& a, const QString& column, int role) -> QVariant {
        if (role == Qt::ForegroundRole && column == status && !isSubmitted(a))
            return QBrush(QColor(0x7a, 0x41, 0x00));
        return {};
    });
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_note->setWordWrap(true);
    m_forWhom->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* forLabel = new QLabel(tr("For:"), this);
    forLabel->setBuddy(m_forWhom);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(forLabel);
    buttons->addWidget(m_forWhom);
    buttons->addWidget(m_newButton);
    buttons->addSpacing(24);
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_newButton, &QPushButton::clicked, this, &AssessmentsTab::newAssessment);
    connect(m_openButton, &QPushButton::clicked, this, &AssessmentsTab::openSelected);
    connect(m_table, &QTableView::activated, this, &AssessmentsTab::openSelected);
}

QString AssessmentsTab::title() const { return tr("Assessments"); }

FormSubject AssessmentsTab::subjectFor(const QString& memberId, QDate on) const
{
    if (memberId.isEmpty())
        return {};
    for (const QVariantMap& m : m_file.members) {
        if (m.value(QStringLiteral("id")).toString() == memberId)
            return {memberId, m.value(QStringLiteral("name")).toString(), MemberContext::of(m, on)};
    }
    return {memberId, tr("(a former member)"), {}};
}

QString AssessmentsTab::scoreText(const Assessment& a) const
{
    const auto definition = BuiltInForms::definition(a.formId, a.formVersion);
    if (!definition)
        return {};
    const QDate on = a.assessedOn.isValid() ? a.assessedOn : session().today();
    const QVariantMap context = subjectFor(a.memberId, on).context;
    const QString scope = a.memberId.isEmpty() ? QStringLiteral("household") : QStringLiteral("member");
    QStringList totals;
    for (const FormDefinition::Section& section : definition->sections) {
        if (section.appliesTo != scope || !FormValidator::isShown(section, a.answers, context, on))
            continue;
        for (const FormDefinition::Question& q : section.questions) {
            if (q.type != FormDefinition::QuestionType::Total)
                continue;
            const ScoreTotal t = ScoreTotals::of(section, q, a.answers, context, on);
            if (!t.value.isValid())
                continue;
            QString text = tr("%1/%2").arg(QLocale().toString(t.sum), QLocale().toString(t.max));
            if (t.band)
                text += QLatin1Char(' ') + FormDefinition::text(t.band->label);
            totals << text;
        }
    }
    return totals.join(QStringLiteral("; "));
}

void AssessmentsTab::load()
{
    const bool saved = !householdId().isEmpty();
    permit(m_newButton, saved, mayCreate());
    m_forWhom->setEnabled(saved);
    m_note->setVisible(!saved);
    m_note->setText(tr("Save the new household first; then its needs can be assessed here."));
    m_note->setStyleSheet(QString());
    // A form version the county published that cannot be used: said here, where it would be used.
    if (const QList<BuiltInForms::Refused> refused = BuiltInForms::refused(); saved && !refused.isEmpty()) {
        QStringList lines;
        for (const BuiltInForms::Refused& r : refused) {
            for (const FormDefinitionError& e : r.errors)
                lines << (e.line > 0 ? tr("%1, line %2: %3")
                                           .arg(QDir::toNativeSeparators(r.file))
                                           .arg(e.line)
                                           .arg(e.message)
                                     : tr("%1: %2").arg(QDir::toNativeSeparators(r.file), e.message));
        }
        m_note->setText(tr("A form file from the county is not used (the newest form that can be used is "
                           "still in use); please tell the county:") +
                        QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        m_note->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_note->setVisible(true);
    }
    m_model->setRecords({});
    m_openButton->setEnabled(false);
    setCounts(0, 0);
    if (!saved)
        return;
    if (auto file = HouseholdRepository(db(), session()).load(householdId()))
        m_file = *file;

    // For whom: the household, and each member some member section of the newest form applies to.
    const QString current = m_forWhom->currentData().toString();
    m_forWhom->clear();
    m_forWhom->addItem(tr("The household"), QString());
    const auto latest = BuiltInForms::needsAssessment();
    for (const QVariantMap& m : std::as_const(m_file.members)) {
        const QVariantMap context = MemberContext::of(m, session().today());
        bool applies = false;
        for (const FormDefinition::Section& s :
             latest ? latest->sections : QList<FormDefinition::Section>()) {
            applies = applies || (s.appliesTo == QStringLiteral("member") &&
                                  FormValidator::isShown(s, {}, context, session().today()));
        }
        if (applies)
            m_forWhom->addItem(m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("id")));
    }
    m_forWhom->setCurrentIndex(std::max(0, m_forWhom->findData(current)));

    const QList<Assessment> assessments =
        AssessmentRepository(db(), session())
            .forHousehold(householdId(), AssessmentRepository::Content::WithAnswers);
    QList<QVariantMap> records;
    for (const Assessment& a : assessments) {
        QVariantMap row = record(a);
        row.insert(QStringLiteral("score"), scoreText(a));
        records << row;
    }
    m_model->setRecords(records);
    m_openButton->setEnabled(!assessments.isEmpty());
    if (!assessments.isEmpty() && m_table->currentIndex().row() < 0)
        m_table->selectRow(int(assessments.size()) - 1);
    // Drafts are listed, not marked on the tab: an assessment has no date to be late for.
    setCounts(int(assessments.size()), 0);
}

void AssessmentsTab::newAssessment()
{
    QList<FormDefinitionError> errors;
    const auto form = BuiltInForms::needsAssessment(&errors);
    if (!form) {
        QMessageBox::warning(this, tr("New assessment"),
                             errors.isEmpty() ? tr("The needs assessment form could not be read.")
                                              : errors.first().message);
        return;
    }
    Assessment a;
    a.householdId = householdId();
    a.memberId = m_forWhom->currentData().toString();
    a.formId = form->id;
    a.formVersion = form->version;
    run(a);
}

void AssessmentsTab::openSelected()
{
    const QString id = m_model->idAt(m_table->currentIndex().row());
    if (id.isEmpty())
        return;
    if (auto a = AssessmentRepository(db(), session()).load(id))
        run(*a);
}

void AssessmentsTab::run(const Assessment& assessment)
{
    // Always the version the assessment was started with, never simply the newest.
    QList<FormDefinitionError> errors;
    const auto definition = BuiltInForms::definition(assessment.formId, assessment.formVersion, &errors);
    if (!definition) {
        QMessageBox::warning(this, tr("Open assessment"),
                             tr("This assessment was made with a form this version of Fieldfile does not "
                                "have:\n%1")
                                 .arg(errors.isEmpty() ? assessment.formId : errors.first().message));
        return;
    }
    QList<QPair<QString, QString>> members;
    for (const QVariantMap& m : std::as_const(m_file.members))
        members.append(
            {m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("name")).toString()});
    const QDate on = assessment.assessedOn.isValid() ? assessment.assessedOn : session().today();
    AssessmentWindow window(db(), session(), assessment, *definition, subjectFor(assessment.memberId, on),
                            members, this);
    if (s_windowHook)
        s_windowHook(window);
    else
        window.exec();
    const QString id = window.assessment().id;
    if (id.isEmpty()) {
        reload();
        return;
    }
    recordSaved();
    m_table->selectRow(m_model->rowOf(id));
}

} // namespace ff
