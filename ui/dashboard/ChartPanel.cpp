// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ChartPanel.h"

#include "core/indicators/IndicatorRecords.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ff {

namespace {
constexpr int kIndicatorRole = Qt::UserRole;
constexpr int kBreakdownRole = Qt::UserRole + 1;

enum Column
{
    What,
    Current,
    Previous,
    ColumnCount
};
} // namespace

ChartPanel::ChartPanel(const QString& name, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_chartView(new QChartView(this)),
      m_table(new QTableWidget(this)), m_savePicture(new QPushButton(this)), m_export(new QPushButton(this)),
      m_heading(new QHBoxLayout), m_buttons(new QHBoxLayout)
{
    setObjectName(name + QStringLiteral("Panel"));
    m_title->setObjectName(name + QStringLiteral("TitleLabel"));
    m_chartView->setObjectName(name + QStringLiteral("ChartView"));
    m_table->setObjectName(name + QStringLiteral("TableWidget"));
    m_savePicture->setObjectName(name + QStringLiteral("SavePictureButton"));
    m_export->setObjectName(name + QStringLiteral("ExportButton"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setWordWrap(true);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(250);
    // The chart does not take the keyboard: its numbers are in the table, which does.
    m_chartView->setFocusPolicy(Qt::NoFocus);

    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Current, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Previous, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(6 * m_table->verticalHeader()->defaultSectionSize());
    m_table->setTabKeyNavigation(false);
    const auto clicked = [this](int row, int column) {
        if (column != Current && column != Previous)
            return;
        const QTableWidgetItem* item = m_table->item(row, column);
        if (!item || !(item->flags() & Qt::ItemIsEnabled) || item->data(kIndicatorRole).isNull())
            return;
        emit figureClicked(item->data(kIndicatorRole).toString(), item->data(kBreakdownRole).toString(),
                           column == Previous);
    };
    connect(m_table, &QTableWidget::cellClicked, this, clicked);
    connect(m_table, &QTableWidget::cellActivated, this, clicked);

    m_savePicture->setAutoDefault(false);
    m_export->setAutoDefault(false);
    connect(m_savePicture, &QPushButton::clicked, this, &ChartPanel::savePictureRequested);
    connect(m_export, &QPushButton::clicked, this, &ChartPanel::exportRequested);

    m_buttons->addStretch(1);
    m_buttons->addWidget(m_savePicture);
    m_buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_heading->addWidget(m_title, 1);
    layout->addLayout(m_heading);
    layout->addWidget(m_chartView, 3);
    layout->addWidget(m_table, 2);
    layout->addLayout(m_buttons);
    retranslate();
}

QString ChartPanel::unknownText() { return QStringLiteral("—"); }

void ChartPanel::addControl(QWidget* control)
{
    m_heading->addWidget(control);
    // Reading order: the chooser beside the title comes before the table below the chart.
    setTabOrder(control, m_table);
}

void ChartPanel::setChart(QChart* chart)
{
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void ChartPanel::clearRows()
{
    m_report.reset();
    m_table->setRowCount(0);
}

void ChartPanel::setRows(const IndicatorReport& report,
                         const std::function<bool(const IndicatorReport::Row&)>& keep)
{
    m_report = report.filtered(keep);
    const QList<IndicatorReport::Row>& rows = m_report->rows();
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels(
        {tr("Figure"), report.period().label(), tr("Before: %1").arg(report.period().previous().label())});
    const QColor link = palette().color(QPalette::Link);
    for (int i = 0; i < rows.size(); ++i) {
        const IndicatorReport::Row& r = rows.at(i);
        auto* what =
            new QTableWidgetItem(r.breakdown.isEmpty() ? r.name : QStringLiteral("    ") + r.breakdownLabel);
        what->setToolTip(r.breakdown.isEmpty() ? r.name : r.name + QStringLiteral(" · ") + r.breakdownLabel);
        if (r.breakdown.isEmpty()) {
            QFont f = what->font();
            f.setBold(true);
            what->setFont(f);
        }
        m_table->setItem(i, What, what);
        const bool listed = IndicatorRecords::lists(r.indicator);
        const auto number = [&](const std::optional<double>& v, int column) {
            auto* item = new QTableWidgetItem(v ? IndicatorReport::formatValue(v) : unknownText());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (listed && v && *v > 0) {
                item->setData(kIndicatorRole, r.indicator);
                item->setData(kBreakdownRole, r.breakdown);
                item->setForeground(link);
                item->setToolTip(tr("Click (or press Enter) to list the households behind this number"));
            } else if (!v) {
                item->setToolTip(tr("Not known for this period"));
            }
            m_table->setItem(i, column, item);
        };
        number(r.current, Current);
        number(r.previous, Previous);
    }
}

void ChartPanel::retranslate()
{
    m_savePicture->setText(tr("Save chart as picture…"));
    m_savePicture->setToolTip(tr("Save the chart as a PNG picture, e.g. for a report"));
    m_export->setText(tr("Export table as CSV…"));
    m_export->setToolTip(tr("Save the table's numbers as a CSV file that spreadsheets open"));
}

} // namespace ff

// Compiled here, not with the library's other meta-objects: the app links this class only with
// the module that uses it (ui/main/OnDemandParts.h).
#include "moc_ChartPanel.cpp"
