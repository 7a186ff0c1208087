// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/station/VolunteerDialog.h"

#include "core/model/FieldLabels.h"
#include "core/records/VolunteerRepository.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff {

namespace {
QString label(const char* field)
{
    return FieldLabels::formLabel(QStringLiteral("volunteer"), QString::fromLatin1(field));
}
} // namespace

VolunteerDialog::VolunteerDialog(Database& db, const Session& session, const Volunteer& volunteer,
                                 QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_volunteer(volunteer), m_errors(new ErrorLabel(this)),
      m_name(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_skills(new QLineEdit(this)),
      m_trainings(new QPlainTextEdit(this)), m_joined(new DateField(tr("(not set)"), this)),
      m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(volunteer.id.isEmpty() ? tr("New volunteer") : tr("Volunteer"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    m_skills->setObjectName(QStringLiteral("skillsLineEdit"));
    m_trainings->setObjectName(QStringLiteral("trainingsTextEdit"));
    m_joined->setObjectName(QStringLiteral("joinedDateEdit"));
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_skills->setPlaceholderText(tr("e.g. haircuts, tutoring, accompanying to hospital"));
    m_trainings->setPlaceholderText(tr("One training a line, e.g. 2026-03 volunteer induction"));
    m_trainings->setTabChangesFocus(true);
    m_notes->setTabChangesFocus(true);
    m_name->setText(volunteer.name);
    m_phone->setText(volunteer.phone);
    m_skills->setText(volunteer.skills);
    m_trainings->setPlainText(volunteer.trainings);
    m_joined->setValue(volunteer.joinedOn);
    m_notes->setPlainText(volunteer.notes);

    auto* form = new QFormLayout;
    form->addRow(label("name"), m_name);
    form->addRow(label("phone"), m_phone);
    form->addRow(label("skills"), m_skills);
    form->addRow(label("trainings"), m_trainings);
    form->addRow(label("joined_on"), m_joined);
    form->addRow(label("notes"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VolunteerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VolunteerDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(560, 460);
}

QString VolunteerDialog::errorText() const { return m_errors->shownText(); }

void VolunteerDialog::accept()
{
    Volunteer v = m_volunteer;
    v.name = m_name->text().trimmed();
    v.phone = m_phone->text().trimmed();
    v.skills = m_skills->text().trimmed();
    v.trainings = m_trainings->toPlainText().trimmed();
    v.joinedOn = m_joined->value();
    v.notes = m_notes->toPlainText().trimmed();
    if (Status s = VolunteerRepository(m_db, m_session).save(v); !s) {
        m_errors->showError(s.error().message);
        return;
    }
    m_volunteer = v;
    m_errors->showError({});
    QDialog::accept();
}

} // namespace ff
