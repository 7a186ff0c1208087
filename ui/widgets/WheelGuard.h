// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace ff {

/// Keeps the mouse wheel from changing answers by accident: a drop-down list, number or date box
/// reacts to the wheel only once it has been clicked into (has the focus). Otherwise the wheel
/// scrolls the form or list around it, as a person scrolling past expects. Installed once on the
/// application.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    /// Installs one guard for the whole application.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace ff
