// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace ff {

/// A date entry that may be left empty: the empty state shows `emptyText` and gives an invalid date.
class DateField : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(const QString& emptyText, QWidget* parent = nullptr);

    /// The date entered, or an invalid QDate when left empty.
    QDate value() const;
    void setValue(QDate date);
};

} // namespace ff
