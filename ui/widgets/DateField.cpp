// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/DateField.h"

#include <QCalendarWidget>
#include <QDateTime>
#include <QKeyEvent>

namespace ff {

namespace {
const Clock* s_clock = &Clock::system();
}

void DateField::setClock(const Clock& clock) { s_clock = &clock; }

QDate DateField::today() { return QDateTime::fromMSecsSinceEpoch(s_clock->nowMs()).date(); }

DateField::DateField(const QString& emptyText, QWidget* parent, QDate earliest) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    setMinimumDate(earliest);
    setSpecialValueText(emptyText);
    setDate(minimumDate());
}

QDate DateField::value() const { return date() == minimumDate() ? QDate() : date(); }

void DateField::setValue(QDate d) { setDate(d.isValid() ? d : minimumDate()); }

void DateField::mousePressEvent(QMouseEvent* event)
{
    const bool empty = !value().isValid();
    QDateEdit::mousePressEvent(event);
    if (empty && calendarWidget() && calendarWidget()->isVisible()) {
        const QDate now = DateField::today();
        calendarWidget()->setCurrentPage(now.year(), now.month());
    }
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        const bool back = event->key() == Qt::Key_Backtab || (event->modifiers() & Qt::ShiftModifier);
        focusNextPrevChild(!back);
        return;
    }
    if (!isReadOnly() && !value().isValid() && !event->text().isEmpty() && event->text().at(0).isDigit()) {
        setDate(today());
        // The whole year is selected, so the first digit typed replaces it.
        setCurrentSection(QDateTimeEdit::YearSection);
        setSelectedSection(QDateTimeEdit::YearSection);
    }
    QDateEdit::keyPressEvent(event);
}

bool DateField::focusNextPrevChild(bool next) { return QWidget::focusNextPrevChild(next); }

} // namespace ff
