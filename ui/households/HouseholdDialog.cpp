// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/HouseholdDialog.h"

#include "core/db/Database.h"
#include "core/journal/ConflictReader.h"
#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/records/HouseholdRepository.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"
#include "ui/casework/PlanTab.h"
#include "ui/casework/ServiceLogTab.h"
#include "ui/casework/VisitsTab.h"
#include "ui/forms/AssessmentsTab.h"
#include "ui/forms/IdentifiedNeedsBox.h"
#include "ui/households/ConflictDialog.h"
#include "ui/households/HistoryDialog.h"
#include "ui/households/MemberDialog.h"
#include "ui/households/MemberTableModel.h"
#include "ui/households/ReferralTab.h"
#include "ui/households/RiskBanner.h"
#include "ui/households/RiskFlagTab.h"
#include "ui/households/StatusReviewTab.h"
#include "ui/widgets/CodeChecklist.h"
#include "ui/widgets/CodeChoiceBox.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ff {

namespace {
std::function<void(MemberDialog&)> s_memberDialogHook;

QString label(const char* field)
{
    return FieldLabels::formLabel(QStringLiteral("household"), QString::fromLatin1(field));
}

QStringList codes(const QVariantMap& m, const char* field)
{
    return m.value(QString::fromLatin1(field)).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
}
} // namespace

void HouseholdDialog::setMemberDialogHook(std::function<void(MemberDialog&)> hook)
{
    s_memberDialogHook = std::move(hook);
}

