// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/RiskFlagTab.h"

#include "core/db/Database.h"
#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/RiskFlagRepository.h"
#include "ui/widgets/CodeChoiceBox.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/NoticeLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ff {

namespace {
enum Column
{
    kType,
    kSeverity,
    kMember,
    kDescription,
    kRaised,
    kReport,
    kStatus
};

QString label(const char* field)
{
    return FieldLabels::formLabel(QStringLiteral("risk_flag"), QString::fromLatin1(field));
}
} // namespace

RiskFlagTab::RiskFlagTab(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_table(new QTableWidget(this)),
      m_notice(new NoticeLabel(this)),
      m_type(new CodeChoiceBox(CodeList::riskType(), tr("(kind of risk)"), this)),
      m_severity(new CodeChoiceBox(CodeList::riskSeverity(), tr("(severity)"), this)),
      m_member(new QComboBox(this)), m_description(new QPlainTextEdit(this)),
      m_raise(new QPushButton(tr("&Raise flag"), this)), m_reportedTo(new QLineEdit(this)),
      m_reportedOn(new DateField(tr("(not set)"), this)),
      m_report(new QPushButton(tr("Record re&port"), this)), m_closingNote(new QPlainTextEdit(this)),
      m_close(new QPushButton(tr("C&lose selected flag"), this))
{
    m_table->setObjectName(QStringLiteral("riskFlagTable"));
    m_notice->setObjectName(QStringLiteral("riskNoticeLabel"));
    m_type->setObjectName(QStringLiteral("riskTypeComboBox"));
    m_severity->setObjectName(QStringLiteral("riskSeverityComboBox"));
    m_member->setObjectName(QStringLiteral("riskMemberComboBox"));
    m_description->setObjectName(QStringLiteral("riskDescriptionEdit"));
    m_reportedTo->setObjectName(QStringLiteral("reportedToLineEdit"));
    m_reportedOn->setObjectName(QStringLiteral("reportedOnDateEdit"));
    m_report->setObjectName(QStringLiteral("recordReportButton"));
    m_raise->setObjectName(QStringLiteral("raiseFlagButton"));
    m_closingNote->setObjectName(QStringLiteral("closingNoteEdit"));
    m_close->setObjectName(QStringLiteral("closeFlagButton"));

    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {FieldLabels::field({}, QStringLiteral("risk_type")),
         FieldLabels::field({}, QStringLiteral("severity")),
         FieldLabels::field(QStringLiteral("risk_flag"), QStringLiteral("member_id")),
         FieldLabels::field({}, QStringLiteral("description")), tr("Raised"), tr("Report"),
         FieldLabels::field({}, QStringLiteral("flag_status"))});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(kDescription, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_description->setPlaceholderText(tr("What was seen or reported, about whom, and what was done at once"));
    m_closingNote->setPlaceholderText(tr("Why the risk is over, or who now handles it"));
    m_reportedTo->setPlaceholderText(
        tr("e.g. the township police station, the county child protection centre"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_closingNote->setFixedHeight(m_closingNote->fontMetrics().lineSpacing() * 2 + 12);

    auto* raiseBox = new QGroupBox(tr("Raise a risk flag"), this);
    auto* raiseForm = new QFormLayout(raiseBox);
    auto* kinds = new QHBoxLayout;
    kinds->addWidget(m_type, 2);
    kinds->addWidget(m_severity, 1);
    raiseForm->addRow(label("risk_type"), kinds);
    raiseForm->addRow(FieldLabels::formLabel(QStringLiteral("risk_flag"), QStringLiteral("member_id")),
                      m_member);
    raiseForm->addRow(label("description"), m_description);
    raiseForm->addRow(QString(), m_raise);

    auto* closeBox = new QGroupBox(tr("The selected flag"), this);
    auto* closeForm = new QFormLayout(closeBox);
    closeForm->addRow(label("reported_to"), m_reportedTo);
    auto* reportRow = new QHBoxLayout;
    reportRow->addWidget(m_reportedOn);
    reportRow->addWidget(m_report);
    reportRow->addStretch(1);
    closeForm->addRow(label("reported_on"), reportRow);
    closeForm->addRow(label("closing_note"), m_closingNote);
    closeForm->addRow(QString(), m_close);

    auto* forms = new QHBoxLayout;
    forms->addWidget(raiseBox, 3);
    forms->addWidget(closeBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notice);
    layout->addLayout(forms);

    m_severity->setToolTip(FieldLabels::field({}, QStringLiteral("severity")));
    connect(m_raise, &QPushButton::clicked, this, &RiskFlagTab::raiseFlag);
    connect(m_close, &QPushButton::clicked, this, &RiskFlagTab::closeSelected);
    connect(m_report, &QPushButton::clicked, this, &RiskFlagTab::recordReport);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RiskFlagTab::selectionChanged);
}

void RiskFlagTab::setHousehold(const QString& householdId)
{
    m_householdId = householdId;
    setEnabled(!householdId.isEmpty());
    reload();
}

void RiskFlagTab::reload()
{
    // Whom a new flag may be about: the household, or one of its members.
    QHash<QString, QString> names;
    m_member->clear();
    m_member->addItem(tr("The household as a whole"), QString());
    for (const auto& [id, name] : HouseholdRepository(m_db).memberNames(m_householdId)) {
        names.insert(id, name);
        m_member->addItem(name, id);
    }

    const QList<RiskFlag> flags = RiskFlagRepository(m_db, m_session).forHousehold(m_householdId);
    m_table->setRowCount(int(flags.size()));
    m_ids.clear();
    m_open.clear();
    const QColor red(0xb0, 0x00, 0x20);
    for (int row = 0; row < flags.size(); ++row) {
        const RiskFlag& f = flags.at(row);
        m_ids << f.id;
        m_open << f.isOpen();
        const QString status = f.isOpen()
                                   ? CodeList::flagStatus().label(f.status)
                                   : tr("Closed %1 by %2: %3").arg(f.closedAt, f.closedBy, f.closingNote);
        const QString who =
            f.memberId.isEmpty() ? tr("The household") : names.value(f.memberId, tr("a former member"));
        QString report;
        if (f.isReported())
            report = tr("%1, %2").arg(f.reportedTo, f.reportedOn.toString(Qt::ISODate));
        else if (f.awaitsMandatoryReport())
            report = tr("Not yet reported");
        const QStringList cells = {CodeList::riskType().label(f.type),
                                   CodeList::riskSeverity().label(f.severity),
                                   who,
                                   f.description.simplified(),
                                   tr("%1, %2").arg(f.raisedAt, f.raisedBy),
                                   report,
                                   status};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == kDescription ? f.description : cells.at(c));
            if (f.isOpen()) {
                item->setForeground(red);
                item->setBackground(QColor(0xfd, 0xec, 0xea));
            } else {
                item->setForeground(QColor(0x70, 0x70, 0x70));
            }
            m_table->setItem(row, c, item);
        }
        if (f.isOpen() && f.awaitsMandatoryReport()) {
            QFont bold = m_table->item(row, kReport)->font();
            bold.setBold(true);
            m_table->item(row, kReport)->setFont(bold);
            m_table->item(row, kReport)
                ->setToolTip(
                    tr("A child-protection concern is a mandatory report: record to whom and when it was "
                       "reported."));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(kDescription, QHeaderView::Stretch);
    // The first open flag is the one a person most likely wants to report or close.
    m_table->clearSelection();
    m_table->setCurrentItem(nullptr);
    for (int row = 0; row < flags.size(); ++row) {
        if (flags.at(row).isOpen()) {
            m_table->selectRow(row);
            break;
        }
    }
    selectionChanged();
}

void RiskFlagTab::selectionChanged()
{
    const int row = m_table->currentRow();
    const bool open =
        row >= 0 && row < m_open.size() && m_open.at(row) && !m_table->selectedItems().isEmpty();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_reportedTo, m_reportedOn, m_report, m_closingNote, m_close})
        w->setEnabled(open);
    m_reportedTo->clear();
    m_reportedOn->setValue({});
    if (open) {
        if (const auto f = RiskFlagRepository(m_db, m_session).load(m_ids.at(row))) {
            m_reportedTo->setText(f->reportedTo);
            m_reportedOn->setValue(f->reportedOn);
        }
    }
}

