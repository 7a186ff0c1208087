// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/FormScrollArea.h"

#include <QApplication>
#include <QScrollBar>

namespace ff {

FormScrollArea::FormScrollArea(QWidget* form, QWidget* parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The fields take the focus, never the area itself (an extra stop for Tab).
    setFocusPolicy(Qt::NoFocus);
    // The form keeps the background of the page it is on.
    viewport()->setAutoFillBackground(false);
    form->setAutoFillBackground(false);
    setWidget(form);
    // Tabbing into the form from outside it (the tab bar, the buttons) passes no focus event through
    // the area: follow the focus instead.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && widget() && widget()->isAncestorOf(now))
            ensureWidgetVisible(now);
    });
}

QSize FormScrollArea::sizeHint() const
{
    const QSize form = widget() ? widget()->sizeHint() : QSize();
    const int frame = 2 * frameWidth();
    return {form.width() + frame + verticalScrollBar()->sizeHint().width(), form.height() + frame};
}

} // namespace ff
