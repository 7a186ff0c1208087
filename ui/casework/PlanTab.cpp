// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/PlanTab.h"

#include "core/model/CodeList.h"
#include "core/records/HouseholdNeeds.h"
#include "core/schema/RecordTypes.h"
#include "ui/casework/PlanActionDialog.h"
#include "ui/casework/PlanGoalDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ff {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kIsGoalRole = Qt::UserRole + 1;
const QColor kOverdue(0xb0, 0x00, 0x20);
} // namespace

PlanTab::PlanTab(Database& db, const Session& session, QWidget* parent)
    : RecordTab(QStringLiteral("plan_action"), db, session, parent), m_summary(new QLabel(this)),
      m_tree(new QTreeWidget(this)), m_addGoal(new QPushButton(tr("Add &goal…"), this)),
      m_addAction(new QPushButton(tr("Add &action…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("planTab"));
    m_tree->setObjectName(QStringLiteral("planTreeWidget"));
    m_summary->setObjectName(QStringLiteral("planSummaryLabel"));
    m_addAction->setObjectName(QStringLiteral("addActionButton"));
    m_edit->setObjectName(QStringLiteral("editPlanButton"));
    m_remove->setObjectName(QStringLiteral("removePlanButton"));
    m_tree->setHeaderLabels(
        {tr("Goal / action"), tr("Need addressed"), tr("Responsible"), tr("Due"), tr("Status")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QFontMetrics fm = m_tree->fontMetrics();
    m_tree->setColumnWidth(1, fm.horizontalAdvance(QStringLiteral("看病就医困难，需链接医疗救助")) + 24);
    m_tree->setColumnWidth(2, fm.horizontalAdvance(QStringLiteral("县残联 王主任")) + 24);
    m_tree->setColumnWidth(3,
                           std::max(fm.horizontalAdvance(tr("Review %1").arg(QStringLiteral("2026-05-31"))),
                                    fm.horizontalAdvance(QStringLiteral("2026-05-31"))) +
                               24);
    m_tree->setColumnWidth(4, fm.horizontalAdvance(QStringLiteral("In progress · 120 days overdue")) + 24);

    m_addGoal->setObjectName(QStringLiteral("addGoalButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addGoal);
    buttons->addWidget(m_addAction);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_addGoal, &QPushButton::clicked, this, &PlanTab::addGoal);
    connect(m_addAction, &QPushButton::clicked, this, &PlanTab::addAction);
    connect(m_edit, &QPushButton::clicked, this, &PlanTab::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &PlanTab::removeCurrent);
    connect(m_tree, &QTreeWidget::itemActivated, this, &PlanTab::editCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PlanTab::updateButtons);
}

QString PlanTab::title() const { return tr("Plan"); }

QString PlanTab::tabLabel() const
{
    const int overdue = attentionCount();
    return overdue > 0 ? tr("Plan (%n overdue)", nullptr, overdue) : title();
}

void PlanTab::updateButtons()
{
    const RecordType& goal = *RecordTypes::find(QStringLiteral("plan_goal"));
    permit(m_addGoal, true, mayCreate(goal));
    permit(m_addAction, !m_plan.goals.isEmpty(), mayCreate());
    const QTreeWidgetItem* item = m_tree->currentItem();
    m_edit->setEnabled(item != nullptr);
    permit(m_remove, item, item && item->data(0, kIsGoalRole).toBool() ? mayRemove(goal) : mayRemove());
}

void PlanTab::load()
{
    const QDate today = session().today();
    m_plan = AssistancePlanRepository(db(), session()).load(householdId());
    const int overdue = m_plan.overdueCount(today);
    const QString current =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, kIdRole).toString() : QString();
    m_tree->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QTreeWidgetItem* select = nullptr;
    QHash<QString, QString> needLabels; // need key → label
    for (const IdentifiedNeed& n : HouseholdNeeds::forHousehold(db(), householdId()))
        needLabels.insert(n.key(), FormDefinition::text(n.label));
    for (const PlanGoal& g : std::as_const(m_plan.goals)) {
        auto* goal = new QTreeWidgetItem(m_tree);
        goal->setText(0, g.goal);
        goal->setToolTip(0, g.goal);
        goal->setData(0, kIdRole, g.id);
        goal->setData(0, kIsGoalRole, true);
        QFont bold = goal->font(0);
        bold.setBold(true);
        goal->setFont(0, bold);
        if (g.reviewOn.isValid())
            goal->setText(3, tr("Review %1").arg(g.reviewOn.toString(Qt::ISODate)));
        if (g.id == current)
            select = goal;
        for (const PlanAction& a : m_plan.actionsOf(g.id)) {
            auto* item = new QTreeWidgetItem(goal);
            item->setText(0, a.action);
            item->setToolTip(0, a.action);
            item->setData(0, kIdRole, a.id);
            item->setData(0, kIsGoalRole, false);
            // The need's label when the action names one; the category otherwise.
            const QString category = CodeList::serviceCategories().label(a.category);
            QString need = a.needKey.isEmpty() ? QString() : needLabels.value(a.needKey);
            if (!a.needKey.isEmpty() && need.isEmpty()) {
                need = HouseholdNeeds::labelOf(db(), a.needKey);
                needLabels.insert(a.needKey, need);
            }
            item->setText(1, need.isEmpty() ? category : need);
            item->setToolTip(1,
                             need.isEmpty() ? category : tr("%1: %2", "category: need").arg(category, need));
            item->setText(2, a.responsible);
            item->setText(3, a.dueOn.toString(Qt::ISODate));
            QString status = CodeList::planActionStatus().label(a.status);
            if (a.isOverdue(today)) {
                status = tr("%1 · %n day(s) overdue", nullptr, int(a.dueOn.daysTo(today))).arg(status);
                item->setIcon(0, warning);
                for (int c = 0; c < m_tree->columnCount(); ++c)
                    item->setForeground(c, kOverdue);
                item->setData(0, Qt::AccessibleDescriptionRole, tr("Overdue"));
            } else if (a.status == QLatin1String("done") || a.status == QLatin1String("dropped")) {
                for (int c = 0; c < m_tree->columnCount(); ++c)
                    item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
            }
            item->setText(4, status);
            if (a.id == current)
                select = item;
        }
        goal->setExpanded(true);
    }
    if (select)
        m_tree->setCurrentItem(select);
    updateButtons();

    QString summary = m_plan.goals.isEmpty()
                          ? tr("No plan yet. Start with a goal, then add the actions that reach it.")
                          : tr("%n goal(s)", nullptr, int(m_plan.goals.size())) + QStringLiteral(" · ") +
                                tr("%n action(s)", nullptr, int(m_plan.actions.size()));
    if (overdue > 0) {
        summary += QStringLiteral(" · <span style=\"color:#b00020; font-weight:bold\">%1</span>")
                       .arg(tr("%n action(s) overdue", nullptr, overdue).toHtmlEscaped());
    }
    m_summary->setText(summary);
    setCounts(int(m_plan.goals.size() + m_plan.actions.size()), overdue);
}

void PlanTab::addGoal()
{
    PlanGoalDialog dialog(db(), session(), {{}, householdId(), {}, {}}, this);
    if (dialog.exec() == QDialog::Accepted)
        recordSaved();
}

void PlanTab::addAction()
{
    PlanAction a;
    a.householdId = householdId();
    if (QTreeWidgetItem* item = m_tree->currentItem())
        a.goalId = (item->parent() ? item->parent() : item)->data(0, kIdRole).toString();
    else if (!m_plan.goals.isEmpty())
        a.goalId = m_plan.goals.constFirst().id;
    PlanActionDialog dialog(db(), session(), m_plan.goals, a, this);
    if (dialog.exec() == QDialog::Accepted)
        recordSaved();
}

void PlanTab::editCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, kIdRole).toString();
    if (item->data(0, kIsGoalRole).toBool()) {
        for (const PlanGoal& g : std::as_const(m_plan.goals)) {
            if (g.id == id) {
                PlanGoalDialog dialog(db(), session(), g, this);
                if (dialog.exec() == QDialog::Accepted)
                    recordSaved();
                return;
            }
        }
    }
    for (const PlanAction& a : std::as_const(m_plan.actions)) {
        if (a.id == id) {
            PlanActionDialog dialog(db(), session(), m_plan.goals, a, this);
            if (dialog.exec() == QDialog::Accepted)
                recordSaved();
            return;
        }
    }
}

void PlanTab::removeCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, kIdRole).toString();
    const bool isGoal = item->data(0, kIsGoalRole).toBool();
    const QString question =
        isGoal ? tr("Remove the goal “%1” and its %n action(s)? The removal is kept in "
                    "the history.",
                    nullptr, item->childCount())
                     .arg(item->text(0))
               : tr("Remove the action “%1”? The removal is kept in the history.").arg(item->text(0));
    if (QMessageBox::question(this, tr("Remove"), question) != QMessageBox::Yes)
        return;
    AssistancePlanRepository repo(db(), session());
    Status s;
    if (isGoal) {
        for (const PlanGoal& g : std::as_const(m_plan.goals)) {
            if (g.id == id)
                s = repo.removeGoal(g);
        }
    } else {
        for (const PlanAction& a : std::as_const(m_plan.actions)) {
            if (a.id == id)
                s = repo.removeAction(a);
        }
    }
    if (!s) {
        QMessageBox::warning(this, tr("Remove"), s.error().message);
        reload();
        return;
    }
    recordSaved();
}

} // namespace ff
