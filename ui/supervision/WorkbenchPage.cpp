// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/WorkbenchPage.h"

#include "ui/supervision/ReviewQueueModel.h"
#include "ui/supervision/ReviewQueuePage.h"
#include "ui/supervision/StationOverviewPage.h"

#include <QEvent>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ff {

WorkbenchPage::WorkbenchPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_queue(new ReviewQueuePage(db, session, this)),
      m_overview(new StationOverviewPage(db, session, this))
{
    setObjectName(QStringLiteral("workbenchPage"));
    m_tabs->setObjectName(QStringLiteral("workbenchTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_queue, QString());
    m_tabs->addTab(m_overview, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_queue, &ReviewQueuePage::openRequested, this, &WorkbenchPage::openRequested);
    connect(m_overview, &StationOverviewPage::openRequested, this,
            [this](const QString& householdId) { emit openRequested(householdId, {}); });
    connect(m_overview, &StationOverviewPage::notesRequested, this,
            [this](const QString& caseworker, const QString& state) {
                showQueue();
                m_queue->showNotes(caseworker, state);
            });
    connect(m_queue, &ReviewQueuePage::changed, this, &WorkbenchPage::retranslate);
    connect(m_queue->model(), &QAbstractItemModel::modelReset, this, &WorkbenchPage::retranslate);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_queue)
            m_queue->view()->setFocus();
    });
    retranslate();
}

void WorkbenchPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkbenchPage::retranslate()
{
    // Not counted before the queue is first shown (a caseworker's window never shows it).
    m_tabs->setTabText(0, isVisible() ? tr("Review &queue (%1)").arg(m_queue->pendingCount())
                                      : tr("Review &queue"));
    m_tabs->setTabText(1, tr("Station &overview"));
}

void WorkbenchPage::setToday(QDate today)
{
    m_queue->setToday(today);
    m_overview->setToday(today);
}

void WorkbenchPage::showQueue() { m_tabs->setCurrentWidget(m_queue); }

void WorkbenchPage::showOverview() { m_tabs->setCurrentWidget(m_overview); }

void WorkbenchPage::refresh()
{
    if (m_tabs->currentWidget() == m_queue)
        m_queue->refresh();
    else
        m_overview->refresh();
}

} // namespace ff
