// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "households/RiskFlagTab.h"

#include "model/CodeList.h"
#include "model/FieldLabels.h"
#include "storage/RiskFlagRepository.h"
#include "widgets/CodeChoiceBox.h"
#include "widgets/NoticeLabel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ff {

namespace {
QString label(const char* field)
{
    return FieldLabels::formLabel(QStringLiteral("risk_flag"), QString::fromLatin1(field));
}
} // namespace

RiskFlagTab::RiskFlagTab(Database& db, const QString& author, QWidget* parent)
    : QWidget(parent), m_db(db), m_author(author), m_table(new QTableWidget(this)),
      m_notice(new NoticeLabel(this)),
      m_type(new CodeChoiceBox(CodeList::riskType(), tr("(kind of risk)"), this)),
      m_severity(new CodeChoiceBox(CodeList::riskSeverity(), tr("(severity)"), this)),
      m_description(new QPlainTextEdit(this)), m_raise(new QPushButton(tr("&Raise flag"), this)),
      m_closingNote(new QPlainTextEdit(this)), m_close(new QPushButton(tr("C&lose selected flag"), this))
{
    m_table->setObjectName(QStringLiteral("riskFlagTable"));
    m_notice->setObjectName(QStringLiteral("riskNoticeLabel"));
    m_type->setObjectName(QStringLiteral("riskTypeComboBox"));
    m_severity->setObjectName(QStringLiteral("riskSeverityComboBox"));
    m_description->setObjectName(QStringLiteral("riskDescriptionEdit"));
    m_raise->setObjectName(QStringLiteral("raiseFlagButton"));
    m_closingNote->setObjectName(QStringLiteral("closingNoteEdit"));
    m_close->setObjectName(QStringLiteral("closeFlagButton"));

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({FieldLabels::field({}, QStringLiteral("risk_type")),
                                        FieldLabels::field({}, QStringLiteral("severity")),
                                        FieldLabels::field({}, QStringLiteral("description")), tr("Raised"),
                                        FieldLabels::field({}, QStringLiteral("flag_status"))});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_description->setPlaceholderText(tr("What was seen or reported, about whom, and what was done at once"));
    m_closingNote->setPlaceholderText(tr("Why the risk is over, or who now handles it"));
    for (QPlainTextEdit* e : {m_description, m_closingNote})
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 3 + 12);

    auto* raiseBox = new QGroupBox(tr("Raise a risk flag"), this);
    auto* raiseForm = new QFormLayout(raiseBox);
    auto* kinds = new QHBoxLayout;
    kinds->addWidget(m_type, 2);
    kinds->addWidget(m_severity, 1);
    raiseForm->addRow(label("risk_type"), kinds);
    raiseForm->addRow(label("description"), m_description);
    raiseForm->addRow(QString(), m_raise);

    auto* closeBox = new QGroupBox(tr("Close the selected flag"), this);
    auto* closeForm = new QFormLayout(closeBox);
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
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_close->setEnabled(row >= 0 && m_table->item(row, 4) &&
                            m_table->item(row, 4)->data(Qt::UserRole).toBool());
    });
}

void RiskFlagTab::setHousehold(const QString& householdId)
{
    m_householdId = householdId;
    setEnabled(!householdId.isEmpty());
    reload();
}

void RiskFlagTab::reload()
{
    const QList<RiskFlag> flags = RiskFlagRepository(m_db).forHousehold(m_householdId);
    m_table->setRowCount(int(flags.size()));
    m_ids.clear();
    for (int row = 0; row < flags.size(); ++row) {
        const RiskFlag& f = flags.at(row);
        m_ids << f.id;
        const QString status = f.isOpen()
                                   ? CodeList::flagStatus().label(f.status)
                                   : tr("Closed %1 by %2: %3").arg(f.closedAt, f.closedBy, f.closingNote);
        const QStringList cells = {CodeList::riskType().label(f.type),
                                   CodeList::riskSeverity().label(f.severity), f.description.simplified(),
                                   tr("%1, %2").arg(f.raisedAt, f.raisedBy), status};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == 2 ? f.description : cells.at(c));
            if (f.isOpen()) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
                item->setBackground(QColor(0xfd, 0xec, 0xea));
            } else {
                item->setForeground(QColor(0x70, 0x70, 0x70));
            }
            m_table->setItem(row, c, item);
        }
        m_table->item(row, 4)->setData(Qt::UserRole, f.isOpen());
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_close->setEnabled(false);
    // The first open flag is the one a person most likely wants to close.
    for (int row = 0; row < flags.size(); ++row) {
        if (flags.at(row).isOpen()) {
            m_table->selectRow(row);
            break;
        }
    }
}

void RiskFlagTab::raiseFlag()
{
    RiskFlag f;
    f.householdId = m_householdId;
    f.type = m_type->code();
    f.severity = m_severity->code();
    f.description = m_description->toPlainText();
    const Status s = RiskFlagRepository(m_db).raise(f, m_author);
    if (!s) {
        m_notice->showError(s.error().message);
        return;
    }
    m_type->setCode({});
    m_severity->setCode({});
    m_description->clear();
    m_notice->showDone(tr("The risk flag was raised. It shows on this file and in the household list until "
                          "it is closed."));
    reload();
    emit changed();
}

void RiskFlagTab::closeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_ids.size()) {
        m_notice->showError(tr("Select the flag to close."));
        return;
    }
    const Status s = RiskFlagRepository(m_db).close(m_ids.at(row), m_closingNote->toPlainText(), m_author);
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
