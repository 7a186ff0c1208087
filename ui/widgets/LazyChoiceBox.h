// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

#include <functional>

namespace ff {

/// A drop-down list whose choices are read only when someone first needs them: when its list
/// opens, or a key or the wheel changes its choice. For a list whose choices take a query over
/// the whole caseload (the villages of the household list) while the window starts, when nobody
/// has asked for them yet. What is chosen stays chosen when the choices are read again.
class LazyChoiceBox : public QComboBox
{
    Q_OBJECT

public:
    using QComboBox::QComboBox;

    /// How the choices are read (it refills this box); run before they are first needed.
    void setFill(std::function<void()> fill);
    /// The choices may have changed: read again before they are next needed.
    void setStale();
    /// Reads the choices now if they are stale.
    void fillIfStale();
    bool isStale() const { return m_stale; }

    void showPopup() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    std::function<void()> m_fill;
    bool m_stale = true;
};

} // namespace ff
