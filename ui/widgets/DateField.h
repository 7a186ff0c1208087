// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Clock.h"

#include <QDateEdit>

namespace ff {

/// A date entry that may be left empty: the empty state shows `emptyText` and gives an invalid date.
class DateField : public QDateEdit
{
    Q_OBJECT

public:
    /// The clock "today" is read from (the calendar's first page, the date a typed digit starts
    /// from): the session's, set once by the main window; the machine's until then.
    static void setClock(const Clock& clock);
    static QDate today();

    /// `earliest`: the first date it takes; the field shows `emptyText` while empty.
    explicit DateField(const QString& emptyText, QWidget* parent = nullptr,
                       QDate earliest = QDate(2000, 1, 1));

    /// The date entered, or an invalid QDate when left empty.
    QDate value() const;
    void setValue(QDate date);

protected:
    /// An empty field's calendar opens on today's month, not on the earliest date it allows.
    void mousePressEvent(QMouseEvent* event) override;
    /// Typing a date into an empty field starts from today's date, year first, so "20261220"
    /// typed in is 2026-12-20.
    void keyPressEvent(QKeyEvent* event) override;
    /// Tab goes on to the next field, as from every other field, also from an empty one (where
    /// QDateEdit would keep it); year, month and day are typed in one go.
    bool focusNextPrevChild(bool next) override;
};

} // namespace ff
