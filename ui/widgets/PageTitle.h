// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace ff {

/// A page's title (My tasks, Due visits, Station overview): larger than the page's text, in the
/// same regular weight. Not bold: a caseworker's first screen then draws nothing in bold, so the
/// start opens no bold face of the Chinese font before the window is painted (Noto Sans CJK's
/// Bold is a 20 MB collection of its own; opening it with its shaping tables took about 10 ms of
/// the start, tests/bench/README.md).
class PageTitle : public QLabel
{
    Q_OBJECT

public:
    /// How much larger than the text it is set.
    static constexpr double kScale = 1.4;

    explicit PageTitle(QWidget* parent = nullptr);
};

} // namespace ff
