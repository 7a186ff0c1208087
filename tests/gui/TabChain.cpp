// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/TabChain.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace ff::test {

namespace {
/// The field a focused widget belongs to: the spin box or combo box around its line edit.
QWidget* fieldOf(QWidget* w)
{
    while (
        w && w->parentWidget() &&
        (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget())))
        w = w->parentWidget();
    return w;
}

QRect placeOf(QWidget* window, const QWidget* w) { return {w->mapTo(window, QPoint(0, 0)), w->size()}; }
} // namespace

QWidget* focusFirstField(QWidget* window)
{
    window->show();
    window->activateWindow();
    (void)QTest::qWaitForWindowActive(window, 2000);
    QApplication::processEvents();
    for (QWidget* w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() && !w->focusProxy() &&
            w->window() == window) {
            w->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            return fieldOf(QApplication::focusWidget());
        }
    }
    return nullptr;
}

QList<QWidget*> tabChain(QWidget* window, QWidget** stuck, int presses, int patience)
{
    QList<QWidget*> chain;
    if (stuck)
        *stuck = nullptr;
    QWidget* start = fieldOf(QApplication::focusWidget());
    if (!start)
        return chain;
    chain.append(start);
    QWidget* last = start;
    int same = 0;
    for (int i = 0; i < presses; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus || focus->window() != window)
            break;
        QTest::keyClick(focus, Qt::Key_Tab);
        QWidget* now = fieldOf(QApplication::focusWidget());
        if (!now || now == start)
            break;
        if (now == last) {
            if (++same >= patience && stuck && !*stuck)
                *stuck = now;
            continue;
        }
        same = 0;
        last = now;
        if (!chain.contains(now))
            chain.append(now);
    }
    return chain;
}

QString describe(const QWidget* field)
{
    QString text;
    if (const auto* button = qobject_cast<const QAbstractButton*>(field))
        text = button->text();
    else if (const auto* line = qobject_cast<const QLineEdit*>(field))
        text = line->placeholderText();
    return QStringLiteral("%1 \"%2\" %3")
        .arg(QString::fromLatin1(field->metaObject()->className()), field->objectName(), text.left(30));
}

QString readingOrderProblem(QWidget* window, const QList<QWidget*>& chain)
{
    if (chain.size() < 2)
        return {};
    // Start with the field that comes first on the page.
    qsizetype first = 0;
    const auto before = [window](const QWidget* a, const QWidget* b) {
        const QRect ra = placeOf(window, a), rb = placeOf(window, b);
        return ra.top() != rb.top() ? ra.top() < rb.top() : ra.left() < rb.left();
    };
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (before(chain[i], chain[first]))
            first = i;
    }
    for (qsizetype k = 0; k + 1 < chain.size(); ++k) {
        const QWidget* a = chain[(first + k) % chain.size()];
        const QWidget* b = chain[(first + k + 1) % chain.size()];
        const QRect ra = placeOf(window, a), rb = placeOf(window, b);
        const int dy = rb.center().y() - ra.center().y();
        const bool sameRow = std::abs(dy) < std::min(ra.height(), rb.height()) / 2 + 1;
        bool fine;
        if (sameRow)
            fine = rb.center().x() > ra.center().x();
        else if (dy > 0)
            fine = true; // the next row
        else
            fine = rb.left() >= ra.right(); // back up into the next column
        if (!fine) {
            return QStringLiteral("Tab goes from %1 at (%2,%3) to %4 at (%5,%6)")
                .arg(describe(a))
                .arg(ra.left())
                .arg(ra.top())
                .arg(describe(b))
                .arg(rb.left())
                .arg(rb.top());
        }
    }
    return {};
}

} // namespace ff::test
