// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/HouseholdValidator.h"

#include "core/model/CodeList.h"
#include "core/model/FieldLabels.h"
#include "core/model/ResidentId.h"

#include <QRegularExpression>
#include <QSet>

namespace ff {

namespace {
QString text(const QVariantMap& m, const char* key)
{
    return m.value(QString::fromLatin1(key)).toString().trimmed();
}
} // namespace

bool HouseholdValidator::isValidPhone(const QString& phone)
{
    // Mobile: 11 digits starting 13-19. Landline: area code 0xx or 0xxx, a dash optional, 7-8 digits.
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?\\d{7,8}$"));
    QString p = phone;
    p.remove(QLatin1Char(' '));
    return mobile.match(p).hasMatch() || landline.match(p).hasMatch();
}

QList<ValidationIssue> HouseholdValidator::validate(const QVariantMap& h, const QList<QVariantMap>& members,
                                                    QDate today)
{
    QList<ValidationIssue> issues;
    auto add = [&](int member, const char* field, const QString& message) {
        issues.append({member, QString::fromLatin1(field), message});
    };
    auto required = [&](int member, const QVariantMap& m, const char* field) {
        if (text(m, field).isEmpty()) {
            add(member, field, tr("%1 is required.").arg(FieldLabels::field({}, QString::fromLatin1(field))));
            return false;
        }
        return true;
    };

    required(-1, h, "household_no");
    required(-1, h, "county");
    required(-1, h, "township");
    required(-1, h, "village");
    if (required(-1, h, "status") && !CodeList::assistanceStatus().contains(text(h, "status")))
        add(-1, "status", tr("Choose an assistance status from the list."));

    const QString phone = text(h, "phone");
    if (!phone.isEmpty() && !isValidPhone(phone)) {
        add(-1, "phone",
            tr("The phone number should be an 11-digit mobile number (e.g. 13812345678) or a landline "
               "with area code (e.g. 0531-12345678)."));
    }

    const QString income = text(h, "annual_income");
    if (!income.isEmpty()) {
        bool ok = false;
        const double value = income.toDouble(&ok);
        if (!ok || value < 0 || value > kMaxAnnualIncome)
            add(-1, "annual_income", tr("The annual income must be a number from 0 to 10,000,000 yuan."));
    }
    const QDate lastVisit = QDate::fromString(text(h, "last_visit"), Qt::ISODate);
    if (lastVisit.isValid() && lastVisit > today)
        add(-1, "last_visit", tr("The last visit cannot be in the future."));

    if (members.isEmpty())
        add(-1, "members", tr("A household needs at least one member: the head of household."));

    int heads = 0;
    QSet<QString> ids;
    for (int i = 0; i < members.size(); ++i) {
        const QVariantMap& m = members.at(i);
        const QString who = text(m, "name").isEmpty() ? tr("Member %1").arg(i + 1) : text(m, "name");
        auto addFor = [&](const char* field, const QString& message) {
            add(i, field, who + QStringLiteral(": ") + message);
        };

        if (text(m, "name").isEmpty())
            addFor("name", tr("the name is required."));
        else if (text(m, "name").size() > 30)
            addFor("name", tr("the name is longer than 30 characters."));
        if (!CodeList::sex().contains(text(m, "sex")))
            addFor("sex", tr("choose the sex."));
        if (text(m, "relation") == QStringLiteral("head"))
            ++heads;
        else if (text(m, "relation").isEmpty())
            addFor("relation", tr("choose the relation to the head of household."));

        const QDate birth = QDate::fromString(text(m, "birth_date"), Qt::ISODate);
        if (!birth.isValid())
            addFor("birth_date", tr("the date of birth is required."));
        else if (birth > today)
            addFor("birth_date", tr("the date of birth cannot be in the future."));
        else if (birth.year() < 1880)
            addFor("birth_date", tr("the date of birth is too far in the past."));

        const QString id = ResidentId::normalize(text(m, "id_number"));
        const ResidentId::Problem problem = ResidentId::check(id, today);
        if (problem != ResidentId::Problem::None) {
            addFor("id_number", ResidentId::describe(problem, id));
        } else {
            if (birth.isValid() && ResidentId::birthDate(id) != birth) {
                addFor("id_number", tr("the ID number gives the date of birth %1, but %2 was entered.")
                                        .arg(ResidentId::birthDate(id).toString(Qt::ISODate),
                                             birth.toString(Qt::ISODate)));
            }
            const QString sex = text(m, "sex");
            const QChar idSex = ResidentId::sex(id);
            if ((sex == QStringLiteral("male") && idSex == QLatin1Char('F')) ||
                (sex == QStringLiteral("female") && idSex == QLatin1Char('M'))) {
                addFor("sex", tr("the ID number belongs to a person of the other sex (17th digit)."));
            }
            if (ids.contains(id))
                addFor("id_number", tr("the same ID number is entered for two members."));
            ids.insert(id);
        }

        const QString disability = text(m, "disability_type");
        const QString grade = text(m, "disability_grade");
        if (!disability.isEmpty() && grade.isEmpty())
            addFor("disability_grade", tr("choose the disability grade (1 to 4)."));
        if (disability.isEmpty() && !grade.isEmpty())
            addFor("disability_type", tr("a disability grade is given without a disability type."));
        if (!grade.isEmpty() && !CodeList::disabilityGrade().contains(grade))
            addFor("disability_grade", tr("the disability grade must be 1, 2, 3 or 4."));
    }
    if (!members.isEmpty() && heads == 0)
        add(-1, "members", tr("One member must be the head of household."));
    if (heads > 1)
        add(-1, "members", tr("Only one member can be the head of household; %1 are marked.").arg(heads));
    return issues;
}

} // namespace ff
