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

/// The station's volunteer roster: name, contact, skills, trainings and hours of service, and
/// below it the services the chosen volunteer took part in. The station supervisor and the county
/// add, edit and remove volunteers; a caseworker reads.
class VolunteerRosterPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Contact,
        Skills,
        Trainings,
        Hours,
        ColumnCount
    };

    VolunteerRosterPage(Database& db, const Session& session, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QTableWidget* services() const { return m_services; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    /// The id of the volunteer of a row.
    QString volunteerAt(int row) const;

public slots:
    void refresh();
    void addVolunteer();
    void editVolunteer();
    void removeVolunteer();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showServices();
    bool mayEdit() const;

    Database& m_db;
    Session m_session;
    QTableWidget* m_table;
    QLabel* m_servicesLabel;
    QTableWidget* m_services;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLabel* m_readOnly;
};

} // namespace ff
