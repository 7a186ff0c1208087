// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace ff::test {

/// Shows `window`, makes it the active window and puts the focus on the first field Tab reaches.
/// Returns that field (null when the window has none).
QWidget* focusFirstField(QWidget* window);

/// The fields the Tab key visits in `window` from the one with the focus, pressing Tab as a person
/// would, once round (until the focus comes back), each field once in the order reached; stops
/// after `presses`. `stuck` (optional) is set to the field that kept the focus through more
/// than `patience` Tabs in a row, if any.
QList<QWidget*> tabChain(QWidget* window, QWidget** stuck = nullptr, int presses = 400, int patience = 3);

/// The first step of `chain` against reading order (top to bottom, left to right; going back up
/// only into a column to the right), described with both fields' names; empty when there is none.
/// The chain is read from the field that comes first on the page.
QString readingOrderProblem(QWidget* window, const QList<QWidget*>& chain);

/// A field's name in a failure message: its class, object name and text or placeholder.
QString describe(const QWidget* field);

} // namespace ff::test
