// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/ReferralTab.h"

#include "core/model/AgencyList.h"
#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/records/ReferralRepository.h"
#include "ui/records/RecordTableModel.h"
#include "ui/widgets/NoticeLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ff {

namespace {
QString label(const char* field)
{
    return FieldLabels::formLabel(QStringLiteral("referral"), QString::fromLatin1(field));
}

QDateEdit* dateEdit(QDate today, QWidget* parent)
{
    auto* e = new QDateEdit(today, parent);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setCalendarPopup(true);
    e->setMinimumWidth(e->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 48);
    return e;
}

QString latestNote(const Referral& r)
{
    for (const QString& note : {r.completedNote, r.declinedNote, r.acceptedNote, r.sentNote}) {
        if (!note.isEmpty())
            return note;
    }
    return {};
}

/// A referral as a row of the list, with its latest note and whether its follow-up is overdue.
QVariantMap record(const Referral& r, QDate today)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("agency"), r.agency},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("referral_status"), r.status},
            {QStringLiteral("sent_on"), r.sentOn},
            {QStringLiteral("follow_up_on"), r.followUpOn},
            {QStringLiteral("latest_note"), latestNote(r)},
            {QStringLiteral("overdue"), r.isOverdue(today)}};
}
} // namespace

ReferralTab::ReferralTab(Database& db, const Session& session, QWidget* parent)
    : RecordTab(QStringLiteral("referral"), db, session, parent),
      m_model(new RecordTableModel(QStringLiteral("referral"), this)), m_summary(new QLabel(this)),
      m_table(makeView(m_model, QStringLiteral("referralTable"))), m_notice(new NoticeLabel(this)),
      m_agency(new QComboBox(this)), m_reason(new QLineEdit(this)),
      m_consent(new QCheckBox(tr("Yes, on"), this)),
      m_mandatory(new QCheckBox(tr("Not needed: mandatory report of a child-protection concern"), this)),
      m_consentOn(dateEdit(session.today(), this)), m_followUp(dateEdit(session.today(), this)),
      m_sentNote(new QLineEdit(this)), m_send(new QPushButton(tr("Se&nd referral"), this)),
      m_step(new QComboBox(this)), m_stepOn(dateEdit(session.today(), this)), m_stepNote(new QLineEdit(this)),
      m_record(new QPushButton(tr("Record s&tep"), this)), m_nextFollowUp(dateEdit(session.today(), this)),
      m_changeFollowUp(new QPushButton(tr("Change follow-up date"), this))
{
    setObjectName(QStringLiteral("referralTab"));
    m_summary->setObjectName(QStringLiteral("referralSummaryLabel"));
    m_notice->setObjectName(QStringLiteral("referralNoticeLabel"));
    m_agency->setObjectName(QStringLiteral("agencyComboBox"));
    m_reason->setObjectName(QStringLiteral("referralReasonLineEdit"));
    m_consent->setObjectName(QStringLiteral("consentCheckBox"));
    m_mandatory->setObjectName(QStringLiteral("mandatoryReportCheckBox"));
    m_mandatory->setToolTip(tr("Under the mandatory reporting rules (强制报告) a child-protection concern is "
                               "reported to the police or the child protection centre without the family's "
                               "consent. The household needs an open child-protection risk flag; sending "
                               "records the flag's report."));
    m_followUp->setObjectName(QStringLiteral("followUpDateEdit"));
    m_send->setObjectName(QStringLiteral("sendReferralButton"));
    m_step->setObjectName(QStringLiteral("referralStepComboBox"));
    m_stepNote->setObjectName(QStringLiteral("referralStepNoteLineEdit"));
    m_record->setObjectName(QStringLiteral("recordStepButton"));
    m_nextFollowUp->setObjectName(QStringLiteral("nextFollowUpDateEdit"));
    m_changeFollowUp->setObjectName(QStringLiteral("changeFollowUpButton"));

    m_agency->addItem(tr("(choose)"), QString());
    const AgencyList agencies = AgencyList::current();
    for (const AgencyList::Agency& a : agencies.agencies())
        m_agency->addItem(a.name(), a.code);
    m_reason->setPlaceholderText(tr("The need the agency can meet"));
    m_sentNote->setPlaceholderText(tr("Whom you contacted, what you sent"));
    m_stepNote->setPlaceholderText(tr("What the agency said or did"));
    m_step->addItem(CodeList::referralStatus().label(QStringLiteral("accepted")),
                    int(ReferralRepository::Step::Accept));
    m_step->addItem(CodeList::referralStatus().label(QStringLiteral("declined")),
                    int(ReferralRepository::Step::Decline));
    m_step->addItem(CodeList::referralStatus().label(QStringLiteral("completed")),
                    int(ReferralRepository::Step::Complete));

    m_model->setColumns({QStringLiteral("agency"), QStringLiteral("reason"),
                         QStringLiteral("referral_status"), QStringLiteral("sent_on"),
                         QStringLiteral("follow_up_on"), QStringLiteral("latest_note")});
    m_model->setHeader(QStringLiteral("latest_note"), tr("Latest note"));
    m_model->setDisplay(QStringLiteral("follow_up_on"), [](const QVariantMap& r) {
        const QString date = r.value(QStringLiteral("follow_up_on")).toDate().toString(Qt::ISODate);
        return r.value(QStringLiteral("overdue")).toBool() ? tr("⚠ %1 (overdue)").arg(date) : date;
    });
    // Long reasons and notes are cut to the column: their full text is in the tooltip.
    m_model->setStyle([this](const QVariantMap& r, const QString& column, int role) -> QVariant {
        const bool overdue = r.value(QStringLiteral("overdue")).toBool();
        if (role == Qt::ToolTipRole)
            return m_model->displayText(r, column);
        if (role == Qt::ForegroundRole && overdue)
            return QColor(0xb0, 0x00, 0x20);
        if (role == Qt::BackgroundRole && overdue)
            return QColor(0xfd, 0xec, 0xea);
        return {};
    });

    auto* sendBox = new QGroupBox(tr("New referral"), this);
    auto* sendForm = new QFormLayout(sendBox);
    sendForm->addRow(label("agency"), m_agency);
    sendForm->addRow(label("reason"), m_reason);
    auto* consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent);
    consentRow->addWidget(m_consentOn);
    consentRow->addSpacing(12);
    consentRow->addWidget(m_mandatory);
    consentRow->addStretch(1);
    sendForm->addRow(label("consent"), consentRow);
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_followUp);
    sendRow->addStretch(1);
    sendRow->addWidget(m_send);
    sendForm->addRow(label("sent_note"), m_sentNote);
    sendForm->addRow(label("follow_up_on"), sendRow);

    auto* stepBox = new QGroupBox(tr("Next step of the selected referral"), this);
    auto* stepForm = new QFormLayout(stepBox);
    auto* stepRow = new QHBoxLayout;
    stepRow->addWidget(m_step, 1);
    stepRow->addWidget(m_stepOn);
    stepForm->addRow(label("referral_status"), stepRow);
    stepForm->addRow(tr("Note:"), m_stepNote);
    stepForm->addRow(QString(), m_record);
    auto* followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_nextFollowUp);
    followUpRow->addWidget(m_changeFollowUp, 1);
    stepForm->addRow(label("follow_up_on"), followUpRow);

    auto* forms = new QHBoxLayout;
    forms->addWidget(sendBox, 3);
    forms->addWidget(stepBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notice);
    layout->addLayout(forms);

    connect(m_send, &QPushButton::clicked, this, &ReferralTab::send);
    connect(m_record, &QPushButton::clicked, this, &ReferralTab::recordStep);
    connect(m_changeFollowUp, &QPushButton::clicked, this, &ReferralTab::changeFollowUp);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReferralTab::selectionChanged);
    connect(m_consent, &QCheckBox::toggled, m_consentOn, &QWidget::setEnabled);
    connect(m_mandatory, &QCheckBox::toggled, this, [this](bool mandatory) {
        if (mandatory)
            m_consent->setChecked(false);
        m_consent->setEnabled(!mandatory);
    });
    m_consentOn->setEnabled(false);
    m_followUp->setDate(this->session().today().addDays(14));
    // Sending a referral creates one; a step or a new date changes its status or follow-up.
    permit(m_send, true, mayCreate());
    if (const QString error = AgencyList::builtInError(); !error.isEmpty()) {
        m_notice->showError(error);
        m_send->setEnabled(false);
    }
    selectionChanged(); // nothing chosen yet
}

