// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/LazyChoiceBox.h"

#include <utility>

namespace ff {

void LazyChoiceBox::setFill(std::function<void()> fill)
{
    m_fill = std::move(fill);
    m_stale = true;
}

void LazyChoiceBox::setStale() { m_stale = true; }

void LazyChoiceBox::fillIfStale()
{
    if (!m_stale || !m_fill)
        return;
    m_stale = false;
    m_fill();
}

void LazyChoiceBox::showPopup()
{
    fillIfStale();
    QComboBox::showPopup();
}

void LazyChoiceBox::keyPressEvent(QKeyEvent* event)
{
    fillIfStale();
    QComboBox::keyPressEvent(event);
}

void LazyChoiceBox::wheelEvent(QWheelEvent* event)
{
    fillIfStale();
    QComboBox::wheelEvent(event);
}

} // namespace ff
