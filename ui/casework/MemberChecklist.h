// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace ff {

/// Check boxes for the members of one household, by name; gives and takes member ids.
class MemberChecklist : public QWidget
{
    Q_OBJECT

public:
    /// `members`: id → name, in the order to show.
    MemberChecklist(const QList<std::pair<QString, QString>>& members, QWidget* parent = nullptr);

    QStringList memberIds() const;
    void setMemberIds(const QStringList& ids);

private:
    QList<QCheckBox*> m_boxes;
};

} // namespace ff
