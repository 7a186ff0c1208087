// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/HouseholdForm.h"

#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/records/HouseholdRepository.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"
#include "ui/forms/IdentifiedNeedsBox.h"
#include "ui/widgets/CodeChecklist.h"
#include "ui/widgets/CodeChoiceBox.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/FormScrollArea.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ff {

namespace {
QString label(const char* field)
{
    return FieldLabels::formLabel(QStringLiteral("household"), QString::fromLatin1(field));
}
} // namespace

HouseholdForm::HouseholdForm(Database& db, const Session& session, const QString& householdId,
                             QWidget* parent)
    : QWidget(parent), m_db(db), m_householdId(householdId), m_session(session),
      m_number(new QLineEdit(this)),
      m_status(new CodeChoiceBox(CodeList::assistanceStatus(), tr("(choose)"), this)),
      m_unconfirmed(new QLabel(tr("unconfirmed"), this)), m_confirm(new QPushButton(tr("Confirm"), this)),
      m_county(new QLineEdit(this)), m_township(new QLineEdit(this)), m_village(new QLineEdit(this)),
      m_address(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_housing(new CodeChoiceBox(CodeList::housing(), tr("(not recorded)"), this)),
      m_income(new QSpinBox(this)),
      m_relocated(
          new QCheckBox(FieldLabels::field(QStringLiteral("household"), QStringLiteral("relocated")), this)),
      m_caseworker(new QLineEdit(this)), m_station(new QLineEdit(this)),
      m_lastVisit(new DateField(tr("(no visit yet)"), this)),
      m_causes(new CodeChecklist(CodeList::hardshipCauses(), 4, this)),
      m_sources(new CodeChecklist(CodeList::incomeSources(), 4, this)),
      m_needs(new IdentifiedNeedsBox(db, session, householdId, this))
{
    m_number->setObjectName(QStringLiteral("householdNoLineEdit"));
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_county->setObjectName(QStringLiteral("countyLineEdit"));
    m_township->setObjectName(QStringLiteral("townshipLineEdit"));
    m_village->setObjectName(QStringLiteral("villageLineEdit"));
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    m_address->setObjectName(QStringLiteral("addressLineEdit"));
    m_income->setRange(0, 10'000'000);
    m_income->setSingleStep(100);
    m_income->setGroupSeparatorShown(true);
    m_phone->setPlaceholderText(tr("e.g. 13812345678 or 0539-1234567"));

    // Two columns of fields, then the multiple-choice groups.
    auto* left = new QFormLayout;
    left->addRow(label("household_no"), m_number);
    left->addRow(label("county"), m_county);
    left->addRow(label("township"), m_township);
    left->addRow(label("village"), m_village);
    left->addRow(label("address"), m_address);
    left->addRow(label("phone"), m_phone);
    auto* right = new QFormLayout;
    // A status a household was filed with stays "unconfirmed" until the station or county confirms it.
    m_unconfirmed->setObjectName(QStringLiteral("statusUnconfirmedLabel"));
    m_unconfirmed->setToolTip(
        tr("The status this household was filed with has not been confirmed by the station "
           "supervisor or the county yet."));
    QPalette warning = m_unconfirmed->palette();
    warning.setColor(QPalette::WindowText, QColor(0xa0, 0x52, 0x00));
    m_unconfirmed->setPalette(warning);
    m_confirm->setObjectName(QStringLiteral("confirmStatusButton"));
    m_unconfirmed->hide();
    m_confirm->hide();
    connect(m_confirm, &QPushButton::clicked, this, &HouseholdForm::confirmStatus);
    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_unconfirmed);
    statusRow->addWidget(m_confirm);
    right->addRow(label("status"), statusRow);
    right->addRow(label("housing"), m_housing);
    right->addRow(label("annual_income"), m_income);
    right->addRow(label("caseworker"), m_caseworker);
    right->addRow(label("station"), m_station);
    // Who a household belongs to is the county's assignment, not something typed here.
    for (QLineEdit* assigned : {m_caseworker, m_station}) {
        assigned->setReadOnly(true);
        assigned->setToolTip(tr("The county's assignment: the station supervisor assigns households to "
                                "caseworkers (File → Assign to caseworker), effective at the next sync."));
    }
    right->addRow(label("last_visit"), m_lastVisit);
    right->addRow(QString(), m_relocated);
    // Tab goes down the left column, then down the right one (the fields were made in another order).
    const QList<QWidget*> order = {m_number,     m_county,  m_township,  m_village,  m_address,
                                   m_phone,      m_status,  m_confirm,   m_housing,  m_income,
                                   m_caseworker, m_station, m_lastVisit, m_relocated};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
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
    // The form scrolls when the file is opened on a small screen, so the file's Save stays on it.
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(columns);
    layout->addWidget(group("hardship_causes", m_causes));
    layout->addWidget(group("income_sources", m_sources));
    layout->addWidget(m_needs);
    layout->addStretch(1);
    auto* page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(new FormScrollArea(content, this));
}

