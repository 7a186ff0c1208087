// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ErrorLabel.h"

namespace ff {

ErrorLabel::ErrorLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("errorLabel"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0;"
                                 " padding: 6px; font-weight: bold; }"));
    hide();
}

void ErrorLabel::showError(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace ff
