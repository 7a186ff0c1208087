// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QLabel;

namespace ff {

class Database;

/// Chooses households of the caseload for a group or community session: search as in the household
/// list (name, pinyin initials, ID number, village), tick the households; ticks survive new searches.
class HouseholdPickerDialog : public QDialog
{
    Q_OBJECT

public:
    HouseholdPickerDialog(Database& db, const QStringList& alreadyChosen, QWidget* parent = nullptr);

    /// Household ids ticked (not those chosen before), in the order ticked.
    QStringList chosen() const { return m_order; }
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* list() const { return m_list; }

private:
    void search();
    void toggled(QListWidgetItem* item);

    Database& m_db;
    QStringList m_already;
    QStringList m_order;
    QLineEdit* m_search;
    QListWidget* m_list;
    QLabel* m_count;
};

} // namespace ff
