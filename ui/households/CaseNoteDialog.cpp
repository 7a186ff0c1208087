// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/CaseNoteDialog.h"

#include "core/records/CaseNoteRepository.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ff {

CaseNoteDialog::CaseNoteDialog(Database& db, const Session& session, const CaseNote& note, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_note(note), m_errors(new ErrorLabel(this)),
      m_date(new DateField(tr("(not set)"), this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("caseNoteDialog"));
    setWindowTitle(tr("Correct a case note"));
    m_date->setObjectName(QStringLiteral("noteDateField"));
    m_text->setObjectName(QStringLiteral("noteTextEdit"));
    m_text->setTabChangesFocus(true);
    m_date->setValue(note.writtenOn);
    m_text->setPlainText(note.text);

    auto* about = new QLabel(tr("Written by %1 at %2. The text as it was stays in the note's history; "
                                "the note will say that you corrected it.")
                                 .arg(note.writtenBy, note.writtenAt),
                             this);
    about->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save the &correction"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(about);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseNoteDialog::reject);
    // Ctrl+Enter saves, as it adds a note on the tab.
    auto* save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &CaseNoteDialog::accept);
    setTabOrder(m_date, m_text);
    resize(620, 420);
}

QString CaseNoteDialog::errorText() const { return m_errors->shownText(); }

void CaseNoteDialog::accept()
{
    CaseNote n = m_note;
    if (Status s = CaseNoteRepository(m_db, m_session).correct(n, m_text->toPlainText(), m_date->value());
        !s) {
        m_errors->showError(s.error().message);
        return;
    }
    m_note = n;
    m_errors->showError({});
    QDialog::accept();
}

} // namespace ff
