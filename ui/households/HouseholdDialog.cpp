// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/HouseholdDialog.h"

#include "core/journal/ConflictReader.h"
#include "core/model/FieldLabels.h"
#include "core/model/ResidentId.h"
#include "core/records/DuplicateFinder.h"
#include "core/records/HouseholdRepository.h"
#include "ui/casework/PlanTab.h"
#include "ui/casework/ServiceLogTab.h"
#include "ui/casework/VisitsTab.h"
#include "ui/forms/AssessmentsTab.h"
#include "ui/forms/IdentifiedNeedsBox.h"
#include "ui/households/AttachmentsTab.h"
#include "ui/households/CaseNotesTab.h"
#include "ui/households/ConflictDialog.h"
#include "ui/households/HistoryDialog.h"
#include "ui/households/HouseholdForm.h"
#include "ui/households/MembersPage.h"
#include "ui/households/ReferralTab.h"
#include "ui/households/RiskBanner.h"
#include "ui/households/RiskFlagTab.h"
#include "ui/households/StatusReviewTab.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ff {

namespace {
template <typename Tab>
RecordTab* make(Database& db, const Session& session, QWidget* parent)
{
    return new Tab(db, session, parent);
}
} // namespace

QList<HouseholdDialog::TabFactory> HouseholdDialog::registerTabs()
{
    return {make<CaseNotesTab>, make<AttachmentsTab>, make<AssessmentsTab>,
            make<PlanTab>,      make<ServiceLogTab>,  make<VisitsTab>,
            make<ReferralTab>,  make<RiskFlagTab>,    make<StatusReviewTab>};
}

bool HouseholdDialog::showRecordsOf(const QString& recordType)
{
    // Records shown on the tab of another kind: a plan's goals with its actions, an assessment's
    // answers with the assessment.
    QString shown = recordType;
    if (shown == QLatin1String("plan_goal"))
        shown = QStringLiteral("plan_action");
    else if (shown == QLatin1String("answer"))
        shown = QStringLiteral("assessment");
    for (RecordTab* tab : std::as_const(m_recordTabs)) {
        if (tab->recordType().name == shown && tab->isEnabled()) {
            m_tabs->setCurrentWidget(tab);
            return true;
        }
    }
    return false;
}

QWidget* HouseholdDialog::currentTab() const { return m_tabs->currentWidget(); }

void HouseholdDialog::setMemberDialogHook(std::function<void(MemberDialog&)> hook)
{
    MembersPage::setMemberDialogHook(std::move(hook));
}

