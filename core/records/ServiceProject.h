// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace ff {

/// A government-purchased service project (政府购买服务, e.g. 三区计划), as
/// ServiceProjectRepository reads and writes it.
struct ServiceProject
{
    QString id;      ///< empty until saved
    QString station; ///< empty: county-wide
    QString name;
    QString purchaser;
    QString provider;
    QDate startsOn;
    QDate endsOn;
    double contractedHours = 0;
    int contractedHouseholds = 0;
    QString notes;

    bool isCountyWide() const { return station.isEmpty(); }
    /// Whether the project runs on `day` (its period holds it).
    bool runsOn(QDate day) const { return day >= startsOn && (!endsOn.isValid() || day <= endsOn); }
};

} // namespace ff
