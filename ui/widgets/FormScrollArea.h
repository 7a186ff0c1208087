// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace ff {

/// Holds a long form so that its window fits a small screen (1366×768 with a taskbar): the form
/// takes the room there is and scrolls when it needs more, and the field that gets the keyboard
/// focus (Tab) is scrolled into view.
class FormScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    /// Takes `form` (and its layout) as the scrolled widget.
    explicit FormScrollArea(QWidget* form, QWidget* parent = nullptr);

    /// The most height the form asks for: it grows to this when there is room, so it scrolls only
    /// on a screen too small for it.
    QSize sizeHint() const override;
};

} // namespace ff
