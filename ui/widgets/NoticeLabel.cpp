// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/NoticeLabel.h"

namespace ff {

NoticeLabel::NoticeLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    hide();
}

void NoticeLabel::showError(const QString& text)
{
    setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0;"
                                 " padding: 4px; font-weight: bold; }"));
    setText(text);
    show();
}

void NoticeLabel::showDone(const QString& text)
{
    setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; background: #e8f5e9; border: 1px solid #a5d6a7;"
                                 " padding: 4px; }"));
    setText(text);
    show();
}

} // namespace ff
