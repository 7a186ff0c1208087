// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/Session.h"

#include <QWidget>

class QTabWidget;

namespace ff {

class Database;
class ServiceProjectsPage;
class VolunteerRosterPage;

/// "Station / 社工站": the station's volunteers and its purchased-service projects, as tabs. The
/// station supervisor and the county keep them; a caseworker reads them.
class StationPage : public QWidget
{
    Q_OBJECT

public:
    StationPage(Database& db, const Session& session, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    VolunteerRosterPage* volunteers() const { return m_volunteers; }
    ServiceProjectsPage* projects() const { return m_projects; }

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTabWidget* m_tabs;
    VolunteerRosterPage* m_volunteers;
    ServiceProjectsPage* m_projects;
};

} // namespace ff
