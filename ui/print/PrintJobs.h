// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ff {

class Database;
class MainWindow;
class PrintedDocument;

/// What PrintMenu's actions do: the household file, the monthly station report and the county
/// summary, printed through the system's print dialog or saved as PDF. A report is counted on a
/// worker thread with its own connection while a progress dialog shows how far it is. Loaded with
/// Qt PrintSupport when first used (OnDemandParts).
class PrintJobs
{
    Q_DECLARE_TR_FUNCTIONS(PrintJobs)

public:
    /// The household selected in `window`'s list.
    static void printHousehold(Database& db, MainWindow& window, bool pdf);
    /// Asks for the scope and period first.
    static void printReport(Database& db, MainWindow& window, bool county);

    /// Prints `document` through the print dialog, or saves it as PDF where the user chooses
    /// (`suggestedName` without its folder). Says what went wrong, if anything.
    static void output(QWidget* parent, const PrintedDocument& document, bool pdf,
                       const QString& suggestedName);
};

} // namespace ff
