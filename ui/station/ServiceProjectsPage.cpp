// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/station/ServiceProjectsPage.h"

#include "core/records/ProjectDelivery.h"
#include "core/records/ServiceProjectRepository.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"
#include "ui/station/ServiceProjectDialog.h"

#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ff {

namespace {
constexpr int kIdRole = Qt::UserRole;

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString hoursText(double hours) { return QLocale().toString(hours, 'f', 1); }
} // namespace

ServiceProjectsPage::ServiceProjectsPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_table(new QTableWidget(0, ColumnCount, this)),
      m_monthsLabel(new QLabel(this)), m_months(new QTableWidget(0, 4, this)), m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_readOnly(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("projectsTable"));
    m_months->setObjectName(QStringLiteral("projectMonthsTable"));
    m_add->setObjectName(QStringLiteral("addProjectButton"));
    m_edit->setObjectName(QStringLiteral("editProjectButton"));
    for (QTableWidget* t : {m_table, m_months}) {
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->verticalHeader()->setVisible(false);
        t->setAlternatingRowColors(true);
        t->setWordWrap(false);
    }
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_months->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_readOnly->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_readOnly, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_monthsLabel);
    layout->addWidget(m_months, 3);

    const bool editing = mayEdit();
    m_add->setVisible(editing);
    m_edit->setVisible(editing);
    m_readOnly->setVisible(!editing);
    connect(m_add, &QPushButton::clicked, this, &ServiceProjectsPage::addProject);
    connect(m_edit, &QPushButton::clicked, this, &ServiceProjectsPage::editProject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ServiceProjectsPage::showMonths);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (mayEdit())
            editProject();
    });
    retranslate();
    refresh();
}

bool ServiceProjectsPage::mayEdit() const
{
    return Authority::create(m_session.role(), *RecordTypes::find(RecordTypes::serviceProject()), {})
        .refusal.isEmpty();
}

QString ServiceProjectsPage::projectAt(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, Name);
    return item ? item->data(kIdRole).toString() : QString();
}

void ServiceProjectsPage::refresh()
{
    const QString current = projectAt(m_table->currentRow());
    // The user's station's projects and the county-wide ones (the county's: every station's), as
    // a pull brings them.
    QList<ServiceProject> projects = ServiceProjectRepository(m_db).all();
    const QString station = m_session.actor().station;
    if (m_session.role() != Role::County && !station.isEmpty())
        projects.removeIf([&](const ServiceProject& p) { return !p.isCountyWide() && p.station != station; });
    const ProjectDeliveryQuery delivery(m_db);
    const QLocale locale;
    m_table->setRowCount(int(projects.size()));
    int select = -1;
    for (int row = 0; row < projects.size(); ++row) {
        const ServiceProject& p = projects.at(row);
        const ProjectDelivery d = delivery.of(p);
        auto* name = cell(p.isCountyWide() ? tr("%1 (county-wide)").arg(p.name) : p.name);
        name->setData(kIdRole, p.id);
        name->setToolTip(p.name);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Purchaser, cell(p.purchaser));
        m_table->setItem(row, Provider, cell(p.provider));
        m_table->setItem(
            row, Period,
            cell(tr("%1 – %2").arg(p.startsOn.toString(Qt::ISODate), p.endsOn.toString(Qt::ISODate))));
        m_table->setItem(
            row, Hours,
            cell(tr("%1 / %2").arg(hoursText(d.deliveredHours), hoursText(p.contractedHours)), true));
        m_table->setItem(row, Households,
                         cell(tr("%1 / %2").arg(d.householdsServed).arg(p.contractedHouseholds), true));
        if (p.id == current)
            select = row;
    }
    for (int c : {Purchaser, Provider, Period, Hours, Households})
        m_table->resizeColumnToContents(c);
    if (select < 0 && !projects.isEmpty())
        select = 0;
    m_table->selectRow(select);
    showMonths();
}

void ServiceProjectsPage::showMonths()
{
    const QString id = projectAt(m_table->currentRow());
    m_edit->setEnabled(!id.isEmpty());
    const std::optional<ServiceProject> p =
        id.isEmpty() ? std::nullopt : ServiceProjectRepository(m_db).load(id);
    if (!p) {
        m_monthsLabel->setText(tr("Delivered per month"));
        m_months->setRowCount(0);
        return;
    }
    const ProjectDelivery d = ProjectDeliveryQuery(m_db).of(*p);
    m_monthsLabel->setText(
        tr("%1: delivered per month against the contract (%2% of the contracted hours so far)")
            .arg(p->name, QLocale().toString(d.hoursShare() * 100, 'f', 0)));
    m_months->setRowCount(int(d.months.size()));
    const QLocale locale;
    for (int r = 0; r < d.months.size(); ++r) {
        const ProjectMonth& m = d.months.at(r);
        m_months->setItem(r, 0, cell(locale.toString(m.month, tr("yyyy-MM"))));
        m_months->setItem(r, 1, cell(hoursText(m.deliveredHours), true));
        m_months->setItem(r, 2, cell(hoursText(m.contractedHours), true));
        m_months->setItem(r, 3, cell(QString::number(m.households), true));
        if (m.deliveredHours + 0.05 < m.contractedHours && m.month.addMonths(1) <= m_session.today())
            m_months->item(r, 1)->setForeground(QColor(0xb0, 0x20, 0x20));
    }
}

void ServiceProjectsPage::addProject()
{
    ServiceProject p;
    p.startsOn = QDate(m_session.today().year(), 1, 1);
    p.endsOn = QDate(m_session.today().year(), 12, 31);
    ServiceProjectDialog dialog(m_db, m_session, p, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ServiceProjectsPage::editProject()
{
    const std::optional<ServiceProject> p =
        ServiceProjectRepository(m_db).load(projectAt(m_table->currentRow()));
    if (!p)
        return;
    ServiceProjectDialog dialog(m_db, m_session, *p, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ServiceProjectsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ServiceProjectsPage::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Project"), tr("Purchaser"), tr("Provider"), tr("Period"),
                                        tr("Hours delivered / contracted"),
                                        tr("Households served / contracted")});
    m_months->setHorizontalHeaderLabels(
        {tr("Month"), tr("Hours delivered"), tr("Hours contracted"), tr("Households served")});
    m_add->setText(tr("&Add project…"));
    m_edit->setText(tr("&Edit…"));
    m_readOnly->setText(tr("The station supervisor or the county keeps the projects; choose one in a service "
                           "log to count its hours."));
}

} // namespace ff
