// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/PlanGoalDialog.h"

#include "core/model/FieldLabels.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff {

PlanGoalDialog::PlanGoalDialog(Database& db, const Session& session, const PlanGoal& goal, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_goal(goal), m_errors(new ErrorLabel(this)),
      m_text(new QLineEdit(this)), m_review(new DateField(tr("(none)"), this))
{
    setWindowTitle(goal.id.isEmpty() ? tr("New plan goal") : tr("Plan goal"));
    m_text->setObjectName(QStringLiteral("goalLineEdit"));
    m_review->setObjectName(QStringLiteral("reviewDateEdit"));
    m_text->setPlaceholderText(tr("e.g. The children attend school regularly and have a reliable guardian"));
    m_text->setText(goal.goal);
    m_review->setValue(goal.reviewOn);

    auto* form = new QFormLayout;
    form->addRow(FieldLabels::formLabel(QStringLiteral("plan_goal"), QStringLiteral("goal")), m_text);
    form->addRow(FieldLabels::formLabel(QStringLiteral("plan_goal"), QStringLiteral("review_on")), m_review);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanGoalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanGoalDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(620, minimumSizeHint().height());
}

QString PlanGoalDialog::errorText() const { return m_errors->shownText(); }

void PlanGoalDialog::accept()
{
    PlanGoal goal = m_goal;
    goal.goal = m_text->text().trimmed();
    goal.reviewOn = m_review->value();
    AssistancePlanRepository repo(m_db, m_session);
    if (Status s = repo.saveGoal(goal); !s) {
        m_errors->showError(s.error().message);
        return;
    }
    m_goal = goal;
    m_errors->showError({});
    QDialog::accept();
}

} // namespace ff
