// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace ff {

/// A horizontal bar chart for print, drawn with QPainter: one row per label, a dark bar for this
/// period beside a light one for the previous period, each with its number, and a legend.
/// Horizontal bars keep long Chinese labels readable; the picture is drawn at twice the size it
/// is printed, so lines and text stay sharp on paper.
class BarChartImage
{
public:
    struct Bar
    {
        QString label;
        std::optional<double> current;
        std::optional<double> previous;
    };

    /// A chart `width` layout units wide (it is drawn at twice that in pixels).
    static QImage draw(const QString& title, const QString& currentName, const QString& previousName,
                       const QList<Bar>& bars, int width);
};

} // namespace ff
