// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace ff {

/// `fieldfile report …`: the indicators of a profile's database (or a plain --database file) for a
/// scope and period, written as a CSV or PDF file without opening a window — for county IT and scripts. The
/// numbers are core/indicators' (IndicatorReport), the same the dashboard shows. An encrypted
/// profile needs its password: the first line of --password-file, or of standard input when that
/// is not a terminal (never an argument, which other users could read); the demo profile needs
/// none. Runs before any QApplication exists, with a QCoreApplication of its own (a
/// QGuiApplication, offscreen unless QT_QPA_PLATFORM says otherwise, for a PDF: the printed report
/// of IndicatorReportDocument).
class HeadlessReport
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessReport)

public:
    /// Whether the command line asks for it (`report` as the first argument).
    static bool isRequested(int argc, char** argv);
    /// Does it; returns the exit code (0 done, 1 failed, 2 a wrong command line).
    static int run(int argc, char** argv);
};

} // namespace ff