HouseholdDialog::HouseholdDialog(Database& db, const Session& session, const QString& householdId,
                                 QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_header(new QLabel(this)), m_errors(new QLabel(this)),
      m_conflictBar(new QWidget(this)), m_conflictText(new QLabel(m_conflictBar)),
      m_tabs(new QTabWidget(this)), m_form(new HouseholdForm(db, session, householdId, this)),
      m_members(new MembersPage(session, this)), m_historyButton(new QPushButton(tr("&History…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_riskBanner(new RiskBanner(db, this))
{
    m_file.household.insert(QStringLiteral("id"), householdId);
    m_header->setObjectName(QStringLiteral("householdHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setObjectName(QStringLiteral("errorLabel"));
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_tabs->setObjectName(QStringLiteral("tabWidget"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(
        QStringLiteral("QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0;"
                       " padding: 6px; font-weight: bold; }"));
    m_errors->hide();
    setUpConflictBar();

    m_tabs->addTab(m_form, tr("Household"));
    m_tabs->addTab(m_members, tr("Members"));
    // Every kind of record alike: its tab, its label, and what a saved record changes elsewhere.
    for (const TabFactory& make : registerTabs()) {
        RecordTab* tab = make(db, session, this);
        m_recordTabs.append(tab);
        m_tabs->addTab(tab, tab->title());
        connect(tab, &RecordTab::changed, this, [this, tab] { recordSaved(tab); });
        connect(tab, &RecordTab::attentionChanged, this, [this, tab] { showLabel(tab); });
    }

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
    const auto updateMembersTab = [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_members), tr("Members (%1)").arg(count));
        updateHeader(); // its member count follows members added or removed before saving
    };
    connect(m_members, &MembersPage::countChanged, this, updateMembersTab);

    // Tab moves on from every text box of the file (notes, risk descriptions, review reasons) as
    // from a line: a caseworker filling the file in by keyboard never types a tab character.
    for (QPlainTextEdit* text : findChildren<QPlainTextEdit*>())
        text->setTabChangesFocus(true);

    load();
    updateMembersTab(int(m_file.members.size()));
    resize(1180, 640); // every tab in sight on a 1366 px screen, in Chinese as in English
}

void HouseholdDialog::setUpConflictBar()
{
    QWidget* bar = m_conflictBar;
    bar->setObjectName(QStringLiteral("conflictBar"));
    m_conflictText->setObjectName(QStringLiteral("conflictLabel"));
    bar->setAttribute(Qt::WA_StyledBackground);
    bar->setStyleSheet(QStringLiteral("#conflictBar { background: #fff4e0; border: 1px solid #f0c48a; }"
                                      " #conflictBar QLabel { color: #7a4100; }"));
    m_conflictText->setWordWrap(true);
    auto* resolveButton = new QPushButton(tr("Resolve conflicts…"), bar);
    resolveButton->setObjectName(QStringLiteral("resolveConflictsButton"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_conflictText, 1);
    layout->addWidget(resolveButton);
    bar->hide();
    connect(resolveButton, &QPushButton::clicked, this, &HouseholdDialog::resolveConflicts);
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
    m_historyButton->setEnabled(!id.isEmpty());
    m_form->setValues(m_file.household, !id.isEmpty());
    m_members->setMembers(m_file.members);
    m_loaded = collect();
    updateHeader();
    showRecords();
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

void HouseholdDialog::updateHeader()
{
    const QString id = householdId();
    const auto text = [this](const char* field) {
        return m_file.household.value(QString::fromLatin1(field)).toString();
    };
    const QString head = [this] {
        for (const QVariantMap& m : std::as_const(m_file.members)) {
            if (m.value(QStringLiteral("relation")).toString() == QStringLiteral("head"))
                return m.value(QStringLiteral("name")).toString();
        }
        return QString();
    }();
    setWindowTitle(id.isEmpty() ? tr("New household file")
                                : tr("Household file: %1 %2").arg(text("household_no"), head));
    if (id.isEmpty()) {
        m_header->hide();
        return;
    }
    // "王秀英 · 东山村 · 低保 · 4 人 · 户编号 …": the saved file, whichever tab is open; the
    // member count as the Members tab holds it now.
    QStringList parts;
    parts << (head.isEmpty() ? tr("(no head of household)") : head);
    parts << QStringList({text("township"), text("village")}).join(QString()).trimmed();
    parts << m_form->statusText();
    parts << tr("%n member(s)", nullptr, int(m_members->members().size()));
    parts.removeAll(QString());
    const QString who = parts.takeFirst();
    m_header->setText(QStringLiteral("<span style=\"font-size:large; font-weight:bold\">%1</span>"
                                     " &nbsp;%2 &nbsp;<span style=\"color:#616161\">%3</span>")
                          .arg(who.toHtmlEscaped(), parts.join(QStringLiteral(" · ")).toHtmlEscaped(),
                               tr("Household no. %1").arg(text("household_no")).toHtmlEscaped()));
    m_header->show();
}

void HouseholdDialog::showRecords()
{
    const QString id = householdId();
    for (RecordTab* tab : std::as_const(m_recordTabs)) {
        tab->setHousehold(id);
        showLabel(tab);
    }
    m_riskBanner->refresh(id);
}

void HouseholdDialog::showLabel(RecordTab* tab)
{
    // A tab with something needing attention says how much, in red, with a warning icon; a tab of a
    // household not saved yet cannot be opened, and says why.
    const int i = m_tabs->indexOf(tab);
    const bool attention = tab->attentionCount() > 0;
    m_tabs->setTabText(i, tab->tabLabel());
    m_tabs->tabBar()->setTabTextColor(i, attention ? QColor(0xb0, 0x00, 0x20) : QColor());
    m_tabs->setTabIcon(i, attention ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabEnabled(i, !tab->householdId().isEmpty());
    m_tabs->setTabToolTip(i, tab->toolTip());
}

void HouseholdDialog::recordSaved(RecordTab* source)
{
    m_recordsChanged = true;
    const QString id = householdId();
    // A record may show on another tab too (a mandatory report sent as a referral is the report of
    // the child-protection flag), in the banner, and in the needs' actions.
    for (RecordTab* tab : std::as_const(m_recordTabs)) {
        if (tab != source)
            tab->reload();
        showLabel(tab); // a label may count the records ("Notes (3)")
    }
    m_riskBanner->refresh(id);
    m_form->needs()->reload();
    // Records change some of the household's own values (a status review's decision, a visit's
    // date): show what is stored, unless it was changed here, and not as an unsaved edit.
    const auto stored = HouseholdRepository(m_db, m_session).load(id);
    if (!stored)
        return;
    const QVariantMap now = m_form->values(m_file.household);
    for (auto it = stored->household.cbegin(); it != stored->household.cend(); ++it) {
        const QString& field = it.key();
        if (it.value() == m_file.household.value(field) ||
            now.value(field) != m_loaded.household.value(field))
            continue;
        m_file.household.insert(field, it.value());
        m_form->setValue(field, it.value());
        m_loaded.household.insert(field, m_form->values(m_file.household).value(field));
    }
    updateHeader();
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

QStringList HouseholdDialog::unrecordedText() const
{
    // The record tabs record what is typed with their own buttons; text typed there and not
    // recorded yet would go with the window.
    QStringList tabs;
    for (const RecordTab* tab : m_recordTabs) {
        if (tab->hasUnrecordedText())
            tabs << tab->title();
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

HouseholdFile HouseholdDialog::collect() const
{
    HouseholdFile f = m_file;
    f.household = m_form->values(f.household);
    f.members = m_members->members();
    return f;
}

QString HouseholdDialog::errorText() const { return m_errors->isHidden() ? QString() : m_errors->text(); }

MemberTableModel* HouseholdDialog::members() const { return m_members->model(); }

bool HouseholdDialog::warnOfDuplicates(const HouseholdFile& file)
{
    // What is new here: the whole household when it is new; else the members added, or whose
    // name, birth date or ID number changed, and a changed phone number.
    const bool isNew = householdId().isEmpty();
    HouseholdFile asked = file;
    if (!isNew) {
        asked.members.clear();
        for (const QVariantMap& member : file.members) {
            const QString id = member.value(QStringLiteral("id")).toString();
            const auto was =
                std::find_if(m_loaded.members.cbegin(), m_loaded.members.cend(),
                             [&id](const QVariantMap& m) { return m.value(QStringLiteral("id")) == id; });
            // Compared as they mean, not as stored: an empty date may come back as "" or null, an
            // ID number typed again in another form is the same number.
            const auto text = [](const QVariantMap& m, const char* field) {
                return m.value(QLatin1String(field)).toString().trimmed();
            };
            const bool changed = was == m_loaded.members.cend() ||
                                 text(*was, "name") != text(member, "name") ||
                                 was->value(QStringLiteral("birth_date")).toDate() !=
                                     member.value(QStringLiteral("birth_date")).toDate() ||
                                 ResidentId::normalize(text(*was, "id_number")) !=
                                     ResidentId::normalize(text(member, "id_number"));
            if (id.isEmpty() || changed)
                asked.members.append(member);
        }
    }
    const bool phoneChanged = isNew || file.household.value(QStringLiteral("phone")) !=
                                           m_loaded.household.value(QStringLiteral("phone"));
    QStringList lines;
    for (const DuplicateCandidate& c : DuplicateFinder(m_db).candidates(asked, householdId(), phoneChanged))
        lines.append(c.describe());
    if (lines.isEmpty() || lines == m_duplicatesShown) {
        m_duplicatesShown = lines;
        return false; // nothing alike, or the caseworker has seen these and saves again
    }
    m_duplicatesShown = lines;
    constexpr int kShown = 4; // the rest in one line: the buttons stay on a 768-pixel screen
    QStringList shown = lines.mid(0, kShown);
    if (lines.size() > kShown)
        shown.append(tr("… and %n more", nullptr, int(lines.size() - kShown)));
    m_errors->setText(
        tr("This may be a household already on file:") + QStringLiteral("\n• ") +
        shown.join(QStringLiteral("\n• ")) + QStringLiteral("\n") +
        tr("Look it up in the caseload first (search by ID number or name). If it is a different "
           "household, press Save again to file it."));
    m_errors->show();
    return true;
}

void HouseholdDialog::save()
{
    // Saving closes the file: text typed on a tab and not recorded with its button would go.
    if (const QStringList tabs = unrecordedText(); !tabs.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Text not recorded"),
            tr("Text typed on %1 has not been recorded yet (each is recorded with its own button there). "
               "Save the file and close it without that text?")
                .arg(tabs.join(tr(", "))),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    HouseholdFile file = collect();
    const bool isNew = householdId().isEmpty();
    if (warnOfDuplicates(file))
        return;
    HouseholdRepository repo(m_db, m_session);
    QList<ValidationIssue> issues;
    const Status status = repo.save(file, &issues);
    m_form->markInvalid(issues);
    m_members->markInvalid(issues);
    if (!status) {
        m_errors->setText(status.error().message);
        m_errors->show();
        // Show the page where the first problem is.
        if (!issues.isEmpty()) {
            const ValidationIssue& first = issues.first();
            m_tabs->setCurrentWidget(first.member >= 0 || first.field == QStringLiteral("members")
                                         ? static_cast<QWidget*>(m_members)
                                         : m_form);
        }
        if (!status.error().detail.isEmpty())
            qWarning("Saving the household failed: %s", qUtf8Printable(status.error().detail));
        return;
    }
    m_errors->hide();
    m_file = file;
    m_loaded = collect();
    // The household is on file now: its records can be kept.
    if (isNew)
        showRecords();
    accept();
}

void HouseholdDialog::showHistory()
{
    HistoryDialog dialog(m_db, householdId(), windowTitle(), this);
    dialog.exec();
}

} // namespace ff
