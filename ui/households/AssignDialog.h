// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;

namespace ff {

class Database;

/// Assigns the selected households to one caseworker (File → Assign to caseworker): a station
/// supervisor among the station's caseworkers, county staff among all, as the county's profile
/// lists them (DeviceSync::assignees); a laptop the county has not listed any for (the demo) offers
/// the caseworkers its households name. Saved as one change per household
/// (HouseholdRepository::assign); the county follows it at the next sync.
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    AssignDialog(Database& db, const Session& session, const QStringList& householdIds,
                 QWidget* parent = nullptr);

    QComboBox* caseworkers() const { return m_caseworkers; }
    /// How many households the last accepted assignment changed.
    int changed() const { return m_changed; }

    void accept() override;

private:
    Database& m_db;
    Session m_session;
    QStringList m_householdIds;
    QComboBox* m_caseworkers;
    QLabel* m_error;
    int m_changed = 0;
};

} // namespace ff
