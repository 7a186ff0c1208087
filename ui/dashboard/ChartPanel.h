// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/IndicatorReport.h"

#include <QWidget>

#include <functional>
#include <optional>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ff {

/// One chart of the dashboard with its numbers in a table below it, each beside the previous
/// period's, and the buttons that save the chart as a picture and the table as CSV. A click on a
/// number asks for the households or records behind it.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    /// `name` makes the object names of the panel and its parts (`servicesChartView`, …).
    explicit ChartPanel(const QString& name, QWidget* parent = nullptr);

    QLabel* titleLabel() const { return m_title; }
    QChartView* chartView() const { return m_chartView; }
    QTableWidget* table() const { return m_table; }
    QPushButton* savePictureButton() const { return m_savePicture; }
    QPushButton* exportButton() const { return m_export; }

    /// Puts a control of the chart (a chooser) beside its title.
    void addControl(QWidget* control);
    /// Shows `chart` (the panel owns it; the one before is deleted).
    void setChart(QChart* chart);
    /// The table: the rows of `report` that `keep` accepts, as IndicatorReport::filtered gives them.
    void setRows(const IndicatorReport& report, const std::function<bool(const IndicatorReport::Row&)>& keep);
    /// An empty table, while its numbers are being counted.
    void clearRows();
    /// The table as it is shown, for its CSV export.
    const std::optional<IndicatorReport>& tableReport() const { return m_report; }
    /// The text a table shows for a value not known (an empty cell in the CSV).
    static QString unknownText();

    void retranslate();

signals:
    /// A number of the table was clicked: the figure of `indicator` / `breakdown` for the period
    /// shown (`previous` false) or the one before.
    void figureClicked(const QString& indicator, const QString& breakdown, bool previous);
    void savePictureRequested();
    void exportRequested();

private:
    QLabel* m_title;
    QChartView* m_chartView;
    QTableWidget* m_table;
    QPushButton* m_savePicture;
    QPushButton* m_export;
    QHBoxLayout* m_heading;
    QHBoxLayout* m_buttons;
    std::optional<IndicatorReport> m_report;
};

} // namespace ff
