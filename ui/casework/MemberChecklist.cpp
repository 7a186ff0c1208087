// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/MemberChecklist.h"

#include <QCheckBox>
#include <QGridLayout>

namespace ff {

MemberChecklist::MemberChecklist(const QList<std::pair<QString, QString>>& members, QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    constexpr int kColumns = 4;
    for (int i = 0; i < members.size(); ++i) {
        auto* box = new QCheckBox(members.at(i).second, this);
        box->setProperty("memberId", members.at(i).first);
        grid->addWidget(box, i / kColumns, i % kColumns);
        m_boxes.append(box);
    }
}

QStringList MemberChecklist::memberIds() const
{
    QStringList out;
    for (QCheckBox* box : m_boxes) {
        if (box->isChecked())
            out.append(box->property("memberId").toString());
    }
    return out;
}

void MemberChecklist::setMemberIds(const QStringList& ids)
{
    for (QCheckBox* box : m_boxes)
        box->setChecked(ids.contains(box->property("memberId").toString()));
}

} // namespace ff
