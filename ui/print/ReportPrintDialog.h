// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/IndicatorScope.h"
#include "core/indicators/ReportPeriod.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QPushButton;

namespace ff {

/// Asks which report to print: its scope (the county or one of the stations offered) and its
/// period (a month, quarter or year up to today), and whether to print it or save it as PDF.
class ReportPrintDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Output
    {
        Printer,
        Pdf
    };

    /// `scopes`: what may be chosen, the first chosen at first; `kind`: the period's kind at first.
    ReportPrintDialog(const QString& title, const QList<IndicatorScope>& scopes, ReportPeriod::Kind kind,
                      QDate today, QWidget* parent = nullptr);

    IndicatorScope scope() const;
    ReportPeriod period() const;
    Output output() const { return m_output; }

private:
    void fillPeriods();

    QList<IndicatorScope> m_scopes;
    QDate m_today;
    QComboBox* m_scopeBox;
    QComboBox* m_kindBox;
    QComboBox* m_periodBox;
    QDialogButtonBox* m_buttons;
    QPushButton* m_printButton;
    QPushButton* m_pdfButton;
    Output m_output = Output::Printer;
};

} // namespace ff
