// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/ServiceSessionDialog.h"

#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/ServiceProjectRepository.h"
#include "core/records/VolunteerRepository.h"
#include "ui/casework/HouseholdPickerDialog.h"
#include "ui/widgets/CodeChoiceBox.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ff {

namespace {
std::function<void(HouseholdPickerDialog&)> s_pickerHook;
constexpr int kIdRole = Qt::UserRole;
constexpr int kRecordRole = Qt::UserRole + 1;

QString label(const char* field)
{
    return FieldLabels::formLabel(QStringLiteral("service_log"), QString::fromLatin1(field));
}
} // namespace

void ServiceSessionDialog::setPickerHook(std::function<void(HouseholdPickerDialog&)> hook)
{
    s_pickerHook = std::move(hook);
}

ServiceSessionDialog::ServiceSessionDialog(Database& db, const Session& signedIn,
                                           const ServiceSession& session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(signedIn), m_serviceSession(session),
      m_errors(new ErrorLabel(this)), m_date(new DateField(tr("(not set)"), this)),
      m_duration(new QSpinBox(this)),
      m_method(new CodeChoiceBox(CodeList::serviceMethods(), QString(), this)),
      m_category(new CodeChoiceBox(CodeList::serviceCategories(), tr("(choose)"), this)),
      m_caseworker(new QLineEdit(this)), m_activity(new QPlainTextEdit(this)),
      m_outcome(new QPlainTextEdit(this)), m_followUp(new DateField(tr("(none)"), this)),
      m_project(new QComboBox(this)), m_volunteers(new QListWidget(this)),
      m_households(new QTreeWidget(this)), m_removeHousehold(new QPushButton(tr("&Remove household"), this))
{
    setWindowTitle(session.sessionId.isEmpty() ? tr("New service log") : tr("Service log"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_duration->setObjectName(QStringLiteral("durationSpinBox"));
    m_method->setObjectName(QStringLiteral("methodComboBox"));
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    m_caseworker->setObjectName(QStringLiteral("caseworkerLineEdit"));
    m_activity->setObjectName(QStringLiteral("activityTextEdit"));
    m_outcome->setObjectName(QStringLiteral("outcomeTextEdit"));
    m_followUp->setObjectName(QStringLiteral("followUpDateEdit"));
    m_households->setObjectName(QStringLiteral("householdsTreeWidget"));
    m_project->setObjectName(QStringLiteral("projectComboBox"));
    m_volunteers->setObjectName(QStringLiteral("volunteersListWidget"));
    m_removeHousehold->setObjectName(QStringLiteral("removeHouseholdButton"));

    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_activity->setTabChangesFocus(true);
    m_outcome->setTabChangesFocus(true);
    m_activity->setPlaceholderText(tr("What was done, with whom, where"));
    m_outcome->setPlaceholderText(tr("What changed; what is still needed"));
    m_date->setValue(session.servedOn);
    m_duration->setValue(session.durationMin);
    m_method->setCode(session.method);
    m_category->setCode(session.category);
    m_caseworker->setText(session.caseworker.isEmpty() ? signedIn.author() : session.caseworker);
    m_activity->setPlainText(session.activity);
    m_outcome->setPlainText(session.outcome);
    m_followUp->setValue(session.followUpOn);
    // The station's projects and volunteers on this laptop; one the session names that is not here
    // is kept as it was.
    m_project->addItem(tr("(no project)"), QString());
    // The signed-in user's station's (the county's: every station's), as a pull brings them.
    const QString station = signedIn.role() == Role::County ? QString() : signedIn.actor().station;
    for (const ServiceProject& p : ServiceProjectRepository(db).all()) {
        if (station.isEmpty() || p.isCountyWide() || p.station == station)
            m_project->addItem(p.name, p.id);
    }
    if (!session.projectId.isEmpty() && m_project->findData(session.projectId) < 0)
        m_project->addItem(tr("(project not on this laptop)"), session.projectId);
    m_project->setCurrentIndex(std::max(0, m_project->findData(session.projectId)));
    for (const Volunteer& v : VolunteerRepository(db).all()) {
        if (!station.isEmpty() && v.station != station)
            continue;
        auto* item = new QListWidgetItem(v.skills.isEmpty() ? v.name : tr("%1 (%2)").arg(v.name, v.skills),
                                         m_volunteers);
        item->setData(kIdRole, v.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(session.volunteerIds.contains(v.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_volunteers->setMaximumHeight(110);

    auto* form = new QFormLayout;
    form->addRow(label("served_on"), m_date);
    form->addRow(label("duration_min"), m_duration);
    form->addRow(label("method"), m_method);
    form->addRow(label("category"), m_category);
    form->addRow(label("caseworker"), m_caseworker);
    form->addRow(label("activity"), m_activity);
    form->addRow(label("outcome"), m_outcome);
    form->addRow(label("follow_up_on"), m_followUp);
    form->addRow(label("project_id"), m_project);
    form->addRow(label("volunteer_ids"), m_volunteers);

    m_households->setHeaderLabels({tr("Household / members who took part")});
    m_households->header()->setVisible(false);
    m_households->setRootIsDecorated(true);
    auto* addButton = new QPushButton(tr("&Add households…"), this);
    addButton->setObjectName(QStringLiteral("addHouseholdsButton"));
    auto* householdButtons = new QHBoxLayout;
    householdButtons->addWidget(addButton);
    householdButtons->addWidget(m_removeHousehold);
    householdButtons->addStretch(1);
    QWidget::setTabOrder(addButton, m_removeHousehold); // as they read, left to right
    auto* householdBox = new QGroupBox(tr("Households and members"), this);
    auto* householdLayout = new QVBoxLayout(householdBox);
    auto* hint =
        new QLabel(tr("A group or community session is entered once: add every household that "
                      "took part; it appears in each household's file. Tick the members who took part."),
                   householdBox);
    hint->setWordWrap(true);
    householdLayout->addWidget(hint);
    householdLayout->addWidget(m_households, 1);
    householdLayout->addLayout(householdButtons);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addWidget(householdBox, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServiceSessionDialog::reject);
    connect(addButton, &QPushButton::clicked, this, &ServiceSessionDialog::addHouseholds);
    connect(m_removeHousehold, &QPushButton::clicked, this, &ServiceSessionDialog::removeHousehold);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (const ServiceSession::Participant& p : session.households)
        addHousehold(p.householdId, p.recordId, p.memberIds);
    resize(1000, 600);
}

QString ServiceSessionDialog::errorText() const { return m_errors->shownText(); }

void ServiceSessionDialog::addHousehold(const QString& householdId, const QString& recordId,
                                        const QStringList& memberIds)
{
    const auto file = HouseholdRepository(m_db, m_session).load(householdId);
    auto* item = new QTreeWidgetItem(m_households);
    item->setData(0, kIdRole, householdId);
    item->setData(0, kRecordRole, recordId);
    if (!file) {
        item->setText(0, tr("(household not on this laptop)"));
        return;
    }
    QString head;
    for (const QVariantMap& m : file->members) {
        if (m.value(QStringLiteral("relation")).toString() == QLatin1String("head"))
            head = m.value(QStringLiteral("name")).toString();
    }
    item->setText(0, QStringLiteral("%1 · %2 · %3")
                         .arg(file->household.value(QStringLiteral("village")).toString(), head,
                              file->household.value(QStringLiteral("household_no")).toString()));
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    for (const QVariantMap& m : file->members) {
        const QString id = m.value(QStringLiteral("id")).toString();
        auto* member = new QTreeWidgetItem(item);
        member->setText(0, m.value(QStringLiteral("name")).toString());
        member->setData(0, kIdRole, id);
        member->setFlags(member->flags() | Qt::ItemIsUserCheckable);
        member->setCheckState(0, memberIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    item->setExpanded(true);
}

void ServiceSessionDialog::addHouseholds()
{
    QStringList present;
    for (int i = 0; i < m_households->topLevelItemCount(); ++i)
        present << m_households->topLevelItem(i)->data(0, kIdRole).toString();
    HouseholdPickerDialog picker(m_db, present, this);
    const bool ok = s_pickerHook ? (s_pickerHook(picker), picker.result() == QDialog::Accepted)
                                 : picker.exec() == QDialog::Accepted;
    if (!ok)
        return;
    for (const QString& id : picker.chosen())
        addHousehold(id, {}, {});
    // Several households: this is group or community work, not casework.
    if (m_households->topLevelItemCount() > 1 && m_method->code() == QLatin1String("casework"))
        m_method->setCode(QStringLiteral("group"));
}

void ServiceSessionDialog::removeHousehold()
{
    QTreeWidgetItem* item = m_households->currentItem();
    if (!item)
        return;
    delete (item->parent() ? item->parent() : item);
}

ServiceSession ServiceSessionDialog::collect() const
{
    ServiceSession s = m_serviceSession;
    s.servedOn = m_date->value();
    s.durationMin = m_duration->value();
    s.method = m_method->code();
    s.category = m_category->code();
    s.caseworker = m_caseworker->text().trimmed();
    s.activity = m_activity->toPlainText().trimmed();
    s.outcome = m_outcome->toPlainText().trimmed();
    s.followUpOn = m_followUp->value();
    s.projectId = m_project->currentData().toString();
    QStringList volunteers;
    QStringList listed;
    for (int i = 0; i < m_volunteers->count(); ++i) {
        const QString id = m_volunteers->item(i)->data(kIdRole).toString();
        listed << id;
        if (m_volunteers->item(i)->checkState() == Qt::Checked)
            volunteers << id;
    }
    for (const QString& id : m_serviceSession.volunteerIds) {
        if (!listed.contains(id))
            volunteers << id;
    }
    s.volunteerIds = volunteers;
    s.households.clear();
    for (int i = 0; i < m_households->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_households->topLevelItem(i);
        ServiceSession::Participant p;
        p.householdId = item->data(0, kIdRole).toString();
        p.recordId = item->data(0, kRecordRole).toString();
        for (int m = 0; m < item->childCount(); ++m) {
            if (item->child(m)->checkState(0) == Qt::Checked)
                p.memberIds << item->child(m)->data(0, kIdRole).toString();
        }
        // Members of a household not on this laptop are kept as they were.
        if (item->childCount() == 0) {
            for (const ServiceSession::Participant& before : m_serviceSession.households) {
                if (before.householdId == p.householdId)
                    p.memberIds = before.memberIds;
            }
        }
        s.households.append(p);
    }
    return s;
}

void ServiceSessionDialog::accept()
{
    // A service log says who took part: each household on this laptop needs someone ticked.
    for (int i = 0; i < m_households->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_households->topLevelItem(i);
        bool anyone = item->childCount() == 0; // not on this laptop: its members are kept as they were
        for (int m = 0; m < item->childCount() && !anyone; ++m)
            anyone = item->child(m)->checkState(0) == Qt::Checked;
        if (!anyone) {
            m_errors->showError(tr("Nothing was saved: no one is ticked as taking part for %1. Tick the "
                                   "members who took part, or remove the household.")
                                    .arg(item->text(0)));
            m_households->setCurrentItem(const_cast<QTreeWidgetItem*>(item));
            return;
        }
    }
    ServiceSession s = collect();
    if (Status status = ServiceLogRepository(m_db, m_session).save(s); !status) {
        m_errors->showError(status.error().message);
        return;
    }
    m_serviceSession = s;
    m_errors->showError({});
    QDialog::accept();
}

} // namespace ff
