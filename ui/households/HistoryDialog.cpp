// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/HistoryDialog.h"

#include "core/db/Database.h"
#include "core/records/HistoryReader.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ff {

HistoryDialog::HistoryDialog(Database& db, const QString& householdId, const QString& title, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("History — %1").arg(title));
    m_table->setObjectName(QStringLiteral("historyTableWidget"));
    const QList<HistoryEntry> entries = HistoryReader(db).forHousehold(householdId);

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Record"), tr("Field"), tr("Before"), tr("After")});
    m_table->setRowCount(int(entries.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < entries.size(); ++r) {
        const HistoryEntry& e = entries.at(r);
        auto* when = new QTableWidgetItem(QLocale().toString(e.when, QStringLiteral("yyyy-MM-dd HH:mm")));
        when->setToolTip(tr("Device %1").arg(e.device));
        m_table->setItem(r, 0, when);
        m_table->setItem(r, 1, new QTableWidgetItem(e.author));
        m_table->setItem(r, 2, new QTableWidgetItem(e.record + QStringLiteral(" · ") + e.operation));
        m_table->setItem(r, 3, new QTableWidgetItem(e.field));
        m_table->setItem(r, 4, new QTableWidgetItem(e.from));
        m_table->setItem(r, 5, new QTableWidgetItem(e.to));
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < 5; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 240));

    auto* summary = new QLabel(tr("%n field change(s), newest first.", nullptr, int(entries.size())), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &HistoryDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
}

} // namespace ff
