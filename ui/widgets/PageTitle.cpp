// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/PageTitle.h"

namespace ff {

PageTitle::PageTitle(QWidget* parent) : QLabel(parent)
{
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * kScale);
    setFont(larger);
}

} // namespace ff
