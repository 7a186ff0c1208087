// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/station/VolunteerRosterPage.h"

#include "core/model/CodeList.h"
#include "core/records/ServiceProjectRepository.h"
#include "core/records/VolunteerHours.h"
#include "core/records/VolunteerRepository.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"
#include "ui/station/VolunteerDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ff {

namespace {
constexpr int kIdRole = Qt::UserRole;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString hoursText(double hours) { return QLocale().toString(hours, 'f', 1); }
} // namespace

VolunteerRosterPage::VolunteerRosterPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_table(new QTableWidget(0, ColumnCount, this)),
      m_servicesLabel(new QLabel(this)), m_services(new QTableWidget(0, 5, this)),
      m_add(new QPushButton(this)), m_edit(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_readOnly(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("volunteersTable"));
    m_services->setObjectName(QStringLiteral("volunteerServicesTable"));
    m_add->setObjectName(QStringLiteral("addVolunteerButton"));
    m_edit->setObjectName(QStringLiteral("editVolunteerButton"));
    m_remove->setObjectName(QStringLiteral("removeVolunteerButton"));
    for (QTableWidget* t : {m_table, m_services}) {
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->verticalHeader()->setVisible(false);
        t->setAlternatingRowColors(true);
        t->setWordWrap(false);
    }
    m_table->horizontalHeader()->setSectionResizeMode(Skills, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Trainings, QHeaderView::Stretch);
    m_services->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_readOnly->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_readOnly, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_servicesLabel);
    layout->addWidget(m_services, 2);

    const bool editing = mayEdit();
    m_add->setVisible(editing);
    m_edit->setVisible(editing);
    m_remove->setVisible(editing);
    m_readOnly->setVisible(!editing);
    connect(m_add, &QPushButton::clicked, this, &VolunteerRosterPage::addVolunteer);
    connect(m_edit, &QPushButton::clicked, this, &VolunteerRosterPage::editVolunteer);
    connect(m_remove, &QPushButton::clicked, this, &VolunteerRosterPage::removeVolunteer);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VolunteerRosterPage::showServices);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (mayEdit())
            editVolunteer();
    });
    retranslate();
    refresh();
}

bool VolunteerRosterPage::mayEdit() const
{
    return Authority::create(m_session.role(), *RecordTypes::find(RecordTypes::volunteer()), {})
        .refusal.isEmpty();
}

QString VolunteerRosterPage::volunteerAt(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, Name);
    return item ? item->data(kIdRole).toString() : QString();
}

void VolunteerRosterPage::refresh()
{
    const QString current = volunteerAt(m_table->currentRow());
    // A pull brings a laptop only its station's roster; the demo, and a laptop whose user moved,
    // hold others' too: the page shows the user's station's (the county's: every station's).
    QList<Volunteer> volunteers = VolunteerRepository(m_db).all();
    const QString station = m_session.actor().station;
    if (m_session.role() != Role::County && !station.isEmpty())
        volunteers.removeIf([&](const Volunteer& v) { return v.station != station; });
    const QHash<QString, double> hours = VolunteerHours(m_db).hoursByVolunteer();
    m_table->setRowCount(int(volunteers.size()));
    int select = -1;
    for (int row = 0; row < volunteers.size(); ++row) {
        const Volunteer& v = volunteers.at(row);
        auto* name = cell(v.name);
        name->setData(kIdRole, v.id);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Contact, cell(v.phone));
        m_table->setItem(row, Skills, cell(v.skills));
        const QStringList trainings = v.trainings.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        auto* trained = cell(trainings.join(QStringLiteral("; ")));
        trained->setToolTip(v.trainings);
        m_table->setItem(row, Trainings, trained);
        auto* h = cell(hoursText(hours.value(v.id)));
        h->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Hours, h);
        if (v.id == current)
            select = row;
    }
    m_table->resizeColumnToContents(Name);
    m_table->resizeColumnToContents(Contact);
    m_table->resizeColumnToContents(Hours);
    if (select < 0 && !volunteers.isEmpty())
        select = 0;
    m_table->selectRow(select);
    m_edit->setEnabled(select >= 0);
    m_remove->setEnabled(select >= 0);
    showServices();
}

void VolunteerRosterPage::showServices()
{
    const int row = m_table->currentRow();
    const QString id = volunteerAt(row);
    m_edit->setEnabled(!id.isEmpty());
    m_remove->setEnabled(!id.isEmpty());
    const QList<VolunteerService> services =
        id.isEmpty() ? QList<VolunteerService>() : VolunteerHours(m_db).services(id);
    m_servicesLabel->setText(id.isEmpty() ? tr("Services the volunteer took part in")
                                          : tr("Services %1 took part in: %n", nullptr, int(services.size()))
                                                .arg(m_table->item(row, Name)->text()));
    QHash<QString, QString> projects;
    for (const ServiceProject& p : ServiceProjectRepository(m_db).all())
        projects.insert(p.id, p.name);
    m_services->setRowCount(int(services.size()));
    for (int r = 0; r < services.size(); ++r) {
        const VolunteerService& s = services.at(r);
        m_services->setItem(r, 0, cell(s.servedOn.toString(Qt::ISODate)));
        m_services->setItem(r, 1,
                            cell(tr("%1 · %n household(s)", nullptr, s.households)
                                     .arg(CodeList::serviceMethods().label(s.method))));
        m_services->setItem(r, 2, cell(tr("%1 h").arg(hoursText(s.durationMin / 60.0))));
        m_services->setItem(r, 3, cell(projects.value(s.projectId)));
        m_services->setItem(r, 4, cell(s.activity));
    }
    m_services->resizeColumnsToContents();
    m_services->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
}

void VolunteerRosterPage::addVolunteer()
{
    VolunteerDialog dialog(m_db, m_session, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void VolunteerRosterPage::editVolunteer()
{
    const std::optional<Volunteer> v = VolunteerRepository(m_db).load(volunteerAt(m_table->currentRow()));
    if (!v)
        return;
    VolunteerDialog dialog(m_db, m_session, *v, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void VolunteerRosterPage::removeVolunteer()
{
    const QString id = volunteerAt(m_table->currentRow());
    if (id.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove volunteer"),
                              tr("Remove %1 from the station's roster? The services they took part in keep "
                                 "their hours.")
                                  .arg(m_table->item(m_table->currentRow(), Name)->text())) !=
        QMessageBox::Yes)
        return;
    if (Status s = VolunteerRepository(m_db, m_session).remove(id); !s)
        QMessageBox::warning(this, tr("Remove volunteer"), s.error().message);
    refresh();
}

void VolunteerRosterPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void VolunteerRosterPage::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Contact"), tr("Skills"), tr("Trainings attended"), tr("Hours")});
    m_services->setHorizontalHeaderLabels(
        {tr("Date"), tr("Method"), tr("Duration"), tr("Project"), tr("What was done")});
    m_add->setText(tr("&Add volunteer…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_readOnly->setText(tr("The station supervisor keeps the roster; you can link volunteers to your service "
                           "logs."));
}

} // namespace ff
