// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace ff {

/// A red banner at the top of a form saying why nothing was saved; hidden while there is nothing to say.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);

    void showError(const QString& text);
    /// The text shown, or empty when hidden (for tests).
    QString shownText() const { return isHidden() ? QString() : text(); }
};

} // namespace ff