QString ReferralTab::title() const { return tr("Referrals"); }

QString ReferralTab::tabLabel() const
{
    const int overdue = attentionCount();
    return overdue > 0 ? tr("Referrals (%n overdue)", nullptr, overdue) : title();
}

int ReferralTab::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ReferralTab::selectionChanged()
{
    const int row = selectedRow();
    // The steps are about the referral chosen in the list: without one there is nothing to do.
    const bool chosen = row >= 0;
    permit(m_step, chosen, mayChange(QStringLiteral("referral_status")));
    m_record->setEnabled(m_step->isEnabled());
    permit(m_nextFollowUp, chosen, mayChange(QStringLiteral("follow_up_on")));
    m_changeFollowUp->setEnabled(m_nextFollowUp->isEnabled());
    const QDate followUp = m_model->record(row).value(QStringLiteral("follow_up_on")).toDate();
    m_nextFollowUp->setDate(followUp.isValid() ? followUp : session().today().addDays(14));
}

void ReferralTab::load()
{
    const QDate today = session().today();
    const QList<Referral> referrals = ReferralRepository(db(), session()).forHousehold(householdId());
    const QString selected = m_model->idAt(selectedRow());
    QList<QVariantMap> records;
    int overdue = 0;
    for (const Referral& r : referrals) {
        records << record(r, today);
        overdue += r.isOverdue(today) ? 1 : 0;
    }
    m_model->setRecords(records);
    // Long reasons and notes must not push the table wider than the dialog: their full text is in
    // the tooltip.
    m_table->resizeColumnsToContents();
    const int widest =
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("监护人长期外出，孩子无人照料"));
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), widest));
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (referrals.isEmpty()) {
        m_summary->setText(tr("No referrals yet."));
        m_summary->setStyleSheet(QString());
    } else if (overdue > 0) {
        m_summary->setText(tr("%n referral(s)", nullptr, int(referrals.size())) + QStringLiteral(" · ") +
                           tr("⚠ %n follow-up(s) overdue", nullptr, overdue));
        m_summary->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    } else {
        m_summary->setText(tr("%n referral(s)", nullptr, int(referrals.size())) + QStringLiteral(" · ") +
                           tr("no follow-up overdue"));
        m_summary->setStyleSheet(QString());
    }
    if (!referrals.isEmpty())
        m_table->selectRow(std::max(0, m_model->rowOf(selected)));
    selectionChanged();
    setCounts(int(referrals.size()), overdue);
}