void RiskFlagTab::raiseFlag()
{
    RiskFlag f;
    f.householdId = m_householdId;
    f.type = m_type->code();
    f.severity = m_severity->code();
    f.memberId = m_member->currentData().toString();
    f.description = m_description->toPlainText();
    const Status s = RiskFlagRepository(m_db, m_session).raise(f);
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    m_type->setCode({});
    m_severity->setCode({});
    m_description->clear();
    m_member->setCurrentIndex(0);
    reload();
    m_notice->showDone(
        f.awaitsMandatoryReport()
            ? tr("The risk flag was raised. A child-protection concern must be reported to the "
                 "authorities at once: record to whom and when it was reported (right).")
            : tr("The risk flag was raised. It shows on this file and in the household list until it is "
                 "closed."));
    emit changed();
}

void RiskFlagTab::recordReport()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_ids.size()) {
        m_notice->showError(tr("Select the flag whose report you record."));
        return;
    }
    const Status s = RiskFlagRepository(m_db, m_session)
                         .recordReport(m_ids.at(row), m_reportedTo->text().trimmed(), m_reportedOn->value());
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    reload();
    m_notice->showDone(tr("The report was recorded."));
    emit changed();
}

void RiskFlagTab::closeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_ids.size()) {
        m_notice->showError(tr("Select the flag to close."));
        return;
    }
    const Status s = RiskFlagRepository(m_db, m_session).close(m_ids.at(row), m_closingNote->toPlainText());
    if (!s) {
        m_notice->showError(s.error().message);
        m_closingNote->setFocus();
        return;
    }
    m_closingNote->clear();
    m_notice->showDone(tr("The risk flag was closed."));
    reload();
    emit changed();
}

} // namespace ff
