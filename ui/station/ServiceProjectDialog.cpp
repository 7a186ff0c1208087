// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/station/ServiceProjectDialog.h"

#include "core/model/FieldLabels.h"
#include "core/records/ServiceProjectRepository.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ff {

namespace {
QString label(const char* field)
{
    return FieldLabels::formLabel(QStringLiteral("service_project"), QString::fromLatin1(field));
}
} // namespace

ServiceProjectDialog::ServiceProjectDialog(Database& db, const Session& session,
                                           const ServiceProject& project, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_project(project), m_errors(new ErrorLabel(this)),
      m_name(new QLineEdit(this)), m_purchaser(new QLineEdit(this)), m_provider(new QLineEdit(this)),
      m_starts(new DateField(tr("(not set)"), this)), m_ends(new DateField(tr("(not set)"), this)),
      m_hours(new QDoubleSpinBox(this)), m_households(new QSpinBox(this)), m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(project.id.isEmpty() ? tr("New service project") : tr("Service project"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_purchaser->setObjectName(QStringLiteral("purchaserLineEdit"));
    m_provider->setObjectName(QStringLiteral("providerLineEdit"));
    m_starts->setObjectName(QStringLiteral("startsDateEdit"));
    m_ends->setObjectName(QStringLiteral("endsDateEdit"));
    m_hours->setObjectName(QStringLiteral("hoursSpinBox"));
    m_households->setObjectName(QStringLiteral("householdsSpinBox"));
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_name->setPlaceholderText(tr("e.g. Three Areas Plan social-work service 2026"));
    m_purchaser->setPlaceholderText(tr("e.g. the county civil-affairs bureau"));
    m_hours->setRange(0, 100000);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h"));
    m_households->setRange(0, 100000);
    m_notes->setTabChangesFocus(true);
    m_name->setText(project.name);
    m_purchaser->setText(project.purchaser);
    m_provider->setText(project.provider);
    m_starts->setValue(project.startsOn);
    m_ends->setValue(project.endsOn);
    m_hours->setValue(project.contractedHours);
    m_households->setValue(project.contractedHouseholds);
    m_notes->setPlainText(project.notes);

    auto* form = new QFormLayout;
    form->addRow(label("name"), m_name);
    form->addRow(label("purchaser"), m_purchaser);
    form->addRow(label("provider"), m_provider);
    form->addRow(label("starts_on"), m_starts);
    form->addRow(label("ends_on"), m_ends);
    form->addRow(label("contracted_hours"), m_hours);
    form->addRow(label("contracted_households"), m_households);
    form->addRow(label("notes"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServiceProjectDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(600, 460);
}

QString ServiceProjectDialog::errorText() const { return m_errors->shownText(); }

void ServiceProjectDialog::accept()
{
    ServiceProject p = m_project;
    p.name = m_name->text().trimmed();
    p.purchaser = m_purchaser->text().trimmed();
    p.provider = m_provider->text().trimmed();
    p.startsOn = m_starts->value();
    p.endsOn = m_ends->value();
    p.contractedHours = m_hours->value();
    p.contractedHouseholds = m_households->value();
    p.notes = m_notes->toPlainText().trimmed();
    if (Status s = ServiceProjectRepository(m_db, m_session).save(p); !s) {
        m_errors->showError(s.error().message);
        return;
    }
    m_project = p;
    m_errors->showError({});
    QDialog::accept();
}

} // namespace ff
