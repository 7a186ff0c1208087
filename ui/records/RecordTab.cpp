// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/RecordTab.h"

#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"
#include "ui/records/RecordTableModel.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

namespace ff {

RecordTab::RecordTab(const QString& recordType, Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_type(RecordTypes::find(recordType)), m_db(db), m_session(session)
{
    Q_ASSERT_X(m_type, "RecordTab", "a record type RecordTypes declares");
}

void RecordTab::setHousehold(const QString& householdId)
{
    m_householdId = householdId;
    setEnabled(!householdId.isEmpty());
    setToolTip(householdId.isEmpty() ? tr("Save the new household first.") : QString());
    reload();
}

void RecordTab::reload() { load(); }

void RecordTab::setCounts(int count, int attention)
{
    m_count = count;
    if (attention == m_attention)
        return;
    m_attention = attention;
    emit attentionChanged(attention);
}

void RecordTab::recordSaved()
{
    reload();
    emit changed();
}

bool RecordTab::hasUnrecordedText() const
{
    for (const QLineEdit* e : findChildren<QLineEdit*>()) {
        // Date and list boxes have a line edit inside: their text is not something typed.
        const QWidget* owner = e->parentWidget();
        if (qobject_cast<const QAbstractSpinBox*>(owner) || qobject_cast<const QComboBox*>(owner))
            continue;
        if (e->isEnabled() && !e->isReadOnly() && !e->text().trimmed().isEmpty())
            return true;
    }
    for (const QPlainTextEdit* e : findChildren<QPlainTextEdit*>()) {
        if (e->isEnabled() && !e->isReadOnly() && !e->toPlainText().trimmed().isEmpty())
            return true;
    }
    return false;
}

Authority::Verdict RecordTab::mayCreate(const RecordType& type) const
{
    return Authority::create(m_session.role(), type, {});
}

Authority::Verdict RecordTab::mayRemove(const RecordType& type) const
{
    return Authority::remove(m_session.role(), type);
}

Authority::Verdict RecordTab::mayChange(const RecordType& type, const QString& field) const
{
    return Authority::mayEverChange(m_session.role(), type, field);
}

void RecordTab::permit(QWidget* control, bool applies, const Authority::Verdict& verdict)
{
    static const char* const kOwnToolTip = "fieldfileOwnToolTip";
    if (!control->property(kOwnToolTip).isValid())
        control->setProperty(kOwnToolTip, control->toolTip());
    control->setEnabled(applies && verdict.allowed());
    control->setToolTip(verdict.allowed() ? control->property(kOwnToolTip).toString()
                                          : Authority::forPerson(verdict.refusal));
}

QTableView* RecordTab::makeView(RecordTableModel* model, const QString& objectName)
{
    auto* view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->setWordWrap(false);
    // Whole records are selected: the arrows go from one to the next, Tab goes on to the fields
    // below (cell by cell it would seem stuck, the selection never moving).
    view->setTabKeyNavigation(false);
    view->installEventFilter(this);
    return view;
}

bool RecordTab::eventFilter(QObject* watched, QEvent* event)
{
    auto* view = qobject_cast<QTableView*>(watched);
    if (view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (view->currentIndex().isValid())
                emit view->activated(view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ff