HouseholdDialog::HouseholdDialog(Database& db, const Session& session, const QString& householdId,
                                 QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_errors(new QLabel(this)),
      m_conflictBar(new QWidget(this)), m_conflictText(new QLabel(m_conflictBar)),
      m_tabs(new QTabWidget(this)), m_number(new QLineEdit(this)),
      m_status(new CodeChoiceBox(CodeList::assistanceStatus(), tr("(choose)"), this)),
      m_county(new QLineEdit(this)), m_township(new QLineEdit(this)), m_village(new QLineEdit(this)),
      m_address(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_housing(new CodeChoiceBox(CodeList::housing(), tr("(not recorded)"), this)),
      m_income(new QSpinBox(this)),
      m_relocated(
          new QCheckBox(FieldLabels::field(QStringLiteral("household"), QStringLiteral("relocated")), this)),
      m_caseworker(new QLineEdit(this)), m_station(new QLineEdit(this)), m_lastVisit(new QDateEdit(this)),
      m_causes(new CodeChecklist(CodeList::hardshipCauses(), 4, this)),
      m_sources(new CodeChecklist(CodeList::incomeSources(), 4, this)), m_notes(new QPlainTextEdit(this)),
      m_members(new MemberTableModel(this)), m_memberView(new QTableView(this)),
      m_historyButton(new QPushButton(tr("&History…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_riskBanner(new RiskBanner(db, this)), m_referralTab(new ReferralTab(db, session, this)),
      m_riskTab(new RiskFlagTab(db, session, this)), m_reviewTab(new StatusReviewTab(db, session, this))
{
    m_file.household.insert(QStringLiteral("id"), householdId);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("householdHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setObjectName(QStringLiteral("errorLabel"));
    m_number->setObjectName(QStringLiteral("householdNoLineEdit"));
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_county->setObjectName(QStringLiteral("countyLineEdit"));
    m_township->setObjectName(QStringLiteral("townshipLineEdit"));
    m_village->setObjectName(QStringLiteral("villageLineEdit"));
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    m_memberView->setObjectName(QStringLiteral("memberTableView"));
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_tabs->setObjectName(QStringLiteral("tabWidget"));

    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(
        QStringLiteral("QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0;"
                       " padding: 6px; font-weight: bold; }"));
    m_errors->hide();
    m_conflictBar->setObjectName(QStringLiteral("conflictBar"));
    m_conflictText->setObjectName(QStringLiteral("conflictLabel"));
    m_conflictBar->setAttribute(Qt::WA_StyledBackground);
    m_conflictBar->setStyleSheet(
        QStringLiteral("#conflictBar { background: #fff4e0; border: 1px solid #f0c48a; }"
                       " #conflictBar QLabel { color: #7a4100; }"));
    m_conflictText->setWordWrap(true);
    auto* resolveButton = new QPushButton(tr("Resolve conflicts…"), m_conflictBar);
    resolveButton->setObjectName(QStringLiteral("resolveConflictsButton"));
    auto* conflictLayout = new QHBoxLayout(m_conflictBar);
    conflictLayout->setContentsMargins(8, 4, 8, 4);
    conflictLayout->addWidget(m_conflictText, 1);
    conflictLayout->addWidget(resolveButton);
    m_conflictBar->hide();
    connect(resolveButton, &QPushButton::clicked, this, &HouseholdDialog::resolveConflicts);
    m_income->setRange(0, 10'000'000);
    m_income->setSingleStep(100);
    m_income->setGroupSeparatorShown(true);
    m_lastVisit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_lastVisit->setCalendarPopup(true);
    m_lastVisit->setMinimumDate(QDate(2000, 1, 1));
    m_lastVisit->setSpecialValueText(tr("(no visit yet)"));
    m_phone->setPlaceholderText(tr("e.g. 13812345678 or 0539-1234567"));
    m_notes->setPlaceholderText(tr("Anything the next caseworker should know about this household"));

    // Household tab: two columns of fields, then the multiple-choice groups.
    auto* left = new QFormLayout;
    left->addRow(label("household_no"), m_number);
    left->addRow(label("county"), m_county);
    left->addRow(label("township"), m_township);
    left->addRow(label("village"), m_village);
    left->addRow(label("address"), m_address);
    left->addRow(label("phone"), m_phone);
    auto* right = new QFormLayout;
    right->addRow(label("status"), m_status);
    right->addRow(label("housing"), m_housing);
    right->addRow(label("annual_income"), m_income);
    right->addRow(label("caseworker"), m_caseworker);
    right->addRow(label("station"), m_station);
    right->addRow(label("last_visit"), m_lastVisit);
    right->addRow(QString(), m_relocated);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);

    auto group = [this](const char* field, QWidget* content) {
        auto* box =
            new QGroupBox(FieldLabels::field(QStringLiteral("household"), QString::fromLatin1(field)), this);
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(8, 4, 8, 4);
        l->addWidget(content);
        return box;
    };
    auto* householdPage = new QWidget(this);
    auto* householdLayout = new QVBoxLayout(householdPage);
    householdLayout->addLayout(columns);
    householdLayout->addWidget(group("hardship_causes", m_causes));
    householdLayout->addWidget(group("income_sources", m_sources));
    auto* needsBox = new IdentifiedNeedsBox(db, session, householdId, this);
    householdLayout->addWidget(needsBox);
    householdLayout->addStretch(1);

    // Members tab.
    m_memberView->setModel(m_members);
    m_memberView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_memberView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberView->verticalHeader()->setVisible(false);
    m_memberView->horizontalHeader()->setStretchLastSection(true);
    m_memberView->setWordWrap(false);
    m_memberView->setAlternatingRowColors(true);
    const QFontMetrics fm = m_memberView->fontMetrics();
    const QString samples[] = {QStringLiteral("欧阳小明明"), QStringLiteral("Granddaughter"),
                               QStringLiteral("Female"), QStringLiteral("2026-05-31"),
                               QStringLiteral("37132119381119887X")};
    for (int c = 0; c < 5; ++c) {
        const int header =
            fm.horizontalAdvance(m_members->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        m_memberView->setColumnWidth(c, std::max(fm.horizontalAdvance(samples[c]), header + 20) + 16);
    }
    auto* addButton = new QPushButton(tr("&Add member…"), this);
    auto* editButton = new QPushButton(tr("&Edit member…"), this);
    auto* removeButton = new QPushButton(tr("&Remove member"), this);
    addButton->setObjectName(QStringLiteral("addMemberButton"));
    editButton->setObjectName(QStringLiteral("editMemberButton"));
    removeButton->setObjectName(QStringLiteral("removeMemberButton"));
    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(addButton);
    memberButtons->addWidget(editButton);
    memberButtons->addWidget(removeButton);
    memberButtons->addStretch(1);
    auto* membersPage = new QWidget(this);
    auto* membersLayout = new QVBoxLayout(membersPage);
    membersLayout->addWidget(m_memberView, 1);
    membersLayout->addLayout(memberButtons);

    auto* notesPage = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesPage);
    notesLayout->addWidget(m_notes);

    m_tabs->addTab(householdPage, tr("Household"));
    m_tabs->addTab(membersPage, tr("Members"));
    m_tabs->addTab(notesPage, tr("Notes"));
    auto* assessments = new AssessmentsTab(db, session, householdId, this);
    m_tabs->addTab(assessments, tr("Assessments"));
    connect(assessments, &AssessmentsTab::assessmentsChanged, needsBox, &IdentifiedNeedsBox::reload);
    addServiceTabs();
    addCaseworkTabs();
    // The needs box counts each need's actions: it follows the plan.
    if (auto* plan = findChild<PlanTab*>())
        connect(plan, &PlanTab::overdueChanged, needsBox, &IdentifiedNeedsBox::reload);

    m_buttons->addButton(m_historyButton, QDialogButtonBox::ResetRole);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_riskBanner);
    layout->addWidget(m_errors);
    layout->addWidget(m_conflictBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &HouseholdDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HouseholdDialog::reject);
    connect(m_historyButton, &QPushButton::clicked, this, &HouseholdDialog::showHistory);
    connect(addButton, &QPushButton::clicked, this, &HouseholdDialog::addMember);
    connect(editButton, &QPushButton::clicked, this, &HouseholdDialog::editMember);
    connect(removeButton, &QPushButton::clicked, this, &HouseholdDialog::removeMember);
    connect(m_memberView, &QTableView::activated, this, &HouseholdDialog::editMember);
    auto updateMembersTab = [this] { m_tabs->setTabText(1, tr("Members (%1)").arg(m_members->rowCount())); };
    connect(m_members, &QAbstractItemModel::rowsInserted, this, updateMembersTab);
    connect(m_members, &QAbstractItemModel::rowsRemoved, this, updateMembersTab);
    connect(m_members, &QAbstractItemModel::modelReset, this, updateMembersTab);

    load();
    updateMembersTab();
    resize(1040, 640);
}

void HouseholdDialog::addServiceTabs()
{
    const QString id = householdId();
    if (id.isEmpty()) {
        for (const QString& title : {tr("Plan"), tr("Service logs"), tr("Visits")}) {
            const int i = m_tabs->addTab(new QWidget(this), title);
            m_tabs->setTabEnabled(i, false);
            m_tabs->setTabToolTip(i, tr("Save the new household first."));
        }
        return;
    }
    auto* plan = new PlanTab(m_db, m_session, id, this);
    const int planIndex = m_tabs->addTab(plan, tr("Plan"));
    auto* services = new ServiceLogTab(m_db, m_session, id, this);
    const int servicesIndex = m_tabs->addTab(services, tr("Service logs"));
    auto* visits = new VisitsTab(m_db, m_session, id, this);
    m_tabs->addTab(visits, tr("Visits"));
    // A tab with something overdue says how much, in red, with a warning icon.
    auto markOverdue = [this](int index, const QString& text, int overdue) {
        m_tabs->setTabText(index, text);
        m_tabs->tabBar()->setTabTextColor(index, overdue > 0 ? QColor(0xb0, 0x00, 0x20) : QColor());
        m_tabs->setTabIcon(index,
                           overdue > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    };
    auto markPlan = [markOverdue, planIndex](int overdue) {
        markOverdue(planIndex, overdue > 0 ? tr("Plan (%n overdue)", nullptr, overdue) : tr("Plan"), overdue);
    };
    auto markServices = [markOverdue, servicesIndex](int overdue) {
        markOverdue(servicesIndex,
                    overdue > 0 ? tr("Service logs (%n overdue)", nullptr, overdue) : tr("Service logs"),
                    overdue);
    };
    connect(plan, &PlanTab::overdueChanged, this, markPlan);
    connect(services, &ServiceLogTab::overdueChanged, this, markServices);
    markPlan(plan->overdueCount());
    markServices(services->overdueCount());
    // A visit saved the household's new last-visit date: show it, and do not count it as an unsaved edit.
    connect(visits, &VisitsTab::lastVisitChanged, this, [this](QDate date) {
        const QString iso = date.isValid() ? date.toString(Qt::ISODate) : QString();
        m_lastVisit->setDate(date.isValid() ? date : m_lastVisit->minimumDate());
        m_file.household.insert(QStringLiteral("last_visit"), iso);
        m_loaded.household.insert(QStringLiteral("last_visit"), iso);
    });
}

void HouseholdDialog::load()
{
    const QString id = householdId();
    if (!id.isEmpty()) {
        HouseholdRepository repo(m_db, m_session);
        if (auto file = repo.load(id))
            m_file = *file;
    } else {
        // A new household is filed by the person at the laptop, usually in the same place as the
        // last one they entered (or, on a new laptop, the last one there): start from there.
        const QVariantMap place = HouseholdRepository(m_db).lastPlace(m_session.author());
        for (auto it = place.cbegin(); it != place.cend(); ++it)
            m_file.household.insert(it.key(), it.value());
        m_file.household.insert(QStringLiteral("caseworker"), m_session.author());
    }
    const QVariantMap& h = m_file.household;
    auto text = [&](const char* field) { return h.value(QString::fromLatin1(field)).toString(); };
    const QString head = [&] {
        for (const QVariantMap& m : std::as_const(m_file.members)) {
            if (m.value(QStringLiteral("relation")).toString() == QStringLiteral("head"))
                return m.value(QStringLiteral("name")).toString();
        }
        return QString();
    }();
    setWindowTitle(id.isEmpty() ? tr("New household file")
                                : tr("Household file: %1 %2").arg(text("household_no"), head));
    m_historyButton->setEnabled(!id.isEmpty());
    // The status of a household on file is decided above the caseworker (a status review).
    if (!id.isEmpty() &&
        !Authority::mayChange(m_session.role(), *RecordTypes::find(QStringLiteral("household")),
                              QStringLiteral("status"))) {
        m_status->setEnabled(false);
        m_status->setToolTip(tr("A change of assistance status is proposed in the Status review tab and "
                                "decided by the station supervisor or the county."));
    }
    // On a household on file the last visit follows the visits recorded (tab Visits), so the
    // due-visits view cannot be silenced by typing a date.
    m_lastVisit->setReadOnly(!id.isEmpty());
    m_lastVisit->setButtonSymbols(id.isEmpty() ? QAbstractSpinBox::UpDownArrows
                                               : QAbstractSpinBox::NoButtons);
    m_lastVisit->setCalendarPopup(id.isEmpty());
    m_lastVisit->setToolTip(id.isEmpty() ? QString() : tr("Set by the visits recorded in the Visits tab."));

    m_number->setText(text("household_no"));
    m_status->setCode(text("status"));
    m_county->setText(text("county"));
    m_township->setText(text("township"));
    m_village->setText(text("village"));
    m_address->setText(text("address"));
    m_phone->setText(text("phone"));
    m_housing->setCode(text("housing"));
    m_income->setValue(int(h.value(QStringLiteral("annual_income")).toDouble()));
    m_relocated->setChecked(h.value(QStringLiteral("relocated")).toBool());
    m_caseworker->setText(text("caseworker"));
    m_station->setText(text("station"));
    const QDate visit = QDate::fromString(text("last_visit"), Qt::ISODate);
    m_lastVisit->setDate(visit.isValid() ? visit : m_lastVisit->minimumDate());
    m_causes->setCodes(codes(h, "hardship_causes"));
    m_sources->setCodes(codes(h, "income_sources"));
    m_notes->setPlainText(text("notes"));
    m_members->setMembers(m_file.members);
    m_loaded = collect();
    if (id.isEmpty()) {
        m_header->hide();
    } else {
        // "王秀英 · 东山村 · 低保 · 4 人 · 户编号 …": the saved file, whichever tab is open.
        QStringList parts;
        parts << (head.isEmpty() ? tr("(no head of household)") : head);
        parts << QStringList({text("township"), text("village")}).join(QString()).trimmed();
        parts << m_status->currentText();
        parts << tr("%n member(s)", nullptr, int(m_file.members.size()));
        parts.removeAll(QString());
        const QString who = parts.takeFirst();
        m_header->setText(QStringLiteral("<span style=\"font-size:large; font-weight:bold\">%1</span>"
                                         " &nbsp;%2 &nbsp;<span style=\"color:#616161\">%3</span>")
                              .arg(who.toHtmlEscaped(), parts.join(QStringLiteral(" · ")).toHtmlEscaped(),
                                   tr("Household no. %1").arg(text("household_no")).toHtmlEscaped()));
        m_header->show();
    }
    m_referralTab->setHousehold(id);
    m_riskTab->setHousehold(id);
    m_reviewTab->setHousehold(id);
    updateCaseworkTabs();
    // Not an error: a notice that two people's values wait for a choice, naming the fields.
    const QList<FieldConflict> conflicts =
        id.isEmpty() ? QList<FieldConflict>() : ConflictReader(m_db).forHousehold(id);
    QStringList fields;
    for (const FieldConflict& c : conflicts) {
        QString name = FieldLabels::field(c.entity, c.field);
        if (c.entity != QStringLiteral("household"))
            name = FieldLabels::entity(c.entity) + QStringLiteral(" · ") + name;
        if (!fields.contains(name))
            fields.append(name);
    }
    m_conflictText->setText(
        tr("In conflict: %1. Two people entered different values; the value shown is one of them, "
           "nothing is lost.")
            .arg(fields.join(QCoreApplication::translate("Codes", ", ", "list separator"))));
    m_conflictBar->setVisible(!conflicts.isEmpty());
}

void HouseholdDialog::resolveConflicts()
{
    const QString id = householdId();
    if (id.isEmpty())
        return;
    const HouseholdFile now = collect();
    if (now.household != m_loaded.household || now.members != m_loaded.members) {
        QMessageBox::information(this, tr("Resolve conflicts"),
                                 tr("Save or discard your changes to this file first, then resolve the "
                                    "conflicts."));
        return;
    }
    ConflictDialog dialog(m_db, m_session, id, this);
    dialog.exec();
    load();
}

void HouseholdDialog::addCaseworkTabs()
{
    m_tabs->addTab(m_referralTab, tr("Referrals"));
    m_tabs->addTab(m_riskTab, tr("Risk flags"));
    m_tabs->addTab(m_reviewTab, tr("Status review"));
    const auto changed = [this] {
        m_recordsChanged = true;
        updateCaseworkTabs();
    };
    // A mandatory report sent as a referral is also the report of the child-protection flag.
    connect(m_referralTab, &ReferralTab::changed, this, [this, changed] {
        m_riskTab->setHousehold(householdId());
        changed();
    });
    connect(m_riskTab, &RiskFlagTab::changed, this, changed);
    connect(m_reviewTab, &StatusReviewTab::changed, this, [this, changed] {
        // An approval changed the household's status: show it, and do not count it as an unsaved edit.
        if (auto file = HouseholdRepository(m_db, m_session).load(householdId())) {
            const QVariant status = file->household.value(QStringLiteral("status"));
            m_file.household.insert(QStringLiteral("status"), status);
            m_loaded.household.insert(QStringLiteral("status"), status);
            m_status->setCode(status.toString());
        }
        changed();
    });
}

void HouseholdDialog::updateCaseworkTabs()
{
    m_riskBanner->refresh(householdId());
    const int overdue = m_referralTab->overdueCount();
    m_tabs->setTabText(m_tabs->indexOf(m_referralTab),
                       overdue > 0 ? tr("Referrals (%n overdue)", nullptr, overdue) : tr("Referrals"));
    m_tabs->setTabText(m_tabs->indexOf(m_riskTab),
                       m_riskBanner->isHidden() ? tr("Risk flags") : tr("Risk flags ⚠"));
}

QStringList HouseholdDialog::unrecordedText() const
{
    // The referral, risk flag and status review tabs record what is typed with their own buttons;
    // text typed there and not recorded yet would go with the window.
    QStringList tabs;
    auto* pages = findChild<QTabWidget*>(QStringLiteral("tabWidget"));
    for (QWidget* tab :
         {static_cast<QWidget*>(findChild<ReferralTab*>()), static_cast<QWidget*>(findChild<RiskFlagTab*>()),
          static_cast<QWidget*>(findChild<StatusReviewTab*>())}) {
        if (!tab)
            continue;
        bool typed = false;
        for (const QLineEdit* e : tab->findChildren<QLineEdit*>()) {
            // Date and list boxes have a line edit inside: their text is not something typed.
            const QWidget* owner = e->parentWidget();
            if (qobject_cast<const QAbstractSpinBox*>(owner) || qobject_cast<const QComboBox*>(owner))
                continue;
            typed = typed || (e->isEnabled() && !e->isReadOnly() && !e->text().trimmed().isEmpty());
        }
        for (const QPlainTextEdit* e : tab->findChildren<QPlainTextEdit*>())
            typed = typed || (e->isEnabled() && !e->isReadOnly() && !e->toPlainText().trimmed().isEmpty());
        if (typed && pages)
            tabs << pages->tabText(pages->indexOf(tab)).remove(QLatin1Char('&'));
    }
    return tabs;
}

void HouseholdDialog::reject()
{
    if (const QStringList tabs = unrecordedText(); !tabs.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Text not recorded"),
            tr("Text typed on %1 has not been recorded yet (each is recorded with its own button there). "
               "Close the file and lose it?")
                .arg(tabs.join(tr(", "))),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    const HouseholdFile now = collect();
    if (now.household != m_loaded.household || now.members != m_loaded.members) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved changes"),
                                  tr("This household file has changes that are not saved. Discard them?"),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void HouseholdDialog::markInvalid(const QList<ValidationIssue>& issues)
{
    const QHash<QString, QWidget*> widgets = {
        {QStringLiteral("household_no"), m_number},  {QStringLiteral("status"), m_status},
        {QStringLiteral("county"), m_county},        {QStringLiteral("township"), m_township},
        {QStringLiteral("village"), m_village},      {QStringLiteral("phone"), m_phone},
        {QStringLiteral("annual_income"), m_income}, {QStringLiteral("last_visit"), m_lastVisit},
        {QStringLiteral("members"), m_memberView}};
    for (QWidget* w : widgets)
        w->setStyleSheet(QString());
    m_memberView->setStyleSheet(QString());
    for (const ValidationIssue& issue : issues) {
        QWidget* w = issue.member >= 0 ? m_memberView : widgets.value(issue.field);
        if (w)
            w->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
    }
}

HouseholdFile HouseholdDialog::collect() const
{
    HouseholdFile f = m_file;
    QVariantMap& h = f.household;
    h.insert(QStringLiteral("household_no"), m_number->text().trimmed());
    h.insert(QStringLiteral("status"), m_status->code());
    h.insert(QStringLiteral("county"), m_county->text().trimmed());
    h.insert(QStringLiteral("township"), m_township->text().trimmed());
    h.insert(QStringLiteral("village"), m_village->text().trimmed());
    h.insert(QStringLiteral("address"), m_address->text().trimmed());
    h.insert(QStringLiteral("phone"), m_phone->text().trimmed());
    h.insert(QStringLiteral("housing"), m_housing->code());
    h.insert(QStringLiteral("annual_income"), m_income->value());
    h.insert(QStringLiteral("relocated"), m_relocated->isChecked());
    h.insert(QStringLiteral("caseworker"), m_caseworker->text().trimmed());
    h.insert(QStringLiteral("station"), m_station->text().trimmed());
    h.insert(QStringLiteral("last_visit"), m_lastVisit->date() == m_lastVisit->minimumDate()
                                               ? QString()
                                               : m_lastVisit->date().toString(Qt::ISODate));
    h.insert(QStringLiteral("hardship_causes"), m_causes->codes());
    h.insert(QStringLiteral("income_sources"), m_sources->codes());
    h.insert(QStringLiteral("notes"), m_notes->toPlainText().trimmed());
    f.members = m_members->members();
    return f;
}

QString HouseholdDialog::errorText() const { return m_errors->isHidden() ? QString() : m_errors->text(); }

void HouseholdDialog::save()
{
    HouseholdFile file = collect();
    HouseholdRepository repo(m_db, m_session);
    QList<ValidationIssue> issues;
    const Status status = repo.save(file, &issues);
    markInvalid(issues);
    if (!status) {
        m_errors->setStyleSheet(
            QStringLiteral("QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0;"
                           " padding: 6px; font-weight: bold; }"));
        m_errors->setText(status.error().message);
        m_errors->show();
        // Show the page where the first problem is.
        if (!issues.isEmpty())
            m_tabs->setCurrentIndex(
                issues.first().member >= 0 || issues.first().field == QStringLiteral("members") ? 1 : 0);
        if (!status.error().detail.isEmpty())
            qWarning("Saving the household failed: %s", qUtf8Printable(status.error().detail));
        return;
    }
    m_errors->hide();
    m_file = file;
    m_loaded = collect();
    accept();
}

bool HouseholdDialog::runMemberDialog(MemberDialog& dialog)
{
    if (s_memberDialogHook) {
        s_memberDialogHook(dialog);
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

void HouseholdDialog::addMember()
{
    QVariantMap fresh;
    if (m_members->rowCount() == 0)
        fresh.insert(QStringLiteral("relation"), QStringLiteral("head"));
    MemberDialog dialog(fresh, m_session.today(), this);
    if (runMemberDialog(dialog)) {
        m_members->append(dialog.member());
        m_memberView->selectRow(m_members->rowCount() - 1);
    }
}

void HouseholdDialog::editMember()
{
    const int row = m_memberView->currentIndex().row();
    if (row < 0)
        return;
    MemberDialog dialog(m_members->members().at(row), m_session.today(), this);
    if (runMemberDialog(dialog))
        m_members->replace(row, dialog.member());
}

void HouseholdDialog::removeMember()
{
    const int row = m_memberView->currentIndex().row();
    if (row < 0)
        return;
    const QString name = m_members->members().at(row).value(QStringLiteral("name")).toString();
    const auto answer = QMessageBox::question(this, tr("Remove member"),
                                              tr("Remove %1 from this household? The removal is kept in the "
                                                 "history and takes effect when you save.")
                                                  .arg(name));
    if (answer == QMessageBox::Yes)
        m_members->remove(row);
}

void HouseholdDialog::showHistory()
{
    HistoryDialog dialog(m_db, householdId(), windowTitle(), this);
    dialog.exec();
}

} // namespace ff
