// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace ff {

/// A line that tells the user what just happened: red when something was refused, green when it
/// was saved; hidden until there is something to say.
class NoticeLabel : public QLabel
{
    Q_OBJECT

public:
    explicit NoticeLabel(QWidget* parent = nullptr);

    void showError(const QString& text);
    void showDone(const QString& text);
    /// The text shown, or empty when hidden (for tests).
    QString shownText() const { return isHidden() ? QString() : text(); }
};

} // namespace ff
