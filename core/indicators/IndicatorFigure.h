// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ff {

/// One number of an indicator for one period: the indicator's stable id (docs/indicators.md), the
/// breakdown it is for (empty: the indicator's total), and its value, absent when the record model
/// cannot know it for that period.
struct IndicatorFigure
{
    QString indicator;
    /// Stable, as the CSV's key column holds it: `status:dibao`, `group:left_behind_child`,
    /// `casework/resource_linking`, `caseworker:王芳`, `project:<id>`.
    QString breakdown;
    /// The breakdown in the user's language (empty for the total).
    QString breakdownLabel;
    std::optional<double> value;
};

} // namespace ff
