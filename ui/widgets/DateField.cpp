// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DateField.h"

namespace ff {

DateField::DateField(const QString& emptyText, QWidget* parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    setMinimumDate(QDate(2000, 1, 1));
    setSpecialValueText(emptyText);
    setDate(minimumDate());
}

QDate DateField::value() const { return date() == minimumDate() ? QDate() : date(); }

void DateField::setValue(QDate d) { setDate(d.isValid() ? d : minimumDate()); }

} // namespace ff
