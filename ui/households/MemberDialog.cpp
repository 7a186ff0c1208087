// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/MemberDialog.h"

#include "ui/widgets/DateField.h"

#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/model/HouseholdValidator.h"
#include "core/model/ResidentId.h"
#include "ui/widgets/CodeChecklist.h"
#include "ui/widgets/CodeChoiceBox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff {

namespace {
QString label(const char* field)
{
    return FieldLabels::formLabel(QStringLiteral("member"), QString::fromLatin1(field));
}
} // namespace

MemberDialog::MemberDialog(const QVariantMap& member, QDate today, QWidget* parent)
    : QDialog(parent), m_today(today), m_member(member), m_name(new QLineEdit(this)),
      m_sex(new CodeChoiceBox(CodeList::sex(), tr("(choose)"), this)),
      m_birth(new DateField(tr("(not entered)"), this, QDate(1880, 1, 1))), m_idNumber(new QLineEdit(this)),
      m_idHint(new QLabel(this)), m_relation(new CodeChoiceBox(CodeList::relation(), tr("(choose)"), this)),
      m_health(new CodeChoiceBox(CodeList::health(), tr("(not recorded)"), this)),
      m_disability(new CodeChoiceBox(CodeList::disabilityType(), tr("No disability"), this)),
      m_grade(new CodeChoiceBox(CodeList::disabilityGrade(), tr("(none)"), this)),
      m_schooling(new CodeChoiceBox(CodeList::schooling(), tr("(not recorded)"), this)),
      m_work(new CodeChoiceBox(CodeList::workAbility(), tr("(not recorded)"), this)),
      m_groups(new CodeChecklist(CodeList::specialGroups(), 3, this)), m_errors(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(member.value(QStringLiteral("name")).toString().isEmpty() ? tr("New member")
                                                                             : tr("Member"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_sex->setObjectName(QStringLiteral("sexComboBox"));
    m_birth->setObjectName(QStringLiteral("birthDateEdit"));
    m_idNumber->setObjectName(QStringLiteral("idNumberLineEdit"));
    m_relation->setObjectName(QStringLiteral("relationComboBox"));
    m_errors->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    m_idNumber->setMaxLength(18);
    m_idNumber->setPlaceholderText(tr("18 characters; birth date and sex are filled in from it"));
    m_idHint->setWordWrap(true);
    // Room for the longest message (three lines), so a message never shows cut off.
    m_idHint->setMinimumHeight(3 * m_idHint->fontMetrics().lineSpacing() + 4);
    m_idHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_errors->hide();

    auto* form = new QFormLayout;
    form->addRow(label("name"), m_name);
    form->addRow(label("id_number"), m_idNumber);
    form->addRow(QString(), m_idHint);
    form->addRow(label("sex"), m_sex);
    form->addRow(label("birth_date"), m_birth);
    form->addRow(label("relation"), m_relation);
    form->addRow(label("health"), m_health);
    auto* disability = new QHBoxLayout;
    disability->addWidget(m_disability, 1);
    disability->addWidget(m_grade, 1);
    form->addRow(label("disability_type"), disability);
    form->addRow(label("schooling"), m_schooling);
    form->addRow(label("work_ability"), m_work);
    auto* groups =
        new QGroupBox(FieldLabels::field(QStringLiteral("member"), QStringLiteral("special_groups")), this);
    auto* groupsLayout = new QVBoxLayout(groups);
    groupsLayout->addWidget(m_groups);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(groups);
    layout->addWidget(m_buttons);
    // Tab follows the form as it reads: the ID number comes right after the name, as a caseworker
    // copies them off the ID card (the fields were made in another order).
    QWidget::setTabOrder(m_name, m_idNumber);

    m_name->setText(member.value(QStringLiteral("name")).toString());
    m_idNumber->setText(member.value(QStringLiteral("id_number")).toString());
    m_sex->setCode(member.value(QStringLiteral("sex")).toString());
    const QDate birth = QDate::fromString(member.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    m_birth->setDate(birth.isValid() ? birth : m_birth->minimumDate());
    m_relation->setCode(member.value(QStringLiteral("relation")).toString());
    m_health->setCode(member.value(QStringLiteral("health")).toString());
    m_disability->setCode(member.value(QStringLiteral("disability_type")).toString());
    m_grade->setCode(member.value(QStringLiteral("disability_grade")).toString());
    m_schooling->setCode(member.value(QStringLiteral("schooling")).toString());
    m_work->setCode(member.value(QStringLiteral("work_ability")).toString());
    m_groups->setCodes(member.value(QStringLiteral("special_groups"))
                           .toString()
                           .split(QLatin1Char(';'), Qt::SkipEmptyParts));

    connect(m_idNumber, &QLineEdit::textEdited, this, &MemberDialog::fillFromIdNumber);
    // What a refused save listed is out of date once the person starts correcting it.
    for (QLineEdit* edit : {m_name, m_idNumber})
        connect(edit, &QLineEdit::textEdited, m_errors, &QWidget::hide);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
    fillFromIdNumber();
    setMinimumWidth(520);
}

void MemberDialog::fillFromIdNumber()
{
    const QString id = ResidentId::normalize(m_idNumber->text());
    if (id.size() < 18) {
        m_idHint->setText(id.isEmpty() ? QString() : tr("%1 of 18 characters").arg(id.size()));
        m_idHint->setStyleSheet(QString());
        return;
    }
    const ResidentId::Problem problem = ResidentId::check(id, m_today);
    if (problem != ResidentId::Problem::None) {
        m_idHint->setText(ResidentId::describe(problem, id));
        m_idHint->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_idHint->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    const QDate birth = ResidentId::birthDate(id);
    const bool male = ResidentId::sex(id) == QLatin1Char('M');
    m_idHint->setText(
        tr("Valid number: born %1, %2.")
            .arg(birth.toString(Qt::ISODate), male ? CodeList::sex().label(QStringLiteral("male"))
                                                   : CodeList::sex().label(QStringLiteral("female"))));
    // Fill in what the number says when the fields are still empty; never overwrite what was typed.
    if (m_birth->date() == m_birth->minimumDate())
        m_birth->setDate(birth);
    if (m_sex->code().isEmpty())
        m_sex->setCode(male ? QStringLiteral("male") : QStringLiteral("female"));
}

QVariantMap MemberDialog::member() const
{
    QVariantMap m = m_member;
    m.insert(QStringLiteral("name"), m_name->text().trimmed());
    m.insert(QStringLiteral("id_number"), ResidentId::normalize(m_idNumber->text()));
    m.insert(QStringLiteral("sex"), m_sex->code());
    m.insert(QStringLiteral("birth_date"),
             m_birth->date() == m_birth->minimumDate() ? QString() : m_birth->date().toString(Qt::ISODate));
    m.insert(QStringLiteral("relation"), m_relation->code());
    m.insert(QStringLiteral("health"), m_health->code());
    m.insert(QStringLiteral("disability_type"), m_disability->code());
    m.insert(QStringLiteral("disability_grade"), m_grade->code());
    m.insert(QStringLiteral("schooling"), m_schooling->code());
    m.insert(QStringLiteral("work_ability"), m_work->code());
    m.insert(QStringLiteral("special_groups"), m_groups->codes().join(QLatin1Char(';')));
    return m;
}

QString MemberDialog::errorText() const { return m_errors->isHidden() ? QString() : m_errors->text(); }

void MemberDialog::accept()
{
    // Check this member alone; rules about the whole household are checked when it is saved.
    const QList<ValidationIssue> issues = HouseholdValidator::validate({}, {member()}, m_today);
    QStringList messages;
    for (const ValidationIssue& i : issues) {
        if (i.member == 0)
            messages.append(i.message);
    }
    if (!messages.isEmpty()) {
        m_errors->setText(messages.join(QLatin1Char('\n')));
        m_errors->show();
        return;
    }
    QDialog::accept();
}

} // namespace ff
