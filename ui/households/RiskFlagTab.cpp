// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/RiskFlagTab.h"

#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/records/HouseholdRepository.h"
#include "core/records/HouseholdSummary.h"
#include "core/records/RiskFlagRepository.h"
#include "ui/records/RecordTableModel.h"
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
#include <QTableView>
#include <QVBoxLayout>

namespace ff {

namespace {
QString label(const char* field)
{
    return FieldLabels::formLabel(QStringLiteral("risk_flag"), QString::fromLatin1(field));
}

/// A flag as a row of the list: its fields, whether it is open and waits for its mandatory report.
QVariantMap record(const RiskFlag& f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("risk_type"), f.type},
            {QStringLiteral("severity"), f.severity},
            {QStringLiteral("member_id"), f.memberId},
            {QStringLiteral("description"), f.description},
            {QStringLiteral("raised_by"), f.raisedBy},
            {QStringLiteral("raised_at"), f.raisedAt},
            {QStringLiteral("reported_to"), f.reportedTo},
            {QStringLiteral("reported_on"), f.reportedOn},
            {QStringLiteral("flag_status"), f.status},
            {QStringLiteral("closed_by"), f.closedBy},
            {QStringLiteral("closed_at"), f.closedAt},
            {QStringLiteral("closing_note"), f.closingNote},
            {QStringLiteral("open"), f.isOpen()},
            {QStringLiteral("awaits_report"), f.isOpen() && f.awaitsMandatoryReport()},
            {QStringLiteral("report"),
             f.isReported() ? RiskFlagTab::tr("%1, %2").arg(f.reportedTo, f.reportedOn.toString(Qt::ISODate))
             : f.awaitsMandatoryReport() ? RiskFlagTab::tr("Not yet reported")
                                         : QString()}};
}
} // namespace

RiskFlagTab::RiskFlagTab(Database& db, const Session& session, QWidget* parent)
    : RecordTab(QStringLiteral("risk_flag"), db, session, parent),
      m_model(new RecordTableModel(QStringLiteral("risk_flag"), this)),
      m_table(makeView(m_model, QStringLiteral("riskFlagTable"))), m_notice(new NoticeLabel(this)),
      m_type(new CodeChoiceBox(CodeList::riskType(), tr("(kind of risk)"), this)),
      m_severity(new CodeChoiceBox(CodeList::riskSeverity(), tr("(severity)"), this)),
      m_member(new QComboBox(this)), m_description(new QPlainTextEdit(this)),
      m_raise(new QPushButton(tr("&Raise flag"), this)), m_reportedTo(new QLineEdit(this)),
      m_reportedOn(new DateField(tr("(not set)"), this)),
      m_report(new QPushButton(tr("Record re&port"), this)), m_closingNote(new QPlainTextEdit(this)),
      m_close(new QPushButton(tr("C&lose selected flag"), this))
{
    setObjectName(QStringLiteral("riskFlagTab"));
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

    const QString description = QStringLiteral("description");
    const QString report = QStringLiteral("report");
    m_model->setColumns({QStringLiteral("risk_type"), QStringLiteral("severity"), QStringLiteral("member_id"),
                         description, QStringLiteral("raised_at"), report, QStringLiteral("flag_status")});
    m_model->setHeader(QStringLiteral("raised_at"), tr("Raised"));
    m_model->setHeader(report, tr("Report"));
    m_model->setDisplay(QStringLiteral("member_id"), [this](const QVariantMap& f) {
        const QString id = f.value(QStringLiteral("member_id")).toString();
        return id.isEmpty() ? tr("The household") : m_names.value(id, tr("a former member"));
    });
    m_model->setDisplay(description, [description](const QVariantMap& f) {
        return f.value(description).toString().simplified();
    });
    m_model->setDisplay(QStringLiteral("raised_at"), [](const QVariantMap& f) {
        return tr("%1, %2").arg(f.value(QStringLiteral("raised_at")).toString(),
                                f.value(QStringLiteral("raised_by")).toString());
    });
    m_model->setDisplay(QStringLiteral("flag_status"), [](const QVariantMap& f) {
        const auto text = [&f](const char* field) { return f.value(QString::fromLatin1(field)).toString(); };
        return f.value(QStringLiteral("open")).toBool()
                   ? CodeList::flagStatus().label(text("flag_status"))
                   : tr("Closed %1 by %2: %3")
                         .arg(text("closed_at"), text("closed_by"), text("closing_note"));
    });
    // Open flags in red, closed ones in grey; a mandatory report still owed in bold.
    m_model->setStyle([this, description, report](const QVariantMap& f, const QString& column,
                                                  int role) -> QVariant {
        const bool open = f.value(QStringLiteral("open")).toBool();
        const bool owed = column == report && f.value(QStringLiteral("awaits_report")).toBool();
        switch (role) {
        case Qt::ToolTipRole:
            if (owed)
                return tr("A child-protection concern is a mandatory report: record to whom and when it was "
                          "reported.");
            return column == description ? f.value(description) : QVariant(m_model->displayText(f, column));
        case Qt::ForegroundRole:
            return open ? QColor(0xb0, 0x00, 0x20) : QColor(0x70, 0x70, 0x70);
        case Qt::BackgroundRole:
            return open ? QVariant(QColor(0xfd, 0xec, 0xea)) : QVariant();
        case Qt::FontRole:
            if (owed) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    });
    m_table->horizontalHeader()->setSectionResizeMode(m_model->column(description), QHeaderView::Stretch);

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
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RiskFlagTab::selectionChanged);
    permit(m_raise, true, mayCreate());
}

