// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/ReportPrintDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff {

namespace {
/// How many periods of each kind the list offers, the current one first.
int periodsOffered(ReportPeriod::Kind kind)
{
    switch (kind) {
    case ReportPeriod::Kind::Month:
        return 24;
    case ReportPeriod::Kind::Quarter:
        return 8;
    case ReportPeriod::Kind::Year:
        break;
    }
    return 5;
}
} // namespace

ReportPrintDialog::ReportPrintDialog(const QString& title, const QList<IndicatorScope>& scopes,
                                     ReportPeriod::Kind kind, QDate today, QWidget* parent)
    : QDialog(parent), m_scopes(scopes), m_today(today), m_scopeBox(new QComboBox(this)),
      m_kindBox(new QComboBox(this)), m_periodBox(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_printButton(new QPushButton(tr("&Print…"), this)),
      m_pdfButton(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(QStringLiteral("reportPrintDialog"));
    setWindowTitle(title);
    m_scopeBox->setObjectName(QStringLiteral("scopeBox"));
    m_kindBox->setObjectName(QStringLiteral("periodKindBox"));
    m_periodBox->setObjectName(QStringLiteral("periodBox"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    for (const IndicatorScope& scope : m_scopes)
        m_scopeBox->addItem(scope.label());
    m_kindBox->addItem(tr("Month"), int(ReportPeriod::Kind::Month));
    m_kindBox->addItem(tr("Quarter"), int(ReportPeriod::Kind::Quarter));
    m_kindBox->addItem(tr("Year"), int(ReportPeriod::Kind::Year));
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
    fillPeriods();

    auto* form = new QFormLayout;
    form->addRow(tr("&Scope:"), m_scopeBox);
    form->addRow(tr("Period &kind:"), m_kindBox);
    form->addRow(tr("P&eriod:"), m_periodBox);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->addButton(m_printButton, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_pdfButton, QDialogButtonBox::AcceptRole);
    m_printButton->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_kindBox, &QComboBox::currentIndexChanged, this, &ReportPrintDialog::fillPeriods);
    connect(m_printButton, &QPushButton::clicked, this, [this] {
        m_output = Output::Printer;
        accept();
    });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] {
        m_output = Output::Pdf;
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setTabOrder(m_scopeBox, m_kindBox);
    setTabOrder(m_kindBox, m_periodBox);
}

void ReportPrintDialog::fillPeriods()
{
    const auto kind = ReportPeriod::Kind(m_kindBox->currentData().toInt());
    m_periodBox->clear();
    ReportPeriod period = ReportPeriod::containing(kind, m_today);
    for (int i = 0; i < periodsOffered(kind); ++i) {
        m_periodBox->addItem(period.label(), period.code());
        period = period.previous();
    }
    // A month's report is made once the month is over: the last month at first.
    if (kind == ReportPeriod::Kind::Month && m_periodBox->count() > 1)
        m_periodBox->setCurrentIndex(1);
}

IndicatorScope ReportPrintDialog::scope() const
{
    return m_scopes.value(m_scopeBox->currentIndex(), IndicatorScope::county());
}

ReportPeriod ReportPrintDialog::period() const
{
    return ReportPeriod::parse(m_periodBox->currentData().toString())
        .value_or(ReportPeriod::containing(ReportPeriod::Kind::Month, m_today));
}

} // namespace ff

// Compiled here, not with the library's other meta-objects: the app links this class only with
// the module that uses it (ui/main/OnDemandParts.h).
#include "moc_ReportPrintDialog.cpp"
