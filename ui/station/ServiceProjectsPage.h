// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ff {

class Database;

/// The government-purchased service projects: name, purchaser, provider, period, contracted and
/// delivered hours and households, and below it the chosen project's months, delivered against
/// the month's share of the contract. The station supervisor and the county add and edit them.
class ServiceProjectsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Purchaser,
        Provider,
        Period,
        Hours,
        Households,
        ColumnCount
    };

    ServiceProjectsPage(Database& db, const Session& session, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QTableWidget* months() const { return m_months; }
    QPushButton* addButton() const { return m_add; }
    QString projectAt(int row) const;

public slots:
    void refresh();
    void addProject();
    void editProject();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showMonths();
    bool mayEdit() const;

    Database& m_db;
    Session m_session;
    QTableWidget* m_table;
    QLabel* m_monthsLabel;
    QTableWidget* m_months;
    QPushButton* m_add;
    QPushButton* m_edit;
    QLabel* m_readOnly;
};

} // namespace ff
