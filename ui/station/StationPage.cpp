// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/station/StationPage.h"

#include "ui/station/ServiceProjectsPage.h"
#include "ui/station/VolunteerRosterPage.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ff {

StationPage::StationPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_volunteers(new VolunteerRosterPage(db, session, this)),
      m_projects(new ServiceProjectsPage(db, session, this))
{
    m_tabs->setObjectName(QStringLiteral("stationTabs"));
    m_tabs->addTab(m_volunteers, QString());
    m_tabs->addTab(m_projects, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

void StationPage::refresh()
{
    m_volunteers->refresh();
    m_projects->refresh();
}

void StationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StationPage::retranslate()
{
    m_tabs->setTabText(0, tr("Volunteers"));
    m_tabs->setTabText(1, tr("Service projects"));
}

} // namespace ff
