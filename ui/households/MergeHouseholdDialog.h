// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"
#include "core/records/DuplicateFinder.h"
#include "core/records/HouseholdMerge.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace ff {

class Database;

/// Merges a household filed twice into the one chosen in the list (for a station supervisor or
/// county staff): lists the households on this laptop that look like it (DuplicateFinder), says
/// what a merge of the one chosen would move, and merges after a confirmation (HouseholdMerge).
class MergeHouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    MergeHouseholdDialog(Database& db, const Session& session, const QString& keepId,
                         QWidget* parent = nullptr);

    QListWidget* candidates() const { return m_list; }
    QString summary() const;
    QPushButton* mergeButton() const { return m_merge; }
    /// The plan last merged (after the dialog was accepted).
    const HouseholdMerge::Plan& merged() const { return m_plan; }
    /// Skips the confirmation (tests answer it as a user would, through this).
    void setConfirm(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }

public slots:
    void merge();

private:
    void choose();
    QString describe(const QString& householdId) const;

    Database& m_db;
    Session m_session;
    QString m_keepId;
    QList<DuplicateCandidate> m_found;
    HouseholdMerge::Plan m_plan;
    QLabel* m_summary;
    QListWidget* m_list;
    QPushButton* m_merge;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace ff
