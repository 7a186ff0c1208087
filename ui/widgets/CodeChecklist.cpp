// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/CodeChecklist.h"

#include "core/model/CodeList.h"

#include <QCheckBox>
#include <QGridLayout>

namespace ff {

CodeChecklist::CodeChecklist(const CodeList& list, int columns, QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    const QStringList codes = list.codes();
    for (int i = 0; i < codes.size(); ++i) {
        auto* box = new QCheckBox(list.label(codes[i]), this);
        box->setProperty("code", codes[i]);
        box->setObjectName(codes[i] + QStringLiteral("CheckBox"));
        grid->addWidget(box, i / columns, i % columns);
        m_boxes.append(box);
    }
}

QStringList CodeChecklist::codes() const
{
    QStringList out = m_unknown;
    for (const QCheckBox* box : m_boxes) {
        if (box->isChecked())
            out.append(box->property("code").toString());
    }
    return out;
}

void CodeChecklist::setCodes(const QStringList& codes)
{
    m_unknown = codes;
    for (QCheckBox* box : std::as_const(m_boxes)) {
        const QString code = box->property("code").toString();
        box->setChecked(codes.contains(code));
        m_unknown.removeAll(code);
    }
}

} // namespace ff