QString RiskFlagTab::title() const { return tr("Risk flags"); }

QString RiskFlagTab::tabLabel() const { return attentionCount() > 0 ? tr("Risk flags ⚠") : title(); }

int RiskFlagTab::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void RiskFlagTab::load()
{
    // Whom a new flag may be about: the household, or one of its members.
    const QString member = m_member->currentData().toString();
    m_names.clear();
    m_member->clear();
    m_member->addItem(tr("The household as a whole"), QString());
    for (const auto& [id, name] : HouseholdRepository(db()).memberNames(householdId())) {
        m_names.insert(id, name);
        m_member->addItem(name, id);
    }
    m_member->setCurrentIndex(std::max(0, m_member->findData(member)));

    const QList<RiskFlag> flags = RiskFlagRepository(db(), session()).forHousehold(householdId());
    const QString selected = m_model->idAt(selectedRow());
    QList<QVariantMap> records;
    QStringList openTypes;
    for (const RiskFlag& f : flags) {
        records << record(f);
        if (f.isOpen())
            openTypes << f.type;
    }
    m_model->setRecords(records);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(m_model->column(QStringLiteral("description")),
                                                      QHeaderView::Stretch);
    // The flag chosen stays chosen while it is open; otherwise the first open flag, the one a person
    // most likely wants to report or close.
    int row = m_model->rowOf(selected);
    if (row < 0 || !m_model->record(row).value(QStringLiteral("open")).toBool())
        row = int(openTypes.isEmpty() ? -1 : 0); // open flags come first
    if (row >= 0)
        m_table->selectRow(row);
    selectionChanged();
    // What needs attention is what the banner shows: the open flags, or for a household that never
    // had a flag, the risks recorded before flags existed.
    const QString markers =
        flags.isEmpty()
            ? HouseholdRepository(db()).value(householdId(), QStringLiteral("risk_markers")).toString()
            : QString();
    const QString open = HouseholdSummary::openRisks(openTypes, !flags.isEmpty(), markers);
    setCounts(int(flags.size()), int(open.split(QLatin1Char(';'), Qt::SkipEmptyParts).size()));
}

void RiskFlagTab::selectionChanged()
{
    const int row = selectedRow();
    const QVariantMap flag = m_model->record(row);
    const bool open = flag.value(QStringLiteral("open")).toBool();
    for (QWidget* w : std::initializer_list<QWidget*>{m_reportedTo, m_reportedOn, m_report})
        permit(w, open, mayChange(QStringLiteral("reported_on")));
    for (QWidget* w : std::initializer_list<QWidget*>{m_closingNote, m_close})
        permit(w, open, mayChange(QStringLiteral("flag_status")));
    // Another flag: its report as stored; the same one (the list was read again): what is typed stays.
    const QString id = open ? flag.value(QStringLiteral("id")).toString() : QString();
    if (id == m_shownFlag && !id.isEmpty())
        return;
    m_shownFlag = id;
    m_reportedTo->setText(flag.value(QStringLiteral("reported_to")).toString());
    m_reportedOn->setValue(flag.value(QStringLiteral("reported_on")).toDate());
    if (!open) {
        m_reportedTo->clear();
        m_reportedOn->setValue({});
    }
}

void RiskFlagTab::raiseFlag()
{
    RiskFlag f;
    f.householdId = householdId();
    f.type = m_type->code();
    f.severity = m_severity->code();
    f.memberId = m_member->currentData().toString();
    f.description = m_description->toPlainText();
    const Status s = RiskFlagRepository(db(), session()).raise(f);
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    m_type->setCode({});
    m_severity->setCode({});
    m_description->clear();
    m_member->setCurrentIndex(0);
    m_notice->showDone(
        f.awaitsMandatoryReport()
            ? tr("The risk flag was raised. A child-protection concern must be reported to the "
                 "authorities at once: record to whom and when it was reported (right).")
            : tr("The risk flag was raised. It shows on this file and in the household list until it is "
                 "closed."));
    recordSaved();
}

void RiskFlagTab::recordReport()
{
    const QString id = m_model->idAt(selectedRow());
    if (id.isEmpty()) {
        m_notice->showError(tr("Select the flag whose report you record."));
        return;
    }
    const Status s = RiskFlagRepository(db(), session())
                         .recordReport(id, m_reportedTo->text().trimmed(), m_reportedOn->value());
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    m_notice->showDone(tr("The report was recorded."));
    recordSaved();
}

void RiskFlagTab::closeSelected()
{
    const QString id = m_model->idAt(selectedRow());
    if (id.isEmpty()) {
        m_notice->showError(tr("Select the flag to close."));
        return;
    }
    const Status s = RiskFlagRepository(db(), session()).close(id, m_closingNote->toPlainText());
    if (!s) {
        m_notice->showError(s.error().message);
        m_closingNote->setFocus();
        return;
    }
    m_closingNote->clear();
    m_notice->showDone(tr("The risk flag was closed."));
    recordSaved();
}

} // namespace ff
