// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/AssistancePlanRepository.h"
#include "ui/records/RecordTab.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ff {

/// The household's assistance plan (一户一策): goals with their actions, a tree rather than a list
/// (goals and actions are two record types); overdue actions in red and counted as what needs
/// attention. Entries are saved as soon as their dialog is accepted.
class PlanTab : public RecordTab
{
    Q_OBJECT

public:
    PlanTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QString title() const override;
    QString tabLabel() const override;
    int overdueCount() const { return attentionCount(); }
    QTreeWidget* tree() const { return m_tree; }

public slots:
    void addGoal();
    void addAction();
    void editCurrent();
    void removeCurrent();

protected:
    void load() override;

private:
    /// Enables what the selection and the authority rule allow.
    void updateButtons();

    AssistancePlan m_plan;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QPushButton* m_addGoal;
    QPushButton* m_addAction;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace ff
