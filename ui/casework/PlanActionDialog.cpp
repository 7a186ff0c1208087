// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/PlanActionDialog.h"

#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/records/HouseholdNeeds.h"
#include "core/records/HouseholdRepository.h"
#include "ui/widgets/CodeChoiceBox.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff {

PlanActionDialog::PlanActionDialog(Database& db, const Session& session, const QList<PlanGoal>& goals,
                                   const PlanAction& action, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_action(action), m_errors(new ErrorLabel(this)),
      m_goal(new QComboBox(this)), m_text(new QPlainTextEdit(this)), m_need(new QComboBox(this)),
      m_category(new CodeChoiceBox(CodeList::serviceCategories(), tr("(choose)"), this)),
      m_responsible(new QLineEdit(this)), m_due(new DateField(tr("(not set)"), this)),
      m_status(new CodeChoiceBox(CodeList::planActionStatus(), QString(), this))
{
    setWindowTitle(action.id.isEmpty() ? tr("New plan action") : tr("Plan action"));
    m_goal->setObjectName(QStringLiteral("goalComboBox"));
    m_text->setObjectName(QStringLiteral("actionTextEdit"));
    m_need->setObjectName(QStringLiteral("needComboBox"));
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    m_responsible->setObjectName(QStringLiteral("responsibleLineEdit"));
    m_due->setObjectName(QStringLiteral("dueDateEdit"));
    m_status->setObjectName(QStringLiteral("statusComboBox"));

    m_goal->addItem(tr("(choose)"), QString());
    for (const PlanGoal& g : goals)
        m_goal->addItem(g.goal, g.id);
    m_goal->setCurrentIndex(std::max(0, m_goal->findData(action.goalId)));
    m_text->setPlainText(action.action);
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_text->setPlaceholderText(tr("What will be done, e.g. apply for education assistance for the child"));
    // The household's identified needs; an action linked to a need a reassessment replaced keeps it.
    QHash<QString, QString> names;
    if (const auto file = HouseholdRepository(db).load(action.householdId)) {
        for (const QVariantMap& m : file->members)
            names.insert(m.value(QStringLiteral("id")).toString(),
                         m.value(QStringLiteral("name")).toString());
    }
    m_need->addItem(tr("None: the category in general"), QString());
    for (const IdentifiedNeed& n : HouseholdNeeds::forHousehold(db, action.householdId)) {
        QString text = IdentifiedNeeds::categoryLabel(n.category) + QStringLiteral(" · ") +
                       FormDefinition::text(n.label);
        if (!n.memberId.isEmpty())
            text = tr("%1 (%2)", "need (member)").arg(text, names.value(n.memberId, tr("a former member")));
        m_need->addItem(text, n.key());
        m_need->setItemData(m_need->count() - 1, text, Qt::ToolTipRole);
        m_needCategory.insert(n.key(), n.category);
    }
    if (!action.needKey.isEmpty() && m_need->findData(action.needKey) < 0) {
        const QString label = HouseholdNeeds::labelOf(db, action.needKey);
        m_need->addItem(tr("%1 (from an earlier assessment)")
                            .arg(label.isEmpty() ? tr("a need not on this device") : label),
                        action.needKey);
        m_needCategory.insert(action.needKey, action.category);
    }
    m_need->setCurrentIndex(std::max(0, m_need->findData(action.needKey)));
    m_need->setMinimumContentsLength(28);
    m_need->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setCode(action.category);
    // A need decides the category; without one the caseworker picks the category.
    auto followNeed = [this] {
        const QString key = m_need->currentData().toString();
        if (!key.isEmpty())
            m_category->setCode(m_needCategory.value(key));
        m_category->setEnabled(key.isEmpty());
    };
    connect(m_need, &QComboBox::currentIndexChanged, this, followNeed);
    followNeed();
    m_responsible->setText(action.responsible);
    m_responsible->setPlaceholderText(tr("A person or an agency"));
    m_due->setValue(action.dueOn);
    m_status->setCode(action.status);

    auto label = [](const char* field) {
        return FieldLabels::formLabel(QStringLiteral("plan_action"), QString::fromLatin1(field));
    };
    auto* form = new QFormLayout;
    form->addRow(label("goal_id"), m_goal);
    form->addRow(label("action"), m_text);
    form->addRow(label("need_key"), m_need);
    form->addRow(label("category"), m_category);
    form->addRow(label("responsible"), m_responsible);
    form->addRow(label("due_on"), m_due);
    form->addRow(label("status"), m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanActionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

QString PlanActionDialog::errorText() const { return m_errors->shownText(); }

void PlanActionDialog::accept()
{
    PlanAction a = m_action;
    a.goalId = m_goal->currentData().toString();
    a.action = m_text->toPlainText().trimmed();
    a.needKey = m_need->currentData().toString();
    a.category = m_category->code();
    a.responsible = m_responsible->text().trimmed();
    a.dueOn = m_due->value();
    a.status = m_status->code();
    AssistancePlanRepository repo(m_db, m_session);
    if (Status s = repo.saveAction(a); !s) {
        m_errors->showError(s.error().message);
        return;
    }
    m_action = a;
    m_errors->showError({});
    QDialog::accept();
}

} // namespace ff
