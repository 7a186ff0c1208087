// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace ff {

class CodeList;

/// Check boxes for a multiple-choice code list (causes of hardship, special groups …), in a grid.
class CodeChecklist : public QWidget
{
    Q_OBJECT

public:
    CodeChecklist(const CodeList& list, int columns, QWidget* parent = nullptr);

    QStringList codes() const;
    void setCodes(const QStringList& codes);

private:
    QList<QCheckBox*> m_boxes;
    QStringList m_unknown;
};

} // namespace ff