void ReferralTab::send()
{
    Referral r;
    r.householdId = householdId();
    r.agency = m_agency->currentData().toString();
    r.reason = m_reason->text();
    r.consent = m_consent->isChecked();
    r.consentOn = r.consent ? m_consentOn->date() : QDate();
    r.mandatoryReport = m_mandatory->isChecked();
    r.sentNote = m_sentNote->text();
    r.followUpOn = m_followUp->date();
    const Status s = ReferralRepository(db(), session()).send(r);
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    m_agency->setCurrentIndex(0);
    m_reason->clear();
    m_consent->setChecked(false);
    m_mandatory->setChecked(false);
    m_sentNote->clear();
    m_notice->showDone(r.mandatoryReport
                           ? tr("The mandatory report to %1 was recorded as sent, and as the report of "
                                "the household's child-protection flag.")
                                 .arg(AgencyList::current().label(r.agency))
                           : tr("The referral was sent to %1.").arg(AgencyList::current().label(r.agency)));
    recordSaved();
}

void ReferralTab::recordStep()
{
    const QString id = m_model->idAt(selectedRow());
    if (id.isEmpty()) {
        m_notice->showError(tr("Select the referral whose next step you record."));
        return;
    }
    const auto step = ReferralRepository::Step(m_step->currentData().toInt());
    const Status s =
        ReferralRepository(db(), session()).advance(id, step, m_stepOn->date(), m_stepNote->text());
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    m_stepNote->clear();
    m_notice->showDone(tr("The referral is now: %1.").arg(m_step->currentText()));
    recordSaved();
}

void ReferralTab::changeFollowUp()
{
    const QString id = m_model->idAt(selectedRow());
    if (id.isEmpty()) {
        m_notice->showError(tr("Select the referral whose follow-up date you change."));
        return;
    }
    const Status s = ReferralRepository(db(), session()).setFollowUp(id, m_nextFollowUp->date());
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    m_notice->showDone(tr("Follow up by %1.").arg(m_nextFollowUp->date().toString(Qt::ISODate)));
    recordSaved();
}

} // namespace ff
