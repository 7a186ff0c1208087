// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/ConflictDialog.h"

#include "core/db/Database.h"
#include "core/journal/JournalWriter.h"
#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/records/HouseholdRepository.h"
#include "core/schema/Authority.h"
#include "core/schema/RecordTypes.h"
#include "ui/widgets/CodeChoiceBox.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff {

ConflictDialog::ConflictDialog(Database& db, const Session& session, const QString& householdId,
                               QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_householdId(householdId),
      m_list(new QListWidget(this)), m_sides(new QWidget(this)), m_grid(new QGridLayout(m_sides)),
      m_empty(new QLabel(this))
{
    setWindowTitle(tr("Resolve conflicts"));
    m_list->setObjectName(QStringLiteral("conflictListWidget"));
    auto* intro =
        new QLabel(tr("These fields were changed differently by people who had not seen each other's "
                      "change. Nothing has been lost: choose the value that is right, or write a new one."),
                   this);
    intro->setWordWrap(true);
    m_empty->setText(tr("No conflicts are left in this household file."));
    m_empty->hide();
    m_list->setMaximumWidth(260);

    auto* body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_sides, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictDialog::showConflict);
    reload();
    resize(900, 420);
}

void ConflictDialog::reload()
{
    m_conflicts = ConflictReader(m_db).forHousehold(m_householdId);
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const FieldConflict& c : std::as_const(m_conflicts)) {
        QString record = FieldLabels::entity(c.entity);
        if (c.entity == QStringLiteral("member")) {
            if (const QString name = HouseholdRepository(m_db).memberName(c.recordId); !name.isEmpty())
                record += QLatin1Char(' ') + name;
        }
        m_list->addItem(record + QStringLiteral(" · ") + FieldLabels::field(c.entity, c.field));
    }
    m_empty->setVisible(m_conflicts.isEmpty());
    m_sides->setVisible(!m_conflicts.isEmpty());
    if (!m_conflicts.isEmpty())
        m_list->setCurrentRow(0);
    showConflict(m_list->currentRow());
}

void ConflictDialog::showConflict(int row)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (row < 0 || row >= m_conflicts.size())
        return;
    const FieldConflict& c = m_conflicts.at(row);
    // An assistance status or a review decision is settled by those who may set it, never here by
    // a caseworker: both values stay shown until a supervisor or county staff chooses.
    const RecordType* recordType = RecordTypes::find(c.entity);
    const bool mayResolve = !recordType || Authority::mayChange(m_session.role(), *recordType, c.field);
    for (int i = 0; i < c.sides.size(); ++i) {
        const FieldConflict::Side& side = c.sides.at(i);
        auto* box = new QGroupBox(side.shown ? tr("Shown now") : tr("Other value"), m_sides);
        auto* v = new QVBoxLayout(box);
        auto* value = new QLabel(FieldLabels::value(c.field, side.value), box);
        value->setObjectName(QStringLiteral("sideValue%1").arg(i));
        value->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold;"));
        value->setWordWrap(true);
        v->addWidget(value);
        v->addWidget(new QLabel(tr("By: %1").arg(side.author), box));
        v->addWidget(new QLabel(
            tr("When: %1").arg(QLocale().toString(side.when, QStringLiteral("yyyy-MM-dd HH:mm"))), box));
        auto* device = new QLabel(tr("Device: %1").arg(side.change.device.left(8)), box);
        device->setToolTip(side.change.device);
        v->addWidget(device);
        auto* keepButton = new QPushButton(tr("Keep this value"), box);
        keepButton->setObjectName(QStringLiteral("keepButton%1").arg(i));
        keepButton->setEnabled(mayResolve);
        connect(keepButton, &QPushButton::clicked, this, [this, i] { keep(i); });
        v->addWidget(keepButton);
        m_grid->addWidget(box, 0, i);
    }
    if (!mayResolve) {
        // Who may settle it, in the rule's words (the status: only the county).
        const QString who =
            Authority::forPerson(Authority::mayEverChange(m_session.role(), *recordType, c.field).refusal);
        auto* note = new QLabel(
            tr("%1 Both values stay as they are until it is settled there; nothing is lost.").arg(who),
            m_sides);
        note->setObjectName(QStringLiteral("authorityNoteLabel"));
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: #8a5300;"));
        m_grid->addWidget(note, 1, 0, 1, int(c.sides.size()));
        return;
    }
    // A new value, for fields where a person can type or choose one.
    const RecordType* type = RecordTypes::find(c.entity);
    const FieldSpec* field = type ? type->field(c.field) : nullptr;
    if (!field || field->kind == FieldKind::Codes)
        return;
    auto* row2 = new QWidget(m_sides);
    auto* h = new QHBoxLayout(row2);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(new QLabel(tr("Or a new value:"), row2));
    auto* use = new QPushButton(tr("Use the new value"), row2);
    use->setObjectName(QStringLiteral("useNewButton"));
    if (const CodeList* list = CodeList::forField(c.field)) {
        auto* choice = new CodeChoiceBox(*list, tr("(choose)"), row2);
        h->addWidget(choice, 1);
        connect(use, &QPushButton::clicked, this, [this, choice] {
            if (!choice->code().isEmpty())
                useNewValue(choice->code());
        });
    } else {
        auto* edit = new QLineEdit(row2);
        edit->setObjectName(QStringLiteral("newValueLineEdit"));
        h->addWidget(edit, 1);
        connect(use, &QPushButton::clicked, this, [this, edit] { useNewValue(edit->text()); });
    }
    h->addWidget(use);
    m_grid->addWidget(row2, 1, 0, 1, int(c.sides.size()));
}

void ConflictDialog::keep(int index)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size() || index < 0 || index >= m_conflicts[row].sides.size())
        return;
    resolve(m_conflicts[row].sides[index].value);
}

void ConflictDialog::useNewValue(const QVariant& value) { resolve(value); }

void ConflictDialog::resolve(const QVariant& value)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const FieldConflict& c = m_conflicts.at(row);
    JournalWriter writer(m_db, m_session);
    const Status s =
        writer.commit({{c.entity, c.recordId, c.householdId, Change::Op::Resolve, {{c.field, value}}}});
    if (!s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    reload();
}

} // namespace ff
