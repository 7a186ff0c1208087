// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/AssistancePlanRepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ff {

class Database;

/// The household's assistance plan (一户一策): goals with their actions; overdue actions in red and
/// counted. Entries are saved as soon as their dialog is accepted.
class PlanTab : public QWidget
{
    Q_OBJECT

public:
    PlanTab(Database& db, const Session& session, const QString& householdId, QWidget* parent = nullptr);

    int overdueCount() const { return m_overdue; }
    QTreeWidget* tree() const { return m_tree; }

public slots:
    void reload();
    void addGoal();
    void addAction();
    void editCurrent();
    void removeCurrent();

signals:
    /// The plan changed or was loaded; the number of overdue actions.
    void overdueChanged(int count);

private:
    Database& m_db;
    Session m_session;
    QString m_householdId;
    AssistancePlan m_plan;
    int m_overdue = 0;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QPushButton* m_addAction;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace ff
