// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/AssessmentsTab.h"

#include "core/forms/BuiltInForms.h"
#include "core/forms/MemberContext.h"
#include "core/records/AssessmentRepository.h"
#include "core/records/HouseholdRepository.h"
#include "ui/forms/AssessmentWindow.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ff {

namespace {
std::function<void(AssessmentWindow&)> s_windowHook;

enum Column
{
    FormColumn,
    ForWhomColumn,
    DateColumn,
    StatusColumn,
    VersionColumn,
    ColumnCount
};
} // namespace

void AssessmentsTab::setWindowHook(std::function<void(AssessmentWindow&)> hook)
{
    s_windowHook = std::move(hook);
}

AssessmentsTab::AssessmentsTab(Database& db, const Session& session, const QString& householdId,
                               QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_householdId(householdId),
      m_table(new QTableWidget(this)), m_forWhom(new QComboBox(this)),
      m_newButton(new QPushButton(tr("&New assessment"), this)),
      m_openButton(new QPushButton(tr("&Open"), this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("assessmentsTab"));
    m_table->setObjectName(QStringLiteral("assessmentTableWidget"));
    m_forWhom->setObjectName(QStringLiteral("forWhomComboBox"));
    m_newButton->setObjectName(QStringLiteral("newAssessmentButton"));
    m_openButton->setObjectName(QStringLiteral("openAssessmentButton"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Form"), tr("For"), tr("Date"), tr("Status"), tr("Version")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    for (int c = FormColumn; c < ColumnCount; ++c)
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
    connect(m_table, &QTableWidget::cellActivated, this, &AssessmentsTab::openSelected);
    reload();
}

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

void AssessmentsTab::reload()
{
    const bool saved = !m_householdId.isEmpty();
    m_newButton->setEnabled(saved);
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
    m_table->setRowCount(0);
    m_openButton->setEnabled(false);
    if (!saved)
        return;
    if (auto file = HouseholdRepository(m_db, m_session).load(m_householdId))
        m_file = *file;

    // For whom: the household, and each member some member section of the newest form applies to.
    const QString current = m_forWhom->currentData().toString();
    m_forWhom->clear();
    m_forWhom->addItem(tr("The household"), QString());
    const auto latest = BuiltInForms::needsAssessment();
    for (const QVariantMap& m : std::as_const(m_file.members)) {
        const QVariantMap context = MemberContext::of(m, m_session.today());
        bool applies = false;
        for (const FormDefinition::Section& s :
             latest ? latest->sections : QList<FormDefinition::Section>()) {
            applies = applies || (s.appliesTo == QStringLiteral("member") &&
                                  FormValidator::isShown(s, {}, context, m_session.today()));
        }
        if (applies)
            m_forWhom->addItem(m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("id")));
    }
    m_forWhom->setCurrentIndex(std::max(0, m_forWhom->findData(current)));

    const QList<Assessment> assessments =
        AssessmentRepository(m_db, m_session)
            .forHousehold(m_householdId, AssessmentRepository::Content::WithoutAnswers);
    m_table->setRowCount(int(assessments.size()));
    for (int r = 0; r < assessments.size(); ++r) {
        const Assessment& a = assessments[r];
        const auto definition = BuiltInForms::definition(a.formId, a.formVersion);
        const bool submitted = a.status == QStringLiteral("submitted");
        const QString cells[ColumnCount] = {
            definition ? FormDefinition::text(definition->title) : a.formId,
            a.memberId.isEmpty() ? tr("The household") : subjectFor(a.memberId, a.assessedOn).name,
            a.assessedOn.isValid() ? a.assessedOn.toString(Qt::ISODate) : QStringLiteral("—"),
            submitted ? tr("Submitted") : tr("Draft"), QString::number(a.formVersion)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, a.id);
            if (!submitted && c == StatusColumn)
                item->setForeground(QColor(0x7a, 0x41, 0x00));
            m_table->setItem(r, c, item);
        }
    }
    m_openButton->setEnabled(!assessments.isEmpty());
    if (!assessments.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(int(assessments.size()) - 1);
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
    a.householdId = m_householdId;
    a.memberId = m_forWhom->currentData().toString();
    a.formId = form->id;
    a.formVersion = form->version;
    run(a);
}

void AssessmentsTab::openSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString id = m_table->item(row, FormColumn)->data(Qt::UserRole).toString();
    if (auto a = AssessmentRepository(m_db, m_session).load(id))
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
    const QDate on = assessment.assessedOn.isValid() ? assessment.assessedOn : m_session.today();
    AssessmentWindow window(m_db, m_session, assessment, *definition, subjectFor(assessment.memberId, on),
                            members, this);
    if (s_windowHook)
        s_windowHook(window);
    else
        window.exec();
    const QString id = window.assessment().id;
    reload();
    if (!id.isEmpty()) {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->item(r, FormColumn)->data(Qt::UserRole).toString() == id)
                m_table->selectRow(r);
        }
        emit assessmentsChanged();
    }
}

} // namespace ff
