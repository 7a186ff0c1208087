// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/StationOverview.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace ff {

/// The households and records behind one number of the station overview (overdue visits of a
/// caseworker, their open risk flags …), most urgent first. Double-click or Enter opens the
/// household's file.
class OverviewListDialog : public QDialog
{
    Q_OBJECT

public:
    /// `heading` names the number ("Visits overdue — 王芳"), `note` says how the list is ordered
    /// (may be empty); `daysHeader` what the days column counts (empty: no such column); `total`:
    /// how many there are (more than `entries` when the list was cut short).
    OverviewListDialog(const QString& heading, const QString& note, const QString& daysHeader,
                       const QList<StationOverview::Entry>& entries, int total, bool showCaseworker,
                       QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }

signals:
    void openRequested(const QString& householdId);

private:
    QLabel* m_heading;
    QTreeWidget* m_tree;
};

} // namespace ff
