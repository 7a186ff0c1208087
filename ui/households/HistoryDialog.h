// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableWidget;

namespace ff {

class Database;

/// Shows a household's history: every change, who made it, when, and which field went from what to what.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Database& db, const QString& householdId, const QString& title, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace ff
