// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casework/VisitDialog.h"

#include "core/model/FieldLabels.h"
#include "core/records/HouseholdRepository.h"
#include "ui/casework/MemberChecklist.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ff {

namespace {
QString label(const char* field)
{
    return FieldLabels::formLabel(QStringLiteral("visit"), QString::fromLatin1(field));
}

QList<std::pair<QString, QString>> membersOf(Database& db, const QString& householdId)
{
    QList<std::pair<QString, QString>> out;
    if (const auto file = HouseholdRepository(db).load(householdId)) {
        for (const QVariantMap& m : file->members)
            out.append(
                {m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("name")).toString()});
    }
    return out;
}
} // namespace

VisitDialog::VisitDialog(Database& db, const Session& session, const Visit& visit, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_visit(visit), m_errors(new ErrorLabel(this)),
      m_planned(new QRadioButton(tr("&Planned"), this)), m_done(new QRadioButton(tr("&Done"), this)),
      m_plannedOn(new DateField(tr("(not set)"), this)), m_purpose(new QLineEdit(this)),
      m_donePart(new QWidget(this)), m_visitedOn(new DateField(tr("(not set)"), this)),
      m_met(new MemberChecklist(membersOf(db, visit.householdId), this)), m_others(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(
        visit.id.isEmpty()
            ? tr("Visit")
            : tr("Visit of %1")
                  .arg(
                      (visit.visitedOn.isValid() ? visit.visitedOn : visit.plannedOn).toString(Qt::ISODate)));
    m_planned->setObjectName(QStringLiteral("plannedRadioButton"));
    m_done->setObjectName(QStringLiteral("doneRadioButton"));
    m_plannedOn->setObjectName(QStringLiteral("plannedDateEdit"));
    m_purpose->setObjectName(QStringLiteral("purposeLineEdit"));
    m_visitedOn->setObjectName(QStringLiteral("visitedDateEdit"));
    m_met->setObjectName(QStringLiteral("metMemberChecklist"));
    m_others->setObjectName(QStringLiteral("othersLineEdit"));
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));

    m_purpose->setPlaceholderText(tr("e.g. guardianship follow-up, check the school attendance"));
    m_others->setPlaceholderText(tr("e.g. the village committee director, a neighbour"));
    m_notes->setPlaceholderText(tr("What you saw and heard; anything that needs action"));
    m_notes->setTabChangesFocus(true);
    (visit.status == QLatin1String("done") ? m_done : m_planned)->setChecked(true);
    m_plannedOn->setValue(visit.plannedOn);
    m_purpose->setText(visit.purpose);
    m_visitedOn->setValue(visit.visitedOn.isValid() ? visit.visitedOn : m_session.today());
    m_met->setMemberIds(visit.metMemberIds);
    m_others->setText(visit.metOthers);
    m_notes->setPlainText(visit.notes);

    auto* status = new QHBoxLayout;
    status->addWidget(m_planned);
    status->addWidget(m_done);
    status->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(label("status"), status);
    form->addRow(label("planned_on"), m_plannedOn);
    form->addRow(label("purpose"), m_purpose);
    auto* doneForm = new QFormLayout(m_donePart);
    doneForm->setContentsMargins(0, 0, 0, 0);
    doneForm->addRow(label("visited_on"), m_visitedOn);
    doneForm->addRow(label("met_member_ids"), m_met);
    doneForm->addRow(label("met_others"), m_others);
    doneForm->addRow(label("notes"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VisitDialog::reject);
    connect(m_done, &QRadioButton::toggled, this, &VisitDialog::updateMode);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(m_donePart, 1);
    layout->addWidget(buttons);
    updateMode();
    resize(640, 480);
}

QString VisitDialog::errorText() const { return m_errors->shownText(); }

void VisitDialog::updateMode() { m_donePart->setEnabled(m_done->isChecked()); }

void VisitDialog::accept()
{
    Visit v = m_visit;
    v.status = m_done->isChecked() ? QStringLiteral("done") : QStringLiteral("planned");
    v.plannedOn = m_plannedOn->value();
    v.purpose = m_purpose->text().trimmed();
    v.visitedOn = m_visitedOn->value();
    v.metMemberIds = m_met->memberIds();
    v.metOthers = m_others->text().trimmed();
    v.notes = m_notes->toPlainText().trimmed();
    if (Status s = VisitRepository(m_db, m_session).save(v); !s) {
        m_errors->showError(s.error().message);
        return;
    }
    m_visit = v;
    m_errors->showError({});
    QDialog::accept();
}

} // namespace ff