void HouseholdForm::setValues(const QVariantMap& household, bool onFile)
{
    // The status of a household on file changes only through a status review, whoever is at the
    // controls: supervisors and the county decide reviews, they do not type a new status here.
    if (onFile) {
        m_status->setEnabled(false);
        m_status->setToolTip(Authority::forPerson(QStringLiteral("status_not_authorised")));
    }
    showConfirmation(household, onFile);
    // On a household on file the last visit follows the visits recorded (tab Visits), so the
    // due-visits view cannot be silenced by typing a date.
    m_lastVisit->setReadOnly(onFile);
    m_lastVisit->setButtonSymbols(onFile ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    m_lastVisit->setCalendarPopup(!onFile);
    m_lastVisit->setToolTip(onFile ? tr("Set by the visits recorded in the Visits tab.") : QString());
    for (const QString& field : RecordTypes::find(QStringLiteral("household"))->fieldNames())
        setValue(field, household.value(field));
}

void HouseholdForm::setValue(const QString& field, const QVariant& value)
{
    const QString text = value.toString();
    // Codes as stored (joined with ';') or as the form holds them (a list).
    const auto codes = [&value, &text] {
        return value.typeId() == QMetaType::QStringList ? value.toStringList()
                                                        : text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    };
    const QHash<QString, QLineEdit*> lines = {
        {QStringLiteral("household_no"), m_number},   {QStringLiteral("county"), m_county},
        {QStringLiteral("township"), m_township},     {QStringLiteral("village"), m_village},
        {QStringLiteral("address"), m_address},       {QStringLiteral("phone"), m_phone},
        {QStringLiteral("caseworker"), m_caseworker}, {QStringLiteral("station"), m_station}};
    if (QLineEdit* line = lines.value(field))
        line->setText(text);
    else if (field == QLatin1String("status"))
        m_status->setCode(text);
    else if (field == QLatin1String("housing"))
        m_housing->setCode(text);
    else if (field == QLatin1String("annual_income"))
        m_income->setValue(int(value.toDouble()));
    else if (field == QLatin1String("relocated"))
        m_relocated->setChecked(value.toBool());
    else if (field == QLatin1String("last_visit")) {
        const QDate visit = QDate::fromString(text, Qt::ISODate);
        m_lastVisit->setDate(visit.isValid() ? visit : m_lastVisit->minimumDate());
    } else if (field == QLatin1String("hardship_causes"))
        m_causes->setCodes(codes());
    else if (field == QLatin1String("income_sources"))
        m_sources->setCodes(codes());
}

QVariantMap HouseholdForm::values(QVariantMap h) const
{
    // Confirmed by its own command (confirmStatus), never by saving the form.
    h.remove(QStringLiteral("status_confirmed"));
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
    return h;
}

void HouseholdForm::markInvalid(const QList<ValidationIssue>& issues)
{
    const QHash<QString, QWidget*> widgets = {
        {QStringLiteral("household_no"), m_number},  {QStringLiteral("status"), m_status},
        {QStringLiteral("county"), m_county},        {QStringLiteral("township"), m_township},
        {QStringLiteral("village"), m_village},      {QStringLiteral("phone"), m_phone},
        {QStringLiteral("annual_income"), m_income}, {QStringLiteral("last_visit"), m_lastVisit}};
    for (QWidget* w : widgets)
        w->setStyleSheet(QString());
    for (const ValidationIssue& issue : issues) {
        if (QWidget* w = issue.member >= 0 ? nullptr : widgets.value(issue.field))
            w->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
    }
}

QString HouseholdForm::statusText() const { return m_status->currentText(); }

bool HouseholdForm::showsUnconfirmed() const { return !m_unconfirmed->isHidden(); }

void HouseholdForm::showConfirmation(const QVariantMap& household, bool onFile)
{
    const bool unconfirmed = onFile && !household.value(QStringLiteral("status")).toString().isEmpty() &&
                             !household.value(QStringLiteral("status_confirmed")).toBool();
    m_unconfirmed->setVisible(unconfirmed);
    m_confirm->setVisible(unconfirmed);
    const Authority::Verdict may =
        Authority::mayEverChange(m_session.role(), *RecordTypes::find(QStringLiteral("household")),
                                 QStringLiteral("status_confirmed"));
    m_confirm->setEnabled(may.allowed());
    m_confirm->setToolTip(may ? tr("Confirm that this household's assistance status is the one on record")
                              : Authority::forPerson(may.refusal));
}

void HouseholdForm::confirmStatus()
{
    if (Status s = HouseholdRepository(m_db, m_session).confirmStatus(m_householdId); !s) {
        QMessageBox::warning(this, tr("Confirm status"), s.error().message);
        return;
    }
    m_unconfirmed->hide();
    m_confirm->hide();
}

} // namespace ff
