// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace ff {

/// The county's report on package files brought in from laptops: one line per package, saying
/// what was applied, what was already there, the conflicts opened, what was parked, or why the
/// package was refused. Lines are added as the packages are imported.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

public slots:
    /// `outcome`: a SyncClient::FileOutcome.
    void addLine(const QString& file, int outcome, const QString& summary);
    /// Packages sent so far, of how many.
    void setProgress(int done, int total);
    void setDone(const QString& message);

private:
    QTableWidget* m_table;
    QLabel* m_summary;
    QProgressBar* m_progress;
    int m_imported = 0;
    int m_already = 0;
    int m_refused = 0;
};

} // namespace ff
