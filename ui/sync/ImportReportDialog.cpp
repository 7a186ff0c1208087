// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/ImportReportDialog.h"

#include "core/sync/SyncClient.h"

#include <QBrush>

#include <algorithm>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ff {

ImportReportDialog::ImportReportDialog(QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(0, 3, this)), m_summary(new QLabel(this)),
      m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Import report"));
    m_table->setObjectName(QStringLiteral("reportTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Package"), tr("Result"), tr("Details")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnWidth(0, 260);
    m_table->setColumnWidth(1, 110);
    m_summary->setText(tr("Importing…"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("%v of %m packages"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

void ImportReportDialog::setProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ImportReportDialog::addLine(const QString& file, int outcome, const QString& summary)
{
    const bool imported = outcome == SyncClient::Imported;
    const bool already = outcome == SyncClient::AlreadyImported;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(QFileInfo(file).fileName());
    name->setToolTip(file);
    auto* result = new QTableWidgetItem(imported  ? tr("imported")
                                        : already ? tr("already here")
                                                  : tr("refused"));
    result->setForeground(QBrush(imported  ? QColor(0x2e, 0x7d, 0x32)
                                 : already ? palette().color(QPalette::PlaceholderText)
                                           : QColor(0xb0, 0x00, 0x20)));
    m_table->setItem(row, 0, name);
    m_table->setItem(row, 1, result);
    auto* details = new QTableWidgetItem(summary);
    details->setToolTip(summary);
    m_table->setItem(row, 2, details);
    m_table->resizeRowToContents(row); // parked reasons are one line each
    (imported ? m_imported : already ? m_already : m_refused) += 1;
    m_progress->setValue(m_imported + m_already + m_refused);
    m_summary->setText(tr("%1 package(s) imported, %2 imported before, %3 refused. A receipt was written "
                          "beside each package that was imported: give it back with the USB stick.")
                           .arg(m_imported)
                           .arg(m_already)
                           .arg(m_refused));
}

void ImportReportDialog::setDone(const QString& message)
{
    m_progress->setRange(0, std::max(1, m_table->rowCount()));
    m_progress->setValue(m_progress->maximum());
    if (!message.isEmpty())
        m_summary->setText(m_summary->text() + QLatin1Char('\n') + message);
}

} // namespace ff
