// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/CodeChoiceBox.h"

#include "core/model/CodeList.h"

namespace ff {

CodeChoiceBox::CodeChoiceBox(const CodeList& list, const QString& emptyText, QWidget* parent)
    : QComboBox(parent)
{
    if (!emptyText.isNull())
        addItem(emptyText, QString());
    for (const QString& code : list.codes())
        addItem(list.label(code), code);
}

QString CodeChoiceBox::code() const { return currentData().toString(); }

void CodeChoiceBox::setCode(const QString& code)
{
    int index = findData(code);
    if (index < 0 && !code.isEmpty()) {
        // A code this version does not know (e.g. from a newer form): keep it rather than lose it.
        addItem(code, code);
        index = count() - 1;
    }
    setCurrentIndex(std::max(index, 0));
}

} // namespace ff
